import { cdsCcs } from '@console/api-types';
import { isUuid } from '../../util/prng';
import { instanceIdMalformed } from '../exceptions';
import { createInstances } from '../models/create-instances';
import { deleteInstances, startInstance, stopInstance } from '../models/power';
import { handler } from '../registry';
import { idList, paginate } from './paging';

/**
 * DescribeInstances (POST /ccs): every instance of the account across regions, newest first,
 * filtered by VdcId, InstanceId (one or a list) and PublicIp (PubIp too, as the sample code
 * sends it); Data.Instances[] with PageNumber, PageCount and TotalCount, and Total (the
 * SDKs' name for the count) beside it.
 */
export const describeInstances = handler(
  '/ccs',
  cdsCcs.DescribeInstances,
  ({ account }, input) => {
    const ids = idList(input.InstanceId);
    for (const id of ids) if (!isUuid(id)) throw instanceIdMalformed(id);
    const publicIp = input.PublicIp?.trim();
    const vdcNames = new Map(account.vdcs().map((v) => [v.vdcId, v.name]));
    const matching = account
      .instances()
      .filter((i) => !input.VdcId || i.vdcId === input.VdcId)
      .filter((i) => ids.length === 0 || ids.includes(i.instanceId))
      .filter((i) => !publicIp || i.publicNic?.ip === publicIp);
    const page = paginate(matching, input.PageNumber, input.PageSize ?? 10);
    return {
      Data: {
        Instances: page.items.map((i) => i.toWire(vdcNames.get(i.vdcId) ?? '')),
        PageNumber: page.PageNumber,
        PageCount: page.PageCount,
        TotalCount: page.TotalCount,
        Total: page.TotalCount,
      },
    };
  },
  { aliases: { PubIp: 'PublicIp' } },
);

/** CreateInstance (POST /ccs): a TaskId; the instances appear at once as "creating". */
export const createInstance = handler('/ccs', cdsCcs.CreateInstance, ({ world, account }, input) => {
  const task = createInstances(world, account, input);
  return { Data: {}, TaskId: task.taskId };
});

/** DeleteInstance (POST /ccs): every id must exist (else InstanceNotFound) and be settled. */
export const deleteInstance = handler('/ccs', cdsCcs.DeleteInstance, ({ world, account }, input) => {
  const task = deleteInstances(world, account, input.InstanceIds);
  return { TaskId: task.taskId };
});

/** StopInstance (GET /ccs): only from running. */
export const stopInstanceHandler = handler('/ccs', cdsCcs.StopInstance, ({ world, account }, input) => {
  const task = stopInstance(world, account, input.InstanceId);
  return { TaskId: task.taskId };
});

/** RebootInstance (GET /ccs): the document says it powers on, so only from stop. */
export const rebootInstance = handler(
  '/ccs',
  cdsCcs.RebootInstance,
  ({ world, account }, input) => {
    const task = startInstance(world, account, input.InstanceId);
    return { TaskId: task.taskId };
  },
  { fieldCodes: { InstanceId: 'InvalidInstanceId.Malformed' } },
);
