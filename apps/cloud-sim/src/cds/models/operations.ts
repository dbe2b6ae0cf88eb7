import { isUuid } from '../../util/prng';
import { incorrectInstanceStatus, instanceIdMalformed, instanceNotFound, notEnoughBalance } from '../exceptions';
import type { Account } from './account';
import type { RegionBackend } from './backend';
import type { Instance, InstanceStatus } from './instance';
import { hourlyPrice, type PricedSpec } from './pricing';
import type { Task } from './tasks';
import type { World } from './world';

/**
 * What the changing actions of 实例相关 share: find the instance (malformed id, then missing
 * one), check its state, let the action check and charge, then put the instance in "updating"
 * until the task ends, when the change is applied and the instance is back in its state.
 */

/** Settled states a change may start from: not while another task works on the instance, not in error. */
export const CHANGEABLE: readonly InstanceStatus[] = ['running', 'stop'];

export interface Found {
  backend: RegionBackend;
  instance: Instance;
}

export function findInstance(account: Account, id: string, malformedCode?: string): Found {
  if (!isUuid(id)) throw instanceIdMalformed(id, malformedCode);
  const found = account.findInstance(id);
  if (!found) throw instanceNotFound(id);
  return found;
}

export interface Operation {
  taskType: string;
  /** States the action starts from (CHANGEABLE unless told). */
  from?: readonly InstanceStatus[];
  malformedCode?: string;
  /** Extra resource ids the task reports after the instance's (a function: read once `prepare` passed). */
  resourceIds?: string[] | (() => string[]);
}

/**
 * Runs an instance change. `prepare` throws a CdsError for a refused request (nothing has
 * changed yet) and returns the effect applied when the task ends.
 */
export function operate(
  world: World,
  account: Account,
  id: string,
  op: Operation,
  prepare: (found: Found) => () => void,
): Task {
  const found = findInstance(account, id, op.malformedCode);
  const { instance } = found;
  const from = op.from ?? CHANGEABLE;
  if (!from.includes(instance.status)) throw incorrectInstanceStatus(id, instance.status, from.join(' or '));
  const effect = prepare(found);
  const before = instance.status;
  instance.status = 'updating';
  const extra = typeof op.resourceIds === 'function' ? op.resourceIds() : (op.resourceIds ?? []);
  const task = account.tasks.create(op.taskType, [id, ...extra]);
  world.scheduler.run(task, () => {
    effect();
    if (instance.status === 'updating') instance.status = before;
  });
  return task;
}

const cents = (n: number) => Math.round(n * 100) / 100;

/** The instance as pricing.ts sees it, with changes on top. */
export function pricedSpec(instance: Instance, change: Partial<PricedSpec> = {}): PricedSpec {
  return {
    cpu: instance.cpu,
    ram: instance.ram,
    dataDisks: instance.dataDisks.map((d) => ({ size: d.size, type: d.type })),
    publicIp: Boolean(instance.publicNic?.ip),
    chargeType: instance.chargeType,
    prepaidMonth: 0,
    ...change,
  };
}

/**
 * What a change that makes the instance dearer costs up front, like a create: a PostPaid
 * instance freezes one more day of the difference, a PrePaid one pays the difference for the
 * rest of its month (priced as a whole month). Cheaper changes cost nothing and refund nothing.
 */
export function upgradeCharge(instance: Instance, change: Partial<PricedSpec>) {
  const delta = hourlyPrice(pricedSpec(instance, change)) - hourlyPrice(pricedSpec(instance));
  if (delta <= 0) return 0;
  return cents(instance.chargeType === 'PostPaid' ? delta * 24 : delta * 720 * 0.85);
}

/** Checks the balance covers `amount`; returns the function that takes it (run once every check passed). */
export function checkBalance(account: Account, amount: number) {
  if (account.balance < amount) throw notEnoughBalance(amount, account.balance);
  return () => {
    account.balance = cents(account.balance - amount);
  };
}
