import { badArgs, resourceNotFound } from '../../paas-exceptions';
import type { Account } from '../account';
import { FAIL_MARKER } from '../create-instances';
import type { World } from '../world';
import { MEMCACHED_GB_HOUR, MemcachedInstance } from './memcached';
import { charge, dayOf, mustBeSettled, nthName, place, refund, releaseAddress, startTask } from './placement';

/** The Memcached actions that change something: create, update (resize), clear, delete. */

export interface MemcachedCreateRequest {
  InstanceName?: string;
  ConfSize: string;
  VdcId: string;
  PipeId: string;
  Amount?: number;
  RegionId: string;
}

const gbOf = (conf: string) => Number(conf.replace(/G$/, ''));

export function findMemcached(account: Account, id: string): MemcachedInstance {
  const m = account.paas.memcached.get(id);
  if (!m) throw resourceNotFound('Memcached instance', id);
  return m;
}

/** One task per instance, as the answer's TaskIds list says; no name means the id, as for CreateInstance. */
export function createMemcached(world: World, account: Account, req: MemcachedCreateRequest) {
  const amount = req.Amount ?? 1;
  const gb = gbOf(req.ConfSize);
  const where = place(account, req.RegionId, req.VdcId, req.PipeId, amount);
  const each = dayOf(gb * MEMCACHED_GB_HOUR);
  charge(account, each * amount);
  const fails = (req.InstanceName ?? '').includes(FAIL_MARKER);
  const now = world.now();
  return where.ips.map((ip, i) => {
    where.network.take(ip);
    const id = world.rng.uuid();
    const m = new MemcachedInstance({
      id,
      name: req.InstanceName ? nthName(req.InstanceName, amount, i) : id,
      status: 'creating',
      confGb: gb,
      regionId: req.RegionId,
      vdcId: where.vdc.vdcId,
      networkId: where.network.privateId,
      ip,
      createdAt: now,
      charged: each,
    });
    account.paas.memcached.set(id, m);
    const task = startTask(world, account, 'CreateMemcachedInstance', [id], () => {
      if (m.status !== 'creating') return undefined;
      m.status = fails ? 'error' : 'running';
      m.updatedAt = world.now();
      if (fails) {
        refund(account, m.charged);
        m.charged = 0;
        return `The simulator failed this create on purpose (the name contains "${FAIL_MARKER}")`;
      }
      return undefined;
    });
    return { instance: m, task };
  });
}

/** UpdateMemcachedInstance: another size; a larger one pays a day of the difference. */
export function updateMemcached(world: World, account: Account, id: string, conf: string) {
  const m = findMemcached(account, id);
  mustBeSettled('Memcached instance', id, m.status);
  const gb = gbOf(conf);
  if (gb === m.confGb) throw badArgs(`instance ${id} is already ${conf}`);
  if (gb > m.confGb) charge(account, dayOf((gb - m.confGb) * MEMCACHED_GB_HOUR));
  m.status = 'updating';
  return startTask(world, account, 'UpdateMemcachedInstance', [id], () => {
    m.confGb = gb;
    m.status = 'running';
    m.updatedAt = world.now();
  });
}

/** ClearMemcachedInstance: every item is gone at the task's end. */
export function clearMemcached(world: World, account: Account, id: string) {
  const m = findMemcached(account, id);
  mustBeSettled('Memcached instance', id, m.status);
  m.status = 'updating';
  return startTask(world, account, 'ClearMemcachedInstance', [id], () => {
    m.items = 0;
    m.status = 'running';
    m.updatedAt = world.now();
  });
}

export function deleteMemcached(world: World, account: Account, id: string) {
  const m = findMemcached(account, id);
  if (m.status !== 'error') mustBeSettled('Memcached instance', id, m.status);
  m.status = 'deleting';
  return startTask(world, account, 'DeleteMemcachedInstance', [id], () => {
    account.paas.memcached.delete(id);
    releaseAddress(account, m.vdcId, m.networkId, m.ip);
  });
}
