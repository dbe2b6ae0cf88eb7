import { cdsMemcached } from '@console/api-types';
import type { Account } from '../../models/account';
import { clearMemcached, createMemcached, deleteMemcached, findMemcached, updateMemcached } from '../../models/paas/memcached-ops';
import { paasHandler } from './handler';

/** Memcached (cds-memcached-api.md), all POST at /memcached. TaskIds are numbers inside Data. */

const vdcNameOf = (account: Account, vdcId: string) => account.findVdc(vdcId)?.vdc.name ?? '';
const taskNumber = (taskId: string) => Number(taskId);

export const createMemcachedInstance = paasHandler('/memcached', cdsMemcached.CreateMemcachedInstance, ({ world, account }, input) => {
  const made = createMemcached(world, account, input);
  return {
    Message: '任务下发成功！',
    Data: { InstanceIds: made.map((m) => m.instance.id), TaskIds: made.map((m) => taskNumber(m.task.taskId)) },
  };
});

export const memcachedInstanceList = paasHandler('/memcached', cdsMemcached.MemcachedInstanceList, ({ account }, input) => {
  const keyword = input.Keyword?.trim().toLowerCase();
  const items = account.paas
    .memcachedList()
    .filter((m) => !input.VdcId || m.vdcId === input.VdcId)
    .filter((m) => !keyword || [m.ip, m.name.toLowerCase(), m.id].some((s) => s.includes(keyword)));
  const count = (status: string) => items.filter((m) => m.status === status).length;
  return {
    Message: '获取memcached列表成功！',
    Data: {
      CreatingTotal: count('creating'),
      DeletingTotal: count('deleting'),
      ErrorTotal: count('error'),
      InstanceList: items.map((m) => m.listWire(vdcNameOf(account, m.vdcId))),
      RunningTotal: count('running'),
      Total: items.length,
      UpdatingTotal: count('updating'),
    },
  };
});

export const describeMemcachedInstance = paasHandler('/memcached', cdsMemcached.DescribeMemcachedInstance, ({ world, account }, input) => {
  const m = findMemcached(account, input.InstanceId);
  return { Message: '获取Memcached详情成功！', Data: m.detailWire(vdcNameOf(account, m.vdcId), world.now()) };
});

export const deleteMemcachedInstance = paasHandler('/memcached', cdsMemcached.DeleteMemcachedInstance, ({ world, account }, input) => ({
  Message: '删除实例任务下发成功！',
  Data: { TaskId: taskNumber(deleteMemcached(world, account, input.InstanceId).taskId) },
}));

export const clearMemcachedInstance = paasHandler('/memcached', cdsMemcached.ClearMemcachedInstance, ({ world, account }, input) => ({
  Message: '清空memcached的数据信息成功',
  Data: { TaskId: taskNumber(clearMemcached(world, account, input.InstanceId).taskId) },
}));

/** The example answers ClearMemcachedInstance's message (a copy slip in the document): kept. */
export const updateMemcachedInstance = paasHandler('/memcached', cdsMemcached.UpdateMemcachedInstance, ({ world, account }, input) => ({
  Message: '清空memcached的数据信息成功',
  Data: { TaskId: taskNumber(updateMemcached(world, account, input.InstanceId, input.ConfSize).taskId) },
}));
