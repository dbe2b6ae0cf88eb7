import { isUuid } from '../../util/prng';
import {
  dataDiskNotSupported,
  diskIdMalformed,
  diskNotFound,
  diskQuotaExceeded,
  diskTooSmall,
  diskTypeUnauthorized,
} from '../exceptions';
import type { Account } from './account';
import { goodsOf, type DiskGood } from './goods';
import { MAX_DATA_DISKS, type Instance } from './instance';
import { checkBalance, operate, upgradeCharge } from './operations';
import type { World } from './world';

/**
 * CreateDisk, ResizeDisk and DeleteDisk: the data disks of an instance, sized by the region's
 * DiskGoods (DescribeAvailableResource). The system disk has an id too but is neither resized
 * nor deleted here. Changes show in DescribeInstances when the task ends.
 */

function goodFor(instance: Instance, type: string, where: string): DiskGood {
  const disks = goodsOf(instance.regionId)?.disks ?? [];
  const good = disks.find((g) => g.Type === type);
  if (!good) {
    const sold = disks.map((g) => g.Type).join(', ');
    throw diskTypeUnauthorized(`${where}: ${instance.regionId} sells ${sold}, not "${type}"`);
  }
  return good;
}

function checkSize(good: DiskGood, size: number, where: string) {
  if (size < good.MinSize || size > good.MaxSize || size % good.Step !== 0) {
    throw dataDiskNotSupported(`${where} ${size} GB: ${good.Type} is ${good.MinSize}–${good.MaxSize} GB in steps of ${good.Step}`);
  }
}

function dataDisk(instance: Instance, diskId: string) {
  if (!isUuid(diskId)) throw diskIdMalformed(diskId);
  if (diskId === instance.systemDisk.diskId) {
    throw diskTypeUnauthorized(`${diskId} is the system disk of instance ${instance.instanceId}; only data disks are changed here`);
  }
  const disk = instance.dataDisks.find((d) => d.diskId === diskId);
  if (!disk) throw diskNotFound(diskId, instance.instanceId);
  return disk;
}

export interface CreateDiskRequest {
  InstanceId: string;
  DataDisks: { Size: number; Type: string; IOPS?: number }[];
}

/** Adds data disks (at most 14 per instance), each of a type the region sells and a size its goods allow. */
export function createDisks(world: World, account: Account, req: CreateDiskRequest) {
  return operate(world, account, req.InstanceId, { taskType: 'orderAddDisk' }, ({ instance }) => {
    req.DataDisks.forEach((d, i) => checkSize(goodFor(instance, d.Type, `DataDisks[${i}]`), d.Size, `DataDisks[${i}].Size`));
    const left = MAX_DATA_DISKS - instance.dataDisks.length;
    if (req.DataDisks.length > left) throw diskQuotaExceeded(instance.instanceId, left);
    const wanted = req.DataDisks.map((d) => ({ size: d.Size, type: d.Type, ...(d.IOPS ? { iops: d.IOPS } : {}) }));
    const dataDisks = [...instance.dataDisks, ...wanted].map((d) => ({ size: d.size, type: d.type }));
    checkBalance(account, upgradeCharge(instance, { dataDisks }))();
    // Ids are drawn once every check passed, so a refused request leaves the generator alone.
    const added = wanted.map((d) => ({ diskId: world.rng.uuid(), ...d }));
    return () => {
      instance.dataDisks.push(...added);
    };
  });
}

/** Grows one data disk: only to a larger size, within its type's goods. */
export function resizeDisk(world: World, account: Account, req: { InstanceId: string; DiskId: string; DataSize: number }) {
  return operate(world, account, req.InstanceId, { taskType: 'orderResizeDisk', resourceIds: [req.DiskId] }, ({ instance }) => {
    const disk = dataDisk(instance, req.DiskId);
    if (req.DataSize <= disk.size) throw diskTooSmall(disk.diskId, disk.size, req.DataSize);
    checkSize(goodFor(instance, disk.type, `disk ${disk.diskId}`), req.DataSize, 'DataSize');
    const dataDisks = instance.dataDisks.map((d) => ({ size: d === disk ? req.DataSize : d.size, type: d.type }));
    checkBalance(account, upgradeCharge(instance, { dataDisks }))();
    return () => {
      disk.size = req.DataSize;
    };
  });
}

/** Removes data disks; every id must be a data disk of the instance, or nothing changes. */
export function deleteDisks(world: World, account: Account, req: { InstanceId: string; DiskIds: string[] }) {
  const ids = [...new Set(req.DiskIds)];
  return operate(world, account, req.InstanceId, { taskType: 'deleteDisk', resourceIds: ids }, ({ instance }) => {
    for (const id of ids) dataDisk(instance, id);
    return () => {
      instance.dataDisks = instance.dataDisks.filter((d) => !ids.includes(d.diskId));
    };
  });
}
