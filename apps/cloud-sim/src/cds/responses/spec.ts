import { cdsCcsInstanceOps } from '@console/api-types';
import { modifyChargeType, modifySpec, resetImage } from '../models/spec';
import { handler } from '../registry';

/** Changes of the instance itself (POST /ccs): each answers a TaskId; the instance is "updating" until it ends. */

/** ModifyInstanceChargeType: pay-as-you-go → monthly; answers Data.order_audit as the document's example 6. */
export const modifyInstanceChargeType = handler(
  '/ccs',
  cdsCcsInstanceOps.ModifyInstanceChargeType,
  ({ world, account }, input) => {
    const task = modifyChargeType(world, account, input);
    return { Data: { order_audit: 0 }, TaskId: task.taskId };
  },
  { fieldCodes: { InstanceId: 'InvalidInstanceId.Malformed' } },
);

/** ModifyInstanceSpec: Cpu and/or Ram, applied when the task (newOrderUpdateVM) ends. */
export const modifyInstanceSpec = handler('/ccs', cdsCcsInstanceOps.ModifyInstanceSpec, ({ world, account }, input) => {
  const task = modifySpec(world, account, input);
  return { TaskId: task.taskId };
});

/** ResetImage: a public template or a private image of the instance's region. */
export const resetImageHandler = handler(
  '/ccs',
  cdsCcsInstanceOps.ResetImage,
  ({ world, account }, input) => {
    const task = resetImage(world, account, input);
    return { TaskId: task.taskId };
  },
  { fieldCodes: { InstanceId: 'InvalidInstanceId.Malformed' } },
);
