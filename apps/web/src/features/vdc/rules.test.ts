import type { PrivateNetwork, PublicNetwork, Vdc } from '@console/api-types/client';
import { describe, expect, it } from 'vitest';
import { segmentAddresses, segmentUse } from './addresses';
import { privateProblem } from './private-form';
import {
  bandwidthBlocked,
  deletePrivateBlocked,
  deletePublicBlocked,
  deleteSegmentBlocked,
  deleteVdcBlocked,
  renewBlocked,
} from './rules';

const segment = { id: 's1', address: '101.251.3.16', mask: 28, gateway: '101.251.3.17' };
const pub = (over: Partial<PublicNetwork> = {}): PublicNetwork => ({
  id: 'p',
  name: 'pub',
  status: 'ok',
  qos: 10,
  billingMethod: 'Bandwidth',
  unusedIpCount: 13,
  segments: [segment],
  ...over,
});
const lan = (over: Partial<PrivateNetwork> = {}): PrivateNetwork => ({
  id: 'l',
  name: 'lan',
  status: 'ok',
  unusedIpCount: 254,
  segments: [],
  cidr: '10.240.7.0/24',
  ...over,
});
const vdc = (over: Partial<Vdc> = {}): Vdc => ({
  id: 'v',
  name: 'v',
  regionId: 'CN_Beijing_A',
  status: 'ok',
  publicNetworks: [],
  privateNetworks: [lan()],
  ...over,
});

describe('what the cloud would refuse', () => {
  it('DeleteVdc: instances, a public network, a held private address, a busy VDC', () => {
    expect(deleteVdcBlocked(vdc(), 0)).toBeUndefined();
    expect(deleteVdcBlocked(vdc(), 2)).toEqual({
      key: 'vdc.blocked.instances',
      vars: { count: 2 },
    });
    expect(deleteVdcBlocked(vdc({ publicNetworks: [pub()] }), 0)?.key).toBe('vdc.blocked.public');
    expect(deleteVdcBlocked(vdc({ privateNetworks: [lan({ unusedIpCount: 253 })] }), 0)).toEqual({
      key: 'vdc.blocked.privateHeld',
      vars: { name: 'lan', count: 1 },
    });
    expect(deleteVdcBlocked(vdc({ status: 'creating' }), 0)?.key).toBe('vdc.blocked.busy');
  });

  it('networks and blocks with addresses in use, the last block, data packages, renewal', () => {
    expect(deletePublicBlocked(vdc(), pub())).toBeUndefined();
    expect(deletePublicBlocked(vdc(), pub({ unusedIpCount: 10 }))).toEqual({
      key: 'vdc.blocked.inUse',
      vars: { count: 3 },
    });
    expect(deletePrivateBlocked(vdc(), lan(), 1)).toEqual({
      key: 'vdc.blocked.inUse',
      vars: { count: 1 },
    });
    expect(deleteSegmentBlocked(vdc(), pub(), segment, 0)?.key).toBe('vdc.blocked.lastSegment');
    const two = pub({ segments: [segment, { ...segment, id: 's2', address: '101.251.3.32' }] });
    expect(deleteSegmentBlocked(vdc(), two, segment, 1)?.key).toBe('vdc.blocked.segmentInUse');
    expect(deleteSegmentBlocked(vdc(), two, segment, 0)).toBeUndefined();
    expect(bandwidthBlocked(vdc(), pub({ billingMethod: 'DataPackage' }))?.key).toBe(
      'vdc.blocked.dataPackage',
    );
    expect(bandwidthBlocked(vdc(), pub({ status: 'updating' }))?.key).toBe('vdc.blocked.busy');
    expect(renewBlocked(pub())?.key).toBe('vdc.blocked.noRenew');
    expect(renewBlocked(pub({ billingMethod: 'Bandwidth_95' }))).toBeUndefined();
  });
});

describe('addresses', () => {
  it("lists a block's usable addresses and who uses them", () => {
    expect(segmentAddresses(segment)).toHaveLength(13);
    expect(segmentAddresses({ ...segment, mask: 30, address: '1.2.3.4' })).toEqual(['1.2.3.6']);
    const inst = {
      id: 'i',
      name: 'web',
      publicInterfaces: [
        { id: 'n', name: 'pub', ip: '101.251.3.18', mac: '', connected: true, networkId: 'p' },
      ],
      privateInterfaces: [],
    };
    const use = segmentUse(segment, [inst as never]);
    expect(use[0]).toEqual({ ip: '101.251.3.18', instance: { id: 'i', name: 'web' } });
    expect(use[1]).toEqual({ ip: '101.251.3.19', instance: undefined });
  });

  it('checks a private block as the simulator does', () => {
    expect(privateProblem('192.168.0.0', 16, [])).toBeUndefined();
    expect(privateProblem('8.8.8.0', 24, [])?.key).toBe('vdc.private.notPrivate');
    expect(privateProblem('192.168.1.5', 16, [])).toEqual({
      key: 'vdc.private.notNetwork',
      vars: { mask: 16, suggest: '192.168.0.0/16' },
    });
    expect(privateProblem('10.240.0.0', 16, [lan()])).toEqual({
      key: 'vdc.private.overlaps',
      vars: { name: 'lan', cidr: '10.240.7.0/24' },
    });
    expect(privateProblem('10.1', 16, [])?.key).toBe('vdc.private.badAddress');
  });
});
