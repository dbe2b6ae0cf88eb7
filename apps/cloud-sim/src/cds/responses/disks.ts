import { cdsCcsInstanceOps } from '@console/api-types';
import { createDisks, deleteDisks, resizeDisk } from '../models/disks';
import { incompleteParameter } from '../exceptions';
import { handler } from '../registry';

/** Data disks (POST /ccs): each answers a TaskId; the disks change when it ends. */

const DISK_CODES = { fieldCodes: { DiskId: 'InvalidDiskID.Malformed', DiskIds: 'InvalidDiskID.Malformed' } };

/** CreateDisk: types and sizes from the region's DiskGoods. */
export const createDisk = handler('/ccs', cdsCcsInstanceOps.CreateDisk, ({ world, account }, input) => {
  const task = createDisks(world, account, input);
  return { TaskId: task.taskId };
});

/** ResizeDisk: one data disk, only larger; an absent parameter answers its documented IncompleteParamter. */
export const resizeDiskHandler = handler(
  '/ccs',
  cdsCcsInstanceOps.ResizeDisk,
  ({ world, account }, input) => {
    const task = resizeDisk(world, account, input);
    return { TaskId: task.taskId };
  },
  { ...DISK_CODES, missing: incompleteParameter },
);

/** DeleteDisk: one or more data disks of the instance. */
export const deleteDisk = handler(
  '/ccs',
  cdsCcsInstanceOps.DeleteDisk,
  ({ world, account }, input) => {
    const task = deleteDisks(world, account, input);
    return { TaskId: task.taskId };
  },
  DISK_CODES,
);
