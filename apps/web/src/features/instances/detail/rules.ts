import type { Instance, NetworkInterface } from '@console/api-types/client';
import type { MessageKey } from '../../../i18n/i18n';

/**
 * When the actions of issue #3 may run, by instance state. The document names no states, only
 * IncorrectInstanceStatus; like the simulator, every change starts from a settled instance
 * (running or stopped), never while another task works on it or in error. Billing only goes
 * from pay-as-you-go to monthly (the document's example 6).
 * Each rule returns the message key of the reason it is not allowed, or undefined when it is.
 */

/** The most data disks an instance has (DescribeInstances' LeftDataDiskNum starts at 14). */
export const MAX_DATA_DISKS = 14;

const settled = (i: Instance) => i.status === 'running' || i.status === 'stop';

export const changeSpecBlocked = (i: Instance): MessageKey | undefined => (settled(i) ? undefined : 'compute.reason.onlySettled');

export const resetImageBlocked = (i: Instance): MessageKey | undefined => (settled(i) ? undefined : 'compute.reason.onlySettled');

export const chargeTypeBlocked = (i: Instance): MessageKey | undefined =>
  !settled(i) ? 'compute.reason.onlySettled' : i.chargeType === 'PrePaid' ? 'compute.reason.onlyPostPaid' : undefined;

/** Any change of disks or network interfaces: only when the instance is settled. */
export const hardwareBlocked = (i: Instance): MessageKey | undefined =>
  settled(i) ? undefined : 'compute.reason.onlySettled';

export const addDiskBlocked = (i: Instance): MessageKey | undefined =>
  hardwareBlocked(i) ?? (i.dataDisks.length >= MAX_DATA_DISKS ? 'compute.reason.diskLimit' : undefined);

export const connectBlocked = (i: Instance, nic: NetworkInterface): MessageKey | undefined =>
  hardwareBlocked(i) ?? (nic.connected ? 'compute.reason.alreadyConnected' : undefined);

export const disconnectBlocked = (i: Instance, nic: NetworkInterface): MessageKey | undefined =>
  hardwareBlocked(i) ?? (nic.connected ? undefined : 'compute.reason.alreadyDisconnected');

export const unbindBlocked = (i: Instance, nic: NetworkInterface): MessageKey | undefined =>
  hardwareBlocked(i) ?? (nic.ip ? undefined : 'compute.reason.noAddress');
