import { mosMcsInstanceOps as ops } from '@console/api-types';
import {
  imageNotFound,
  instanceNameDuplicate,
  instanceTypeNotFound,
  instanceTypeUnchanged,
  keyPairNotFound,
  noEnoughBalance,
} from '../errors';
import type { MosAccount } from '../models/account';
import { beginChange, instanceModel } from '../models/instance';
import { launch } from '../models/launch';
import { findInstanceType, findTemplate } from '../models/offer';
import { durationHours, HOUR_MS, leaseCost, money } from '../models/pricing';
import { mosHandler } from '../registry';
import { instanceOf } from './instance-reads';
import { requireState } from './power';

/** The document's one error: 406 "No enough balance" when the charge is more than the balance. */
function pay(account: MosAccount, amount: number, now: number) {
  if (amount > account.balance) throw noEnoughBalance(amount, account.balance);
  account.charge(amount, now);
}

/**
 * The charged actions (document: "该操作涉及帐户扣费,请保证帐户有足够余额,否则将…失败"):
 * CreateInstance, RenewInstance and ChangeInstanceType, each for a Duration (default 1M).
 */
export const leaseHandlers = [
  mosHandler(ops.CreateInstance, ({ account, world, now }, input) => {
    const template = findTemplate(input.ImageId);
    if (!template) throw imageNotFound(input.ImageId);
    const type = findInstanceType(input.InstanceType);
    if (!type) throw instanceTypeNotFound(input.InstanceType);
    const keyPair = input.KeyName === undefined ? undefined : account.keyPairs.get(input.KeyName);
    if (input.KeyName !== undefined && !keyPair) throw keyPairNotFound(input.KeyName);
    if (input.InstanceName !== undefined && account.find(input.InstanceName)) throw instanceNameDuplicate(input.InstanceName);
    const hours = durationHours(input.Duration);
    pay(account, leaseCost(type.pricePerHour, hours), now);
    const instance = launch(account, world.rng, {
      name: input.InstanceName,
      type,
      template,
      keyPair,
      hours,
      now,
      status: 'running',
    });
    beginChange(instance, 'creating', 'running', now, world.transitionMs);
    return { Instance: instanceModel(instance) };
  }),

  // Extends the lease from its end (from now when it has lapsed); a suspended instance is ready again.
  mosHandler(ops.RenewInstance, ({ account, now }, input) => {
    const i = instanceOf(account, input.InstanceId);
    requireState(i, 'RenewInstance', ['running', 'ready', 'suspend']);
    const hours = durationHours(input.Duration);
    pay(account, leaseCost(i.type.pricePerHour, hours), now);
    i.lease.expireAt = Math.max(i.lease.expireAt, now) + hours * HOUR_MS;
    if (i.status === 'suspend' && account.balance > 0) i.status = 'ready';
    return { return: 'True' };
  }),

  // Only a stopped (ready) instance; the new type's lease starts now for Duration, and the whole
  // hours left of the old lease are credited at the old price.
  mosHandler(ops.ChangeInstanceType, ({ account, world, now }, input) => {
    const i = instanceOf(account, input.InstanceId);
    requireState(i, 'ChangeInstanceType', ['ready']);
    const type = findInstanceType(input.InstanceType);
    if (!type) throw instanceTypeNotFound(input.InstanceType);
    if (type.instanceTypeId === i.type.instanceTypeId) throw instanceTypeUnchanged(type.instanceType);
    const hours = durationHours(input.Duration);
    const credit = leaseCost(i.type.pricePerHour, Math.max(0, Math.floor((i.lease.expireAt - now) / HOUR_MS)));
    pay(account, money(leaseCost(type.pricePerHour, hours) - credit), now);
    i.type = type;
    i.lease = { startedAt: now, expireAt: now + hours * HOUR_MS };
    i.volumes[1] = { ...i.volumes[1]!, volumeSize: type.volume };
    i.nics = i.nics.map((n) => ({ ...n, bandwidth: n.index === 0 ? type.externalBandwidth : type.internalBandwidth }));
    beginChange(i, 'resizing', 'ready', now, world.transitionMs);
    return { return: 'True' };
  }),
];
