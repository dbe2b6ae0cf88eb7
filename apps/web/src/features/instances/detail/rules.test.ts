import type { Instance, NetworkInterface } from '@console/api-types';
import { describe, expect, it } from 'vitest';
import {
  addDiskBlocked,
  chargeTypeBlocked,
  changeSpecBlocked,
  connectBlocked,
  disconnectBlocked,
  hardwareBlocked,
  MAX_DATA_DISKS,
  resetImageBlocked,
  unbindBlocked,
} from './rules';
import { anInstance } from '../../../test-fixtures';

const inst = (over: Partial<Instance> = {}): Instance => anInstance({ id: 'i-1', name: 'web-01', cpu: 2, ram: 4, ...over });
const nic = (over: Partial<NetworkInterface> = {}): NetworkInterface => ({ id: 'n-1', name: 'eth0', ip: '10.0.0.2', mac: '', connected: true, networkId: 'p-1', ...over });
const ALL = ['running', 'stop', 'stopping', 'starting', 'creating', 'deleting', 'updating', 'error'];

describe('which instance action runs in which state', () => {
  it('changes anything only while the instance is settled, and says why otherwise', () => {
    for (const s of ALL) {
      const want = s === 'running' || s === 'stop' ? undefined : 'compute.reason.onlySettled';
      expect(changeSpecBlocked(inst({ status: s }))).toBe(want);
      expect(resetImageBlocked(inst({ status: s }))).toBe(want);
      expect(chargeTypeBlocked(inst({ status: s }))).toBe(want);
      expect(hardwareBlocked(inst({ status: s }))).toBe(want);
    }
  });
  it('changes billing only from pay-as-you-go to monthly', () => {
    expect(chargeTypeBlocked(inst({ chargeType: 'PrePaid' }))).toBe('compute.reason.onlyPostPaid');
    expect(chargeTypeBlocked(inst({ chargeType: 'PrePaid', status: 'updating' }))).toBe('compute.reason.onlySettled');
  });
  it('adds disks up to 14 data disks', () => {
    const disks = (n: number) => Array.from({ length: n }, (_, k) => ({ id: `d${k}`, size: 10 }));
    expect(addDiskBlocked(inst({ dataDisks: disks(MAX_DATA_DISKS - 1) }))).toBeUndefined();
    expect(addDiskBlocked(inst({ dataDisks: disks(MAX_DATA_DISKS) }))).toBe('compute.reason.diskLimit');
    expect(addDiskBlocked(inst({ status: 'updating' }))).toBe('compute.reason.onlySettled');
  });
  it('connects what is disconnected, disconnects what is connected, unbinds a bound address', () => {
    expect(connectBlocked(inst(), nic({ connected: false }))).toBeUndefined();
    expect(connectBlocked(inst(), nic())).toBe('compute.reason.alreadyConnected');
    expect(disconnectBlocked(inst(), nic())).toBeUndefined();
    expect(disconnectBlocked(inst(), nic({ connected: false }))).toBe('compute.reason.alreadyDisconnected');
    expect(unbindBlocked(inst(), nic({ ip: '' }))).toBe('compute.reason.noAddress');
    expect(unbindBlocked(inst({ status: 'starting' }), nic())).toBe('compute.reason.onlySettled');
  });
});
