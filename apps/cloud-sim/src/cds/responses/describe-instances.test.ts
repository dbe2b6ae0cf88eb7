import { cdsCcs } from '@console/api-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../../index';
import { cdsClient, startTestSim, type CdsClient, type Json } from '../../testing/client';

let sim: Simulator;
let client: CdsClient;
beforeAll(async () => {
  sim = await startTestSim();
  client = cdsClient(sim);
});
afterAll(async () => sim?.close());

const describeInstances = (params: Record<string, unknown> = {}) => client.post('/ccs', 'DescribeInstances', params);

describe('DescribeInstances', () => {
  it('answers Data.Instances[] in pages of 10 by default, with the counts', async () => {
    const r = await describeInstances();
    expect(r.status).toBe(200);
    expect(cdsCcs.DescribeInstances.output.safeParse(r.body).success).toBe(true);
    expect(r.body.Data).toMatchObject({ PageNumber: 1, PageCount: 5, TotalCount: 42 });
    expect(r.body.Data.Instances).toHaveLength(10);
    const last = await describeInstances({ PageNumber: 5 });
    expect(last.body.Data.Instances).toHaveLength(2);
    const all = await describeInstances({ PageSize: 100 });
    expect(all.body.Data).toMatchObject({ PageCount: 1, TotalCount: 42 });
    const ids = all.body.Data.Instances.map((i: Json) => i.InstanceId);
    expect(new Set(ids).size).toBe(42);
  });

  it('lists newest first, in a stable order', async () => {
    const all = (await describeInstances({ PageSize: 100 })).body.Data.Instances as Json[];
    const times = all.map((i) => i.CreateTime);
    expect([...times].sort().reverse()).toEqual(times);
    const pages = [];
    for (let p = 1; p <= 5; p++) pages.push(...(await describeInstances({ PageNumber: p })).body.Data.Instances);
    expect(pages.map((i: Json) => i.InstanceId)).toEqual(all.map((i) => i.InstanceId));
  });

  it('gives every instance the documented keys and the extra ones', async () => {
    const all = (await describeInstances({ PageSize: 100 })).body.Data.Instances as Json[];
    for (const i of all) {
      expect(i).toMatchObject({
        InstanceId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        InstanceName: expect.any(String),
        InstanceStatus: expect.stringMatching(/^(running|stop|error)$/),
        InstanceChargeType: expect.stringMatching(/^(PostPaid|PrePaid)$/),
        InstanceChargeStatus: 'success',
        VdcId: expect.any(String),
        VdcName: expect.any(String),
        RegionId: expect.any(String),
        Cpu: expect.any(Number),
        Ram: expect.any(Number),
        InstanceType: expect.any(String),
        ImageId: expect.any(String),
        CreateTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
        Disks: { SystemDisk: { Size: expect.any(Number), IOPS: expect.any(Number) }, DataDisks: expect.any(Array) },
        PrivateNetworkInterface: expect.any(Array),
      });
      expect(Array.isArray(i.PublicNetworkInterface)).toBe(true);
      for (const d of i.Disks.DataDisks) expect(Object.keys(d).sort()).toEqual(['DiskId', 'DiskType', 'IOPS', 'Iops', 'IopsSize', 'Size', 'Type']);
      for (const n of i.PrivateNetworkInterface) {
        expect(n).toEqual({ InterfaceId: expect.any(String), Name: expect.any(String), IP: expect.stringMatching(/^10\.240\./), MAC: expect.stringMatching(/^00:50:56:/), Connected: 1, PrivateId: expect.any(String) });
      }
    }
    const withoutPublic = all.find((i) => i.PublicNetworkInterface.length === 0);
    expect(withoutPublic?.PublicNetworkInterface).toEqual([]);
    const withPublic = all.find((i) => i.PublicNetworkInterface[0]?.IP);
    expect(Object.keys(withPublic!.PublicNetworkInterface[0]).sort()).toEqual(['Connected', 'IP', 'InterfaceId', 'MAC', 'Name', 'PublicId']);
  });

  it('answers as the published SDKs read it (cds-gic-sdk-go): interface lists, DiskType, Total beside TotalCount', async () => {
    const r = await describeInstances({ PageSize: 100 });
    expect(r.body.Data).toMatchObject({ Total: 42, TotalCount: 42 });
    const i = (r.body.Data.Instances as Json[]).find((x) => x.Disks.DataDisks.length > 0)!;
    const d = i.Disks.DataDisks[0];
    expect(d.DiskType).toBe(d.Type);
    expect(d.Iops).toBe(d.IOPS);
    expect(i.Disks.SystemDisk).toMatchObject({ DiskType: expect.any(String), Iops: i.Disks.SystemDisk.IOPS, IopsSize: i.Disks.SystemDisk.IOPS });
    const parsed = cdsCcs.DescribeInstances.normalize(cdsCcs.DescribeInstances.output.parse(r.body));
    expect(parsed.totalCount).toBe(42);
    expect(parsed.items.filter((x) => x.publicIps.length > 0).length).toBeGreaterThan(0);
  });

  it('filters by VdcId, InstanceId (one or a list) and PublicIp, also spelled PubIp', async () => {
    const all = (await describeInstances({ PageSize: 100 })).body.Data.Instances as Json[];
    const vdcId = all[0]!.VdcId;
    const inVdc = (await describeInstances({ VdcId: vdcId, PageSize: 100 })).body.Data.Instances as Json[];
    expect(inVdc.length).toBe(all.filter((i) => i.VdcId === vdcId).length);
    expect(inVdc.every((i) => i.VdcId === vdcId)).toBe(true);

    const [a, b] = all;
    expect((await describeInstances({ InstanceId: a!.InstanceId })).body.Data.Instances).toEqual([a]);
    expect((await describeInstances({ InstanceId: [b!.InstanceId, a!.InstanceId] })).body.Data.Instances).toEqual([a, b]);

    const pub = all.find((i) => i.PublicNetworkInterface[0]?.IP)!;
    const ip = pub.PublicNetworkInterface[0].IP;
    expect((await describeInstances({ PublicIp: ip })).body.Data.Instances).toEqual([pub]);
    expect((await describeInstances({ PubIp: ip })).body.Data.Instances).toEqual([pub]);
    expect((await describeInstances({ PubIp: '1.2.3.4' })).body.Data).toMatchObject({ Instances: [], TotalCount: 0, PageCount: 0 });
    expect((await describeInstances({ InstanceId: '0bb08ed7-e686-4168-93e5-e0187579753b' })).body.Data.Instances).toEqual([]);
  });

  it('answers the documented errors', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ InstanceId: 'vm-1' }, 'InvalidInstanceID.Malformed'],
      [{ InstanceId: ['0bb08ed7-e686-4168-93e5-e0187579753b', 'x'] }, 'InvalidInstanceID.Malformed'],
      [{ PageSize: 101 }, 'InvalidParameter'],
      [{ PageSize: 0 }, 'InvalidParameter'],
      [{ PageNumber: -1 }, 'InvalidParameter'],
    ];
    for (const [params, code] of cases) {
      const r = await describeInstances(params);
      expect([r.status, r.body.Code], JSON.stringify(params)).toEqual([400, code]);
    }
    expect((await describeInstances({ PageSize: 101 })).body.Message).toMatch(/PageSize/);
  });
});
