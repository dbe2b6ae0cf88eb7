import type { Instance, Vdc } from '@console/api-types';
import { describe, expect, it } from 'vitest';
import { makeT } from '../../../i18n/i18n';
import { addressProblem, freeAddresses, parsePrivateSegment, usedAddresses, vdcNetworks } from './ip';
import { anInstance } from '../../../test-fixtures';

const t = makeT('en');
const inst = (over: Partial<Instance>): Instance => anInstance({ id: 'i-1', name: 'web-01', ...over });
const vdc: Vdc = {
  id: 'vdc-1',
  name: 'VDC',
  regionId: 'CN_Beijing_A',
  status: 'ok',
  publicNetworks: [
    { id: 'pub-1', name: 'WAN', status: 'ok', qos: 10, unusedIpCount: 3, segments: [{ id: 's1', address: '101.251.2.16', mask: 29, gateway: '101.251.2.17' }] },
  ],
  privateNetworks: [{ id: 'priv-1', name: 'LAN', status: 'ok', unusedIpCount: 250, segments: ['10.240.59.0/24~10.240.59.255/24'] }],
};
const nic = { id: 'n1', name: 'eth0', ip: '101.251.2.18', mac: '', connected: true, networkId: 'pub-1' };

describe('VDC addresses', () => {
  const [pub, priv] = vdcNetworks(vdc);
  it('reads public segments and private ranges, keeping network, gateway and broadcast apart', () => {
    expect(pub!.blocks[0]).toMatchObject({ label: '101.251.2.16/29' });
    expect(parsePrivateSegment('10.240.59.0/24~10.240.59.255/24')).toMatchObject({ label: '10.240.59.0/24' });
    expect(parsePrivateSegment('10.1.2.0/24')!.last - parsePrivateSegment('10.1.2.0/24')!.first).toBe(255);
    expect(parsePrivateSegment('nonsense')).toBeUndefined();
  });
  it('offers the usable addresses no instance of the VDC holds', () => {
    const used = usedAddresses([inst({ publicInterfaces: [nic], privateInterfaces: [{ ...nic, ip: '10.240.59.1', networkId: 'priv-1' }] })]);
    expect(freeAddresses(pub!, used)).toEqual(['101.251.2.19', '101.251.2.20', '101.251.2.21', '101.251.2.22']);
    expect(freeAddresses(priv!, used, 2)).toEqual(['10.240.59.2', '10.240.59.3']);
  });
  it('validates a typed address against the segment', () => {
    const used = new Set(['101.251.2.20']);
    expect(addressProblem('101.251.2.19', nic, pub, used, t)).toBeUndefined();
    expect(addressProblem('', nic, pub, used, t)).toBe('Enter an address');
    expect(addressProblem('101.251.2', nic, pub, used, t)).toBe('An IPv4 address such as 10.240.1.20');
    expect(addressProblem('101.251.2.18', nic, pub, used, t)).toBe('This is the current address');
    expect(addressProblem('101.251.3.1', nic, pub, used, t)).toBe('Not in this network (101.251.2.16/29)');
    expect(addressProblem('101.251.2.17', nic, pub, used, t)).toBe('Network, gateway and broadcast addresses cannot be bound');
    expect(addressProblem('101.251.2.23', nic, pub, used, t)).toBe('Network, gateway and broadcast addresses cannot be bound');
    expect(addressProblem('101.251.2.20', nic, pub, used, t)).toBe('Another instance holds this address');
    expect(addressProblem('8.8.8.8', nic, undefined, used, t)).toBeUndefined();
  });
});
