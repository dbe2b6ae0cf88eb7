import { mosMcsInstanceOps as ops } from '@console/api-types';
import { imageNotFound, incorrectInstanceState } from '../errors';
import { beginChange, type MosInstance, type MosStatus } from '../models/instance';
import { newPassword, rootSizeMb } from '../models/launch';
import { findTemplate } from '../models/offer';
import { HOUR_MS, leaseCost } from '../models/pricing';
import { mosHandler } from '../registry';
import { instanceOf } from './instance-reads';

const ok = { return: 'True' } as const;

/** IncorrectInstanceState unless the instance is in one of the states the action starts from. */
export function requireState(i: MosInstance, action: string, allowed: readonly MosStatus[]) {
  if (!allowed.includes(i.status)) throw incorrectInstanceState(i.instanceName, i.status, action, allowed);
}

/**
 * Power and disk actions (document: "虚拟机在ready状态时才能成功启动", "只有虚拟机在running状态时才能
 * 成功停止"). Each takes the world's transition time, showing what is happening meanwhile;
 * a forced stop ("虚拟机进程立即退出") is at once.
 */
export const powerHandlers = [
  mosHandler(ops.StartInstance, ({ account, world, now }, input) => {
    const i = instanceOf(account, input.InstanceId);
    requireState(i, 'StartInstance', ['ready']);
    beginChange(i, 'starting', 'running', now, world.transitionMs);
    return ok;
  }),

  mosHandler(ops.StopInstance, ({ account, world, now }, input) => {
    const i = instanceOf(account, input.InstanceId);
    requireState(i, 'StopInstance', ['running']);
    beginChange(i, 'stopping', 'ready', now, input.Force ? 0 : world.transitionMs);
    return ok;
  }),

  mosHandler(ops.RebootInstance, ({ account, world, now }, input) => {
    const i = instanceOf(account, input.InstanceId);
    requireState(i, 'RebootInstance', ['running']);
    beginChange(i, 'rebooting', 'running', now, world.transitionMs);
    return ok;
  }),

  // The root disk is made anew (new id, the template's size) with a new initial password.
  mosHandler(ops.RebuildInstanceRootImage, ({ account, world, now }, input) => {
    const i = instanceOf(account, input.InstanceId);
    requireState(i, 'RebuildInstanceRootImage', ['ready', 'running']);
    const template = input.ImageId === undefined ? i.template : findTemplate(input.ImageId);
    if (!template) throw imageNotFound(input.ImageId!);
    i.template = template;
    i.volumes[0] = { ...i.volumes[0]!, volumeId: world.rng.uuid(), volumeSize: rootSizeMb(template) };
    i.password = newPassword(world.rng);
    i.passwordAt = now;
    beginChange(i, 'rebuilding', i.status, now, world.transitionMs);
    return ok;
  }),

  // Gone at once, disks and addresses with it; the whole hours left of the lease are refunded.
  mosHandler(ops.TerminateInstance, ({ account, now }, input) => {
    const i = instanceOf(account, input.InstanceId);
    requireState(i, 'TerminateInstance', ['running', 'ready', 'suspend']);
    const hoursLeft = Math.max(0, Math.floor((i.lease.expireAt - now) / HOUR_MS));
    account.instances.delete(i.instanceId);
    if (hoursLeft > 0 && i.status !== 'suspend') account.charge(-leaseCost(i.type.pricePerHour, hoursLeft), now);
    return ok;
  }),
];
