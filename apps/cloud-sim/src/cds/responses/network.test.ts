import { cdsNetwork } from '@console/api-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../index';
import { cdsClient, startTestSim, TEST_KEY, type CdsClient } from '../../testing/client';
import { PrivateNetwork, PublicNetwork, PublicSegment, Vdc } from '../models/vdc';

let sim: Simulator;
let client: CdsClient;
beforeAll(async () => {
  sim = await startTestSim();
  client = cdsClient(sim);
});
afterAll(async () => sim?.close());

const describeVdc = (params: Record<string, unknown> = {}) => client.get('/network', 'DescribeVdc', params);

describe('DescribeVdc', () => {
  it('lists the VDCs with their networks in the answered shape (PublicNetwork as a list)', async () => {
    const r = await describeVdc();
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ Code: 'Success', Message: 'Success.', PageNumber: 1, PageCount: 1, TotalCount: 6 });
    expect(cdsNetwork.DescribeVdc.output.safeParse(r.body).success).toBe(true);
    for (const vdc of r.body.Data) {
      expect(Object.keys(vdc).sort()).toEqual(['CreateTime', 'PrivateNetwork', 'PublicNetwork', 'RegionId', 'VdcId', 'VdcName', 'VdcStatus']);
      expect(vdc.VdcStatus).toBe('ok');
      expect(Array.isArray(vdc.PublicNetwork)).toBe(true);
      const [pub] = vdc.PublicNetwork;
      expect(pub).toMatchObject({ Status: 'ok', PublicId: expect.any(String), Qos: expect.any(Number), Type: expect.any(String), UnuseIpNum: expect.any(Number) });
      // cds-gic-sdk-go reads the count as unuse_ip_num (its other keys match case-insensitively).
      expect(pub.unuse_ip_num).toBe(pub.UnuseIpNum);
      for (const p of vdc.PrivateNetwork) expect(p.unuse_ip_num).toBe(p.UnuseIpNum);
      for (const seg of pub.Segments) {
        expect(seg).toEqual({ SegmentId: expect.any(String), Address: expect.any(String), Mask: expect.any(Number), Gateway: expect.any(String) });
        expect(Number(seg.Gateway.split('.')[3])).toBe(Number(seg.Address.split('.')[3]) + 1);
      }
      expect(vdc.PrivateNetwork.length).toBeGreaterThanOrEqual(1);
      for (const p of vdc.PrivateNetwork) {
        expect(p.Segments[0]).toMatch(/^10\.240\.\d+\.0\/24~10\.240\.\d+\.255\/24$/);
        expect(p).toMatchObject({ PrivateId: expect.any(String), Name: expect.any(String), Status: 'ok' });
      }
    }
  });

  it('counts unused addresses as the segments minus the instances on them', async () => {
    const vdcs = (await describeVdc()).body.Data;
    const instances = (await client.post('/ccs', 'DescribeInstances', { PageSize: 100 })).body.Data.Instances;
    // Databases take addresses of private networks too.
    const dbIps: string[] = [
      ...(await client.get('/mysql', 'DescribeDBInstances')).body.Data.map((d: { IP: string }) => d.IP),
      ...(await client.get('/redis', 'DescribeDBInstances')).body.Data.map((d: { IP: string }) => d.IP),
      ...(await client.post('/memcached', 'MemcachedInstanceList')).body.Data.InstanceList.map((m: { Address: string }) => m.Address),
    ];
    for (const vdc of vdcs) {
      const pub = vdc.PublicNetwork[0];
      const usable = pub.Segments.reduce((n: number, s: { Mask: number }) => n + 2 ** (32 - s.Mask) - 3, 0);
      const used = instances.filter((i: { PublicNetworkInterface: { PublicId?: string }[] }) => i.PublicNetworkInterface[0]?.PublicId === pub.PublicId).length;
      expect(pub.UnuseIpNum).toBe(usable - used);
      for (const p of vdc.PrivateNetwork) {
        const onIt = instances.flatMap((i: { PrivateNetworkInterface: { PrivateId: string }[] }) => i.PrivateNetworkInterface).filter((n: { PrivateId: string }) => n.PrivateId === p.PrivateId);
        const block = `${(p.Segments[0] as string).split('.').slice(0, 3).join('.')}.`;
        expect(p.UnuseIpNum).toBe(254 - onIt.length - dbIps.filter((ip) => ip.startsWith(block)).length);
      }
    }
  });

  it('filters by RegionId, VdcId and Keyword (part of the name, any case)', async () => {
    const bj = await describeVdc({ RegionId: 'CN_Beijing_A' });
    expect(bj.body.Data.map((v: { RegionId: string }) => v.RegionId)).toEqual(['CN_Beijing_A', 'CN_Beijing_A']);
    expect((await describeVdc({ Keyword: 'beijing' })).body.Data).toHaveLength(2);
    expect((await describeVdc({ Keyword: '测试' })).body.Data.map((v: { VdcName: string }) => v.VdcName)).toEqual(['Beijing-测试环境']);
    expect((await describeVdc({ Keyword: 'nothing-like-this' })).body).toMatchObject({ Data: [], PageCount: 0, TotalCount: 0 });
    const one = bj.body.Data[1];
    const byId = await describeVdc({ VdcId: one.VdcId });
    expect(byId.body.Data).toEqual([one]);
    expect((await describeVdc({ RegionId: 'APAC_Tokyo_A' })).body.Data).toEqual([]);
  });

  it('pages by 10', async () => {
    const account = sim.world.account(TEST_KEY.accessKeyId)!;
    for (let i = 0; i < 7; i++) {
      const vdc = new Vdc(sim.world.rng.uuid(), `extra-${i}`, 'CN_Wuxi_A', Date.now() + i, [
        new PublicNetwork(sim.world.rng.uuid(), 'pub', 'Bandwidth_BGP', 5, [new PublicSegment(sim.world.rng.uuid(), `101.251.1.${i * 16}`, 28)]),
      ], [new PrivateNetwork(sim.world.rng.uuid(), 'lan', `10.241.${i}.0`)]);
      account.backend('CN_Wuxi_A').addVdc(vdc);
    }
    try {
      const p1 = await describeVdc();
      const p2 = await describeVdc({ PageNumber: 2 });
      expect(p1.body).toMatchObject({ PageNumber: 1, PageCount: 2, TotalCount: 13 });
      expect(p1.body.Data).toHaveLength(10);
      expect(p2.body.Data.map((v: { VdcName: string }) => v.VdcName)).toEqual(['extra-4', 'extra-5', 'extra-6']);
      expect((await describeVdc({ PageNumber: 3 })).body.Data).toEqual([]);
    } finally {
      account.backends.delete('CN_Wuxi_A');
    }
  });

  it('answers the documented errors', async () => {
    const cases: [Record<string, unknown>, number, string][] = [
      [{ RegionId: 'Beijing' }, 400, 'InvalidRegionID.Malformed'],
      [{ RegionId: 'CN_Mars_A' }, 400, 'InvalidRegionID.Malformed'],
      [{ VdcId: 'not-a-vdc' }, 400, 'InvalidVDCID.Malformed'],
      [{ VdcId: '0bb08ed7-e686-4168-93e5-e0187579753b' }, 400, 'VDCNotFound'],
      [{ PageNumber: '0' }, 400, 'InvalidParameter'],
      [{ PageNumber: 'two' }, 400, 'InvalidParameter'],
    ];
    for (const [params, status, code] of cases) {
      const r = await describeVdc(params);
      expect(r.status, JSON.stringify(params)).toBe(status);
      expect(r.body.Code, JSON.stringify(params)).toBe(code);
      expect(r.body.RequestId).toMatch(/^[0-9a-f-]{36}$/);
    }
    const page = await describeVdc({ PageNumber: '0' });
    expect(page.body.Message).toMatch(/PageNumber/);
  });
});
