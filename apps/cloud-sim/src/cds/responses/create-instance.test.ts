import { cdsCcs } from '@console/api-types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../../index';
import { cdsClient, startTestSim, STRONG_PASSWORD, TEST_KEY, type CdsClient, type Json } from '../../testing/client';

let sim: Simulator;
let client: CdsClient;
beforeAll(async () => {
  sim = await startTestSim({ taskMs: 60_000 });
  client = cdsClient(sim);
});
beforeEach(() => sim.reset());
afterAll(async () => sim?.close());

const account = () => sim.world.account(TEST_KEY.accessKeyId)!;
const vdcs = async () => (await client.get('/network', 'DescribeVdc')).body.Data as Json[];
const vdcNamed = async (name: string) => (await vdcs()).find((v) => v.VdcName === name)!;
const instances = async () => (await client.post('/ccs', 'DescribeInstances', { PageSize: 100 })).body.Data.Instances as Json[];
const create = (params: Record<string, unknown>) => client.post('/ccs', 'CreateInstance', params);

async function base(vdcName = 'Beijing-Prod') {
  const vdc = await vdcNamed(vdcName);
  return { RegionId: vdc.RegionId, VdcId: vdc.VdcId, Password: STRONG_PASSWORD };
}

describe('CreateInstance', () => {
  it('uses the documented defaults: smallest Cpu/Ram, Centos_7.4_64, PostPaid, one instance named by its id, no IPs', async () => {
    const r = await create(await base());
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(cdsCcs.CreateInstance.output.safeParse(r.body).success).toBe(true);
    expect(r.body).toMatchObject({ Code: 'Success', Message: 'Success.', TaskId: expect.stringMatching(/^\d+$/) });
    const [newest] = await instances();
    expect(newest).toMatchObject({
      InstanceStatus: 'creating',
      Cpu: 1,
      Ram: 1,
      ImageId: 'Centos_7.4_64',
      InstanceChargeType: 'PostPaid',
      InstanceType: 'Standard',
      VdcName: 'Beijing-Prod',
      PublicNetworkInterface: [],
      PrivateNetworkInterface: [],
    });
    expect(newest!.InstanceName).toBe(newest!.InstanceId);
  });

  it('creates Amount instances named -001.., with automatic public and private addresses, and charges the balance', async () => {
    const before = account().balance;
    const b = await base();
    const r = await create({
      ...b,
      InstanceName: 'batch',
      Amount: 3,
      Cpu: 2,
      Ram: 4,
      InstanceType: 'General',
      DataDisks: [{ Size: 100, Type: 'ssd_disk' }, { Size: 500, Type: 'high_disk' }],
      PublicIp: ['auto'],
      PrivateIp: 'auto',
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const made = (await instances()).slice(0, 3);
    expect(made.map((i) => i.InstanceName)).toEqual(['batch-001', 'batch-002', 'batch-003']);
    const vdc = (await vdcs()).find((v) => v.VdcId === b.VdcId)!;
    const publicIps = made.map((i) => i.PublicNetworkInterface[0]?.IP);
    const privateIps = made.map((i) => i.PrivateNetworkInterface[0].IP);
    expect(new Set(publicIps).size).toBe(3);
    expect(new Set(privateIps).size).toBe(3);
    for (const i of made) {
      expect(i.PublicNetworkInterface[0]?.PublicId).toBe(vdc.PublicNetwork[0].PublicId);
      expect(i.PrivateNetworkInterface[0].PrivateId).toBe(vdc.PrivateNetwork[0].PrivateId);
      expect(i.Disks.DataDisks.map((d: Json) => [d.Size, d.Type])).toEqual([[100, 'ssd_disk'], [500, 'high_disk']]);
    }
    expect(account().balance).toBeLessThan(before);
  });

  it('takes explicit addresses from the VDC segments and counts them as used', async () => {
    const b = await base('Singapore-Edge');
    const vdc = (await vdcs()).find((v) => v.VdcId === b.VdcId)!;
    const used = new Set((await instances()).map((i) => i.PublicNetworkInterface[0]?.IP));
    const seg = vdc.PublicNetwork[0].Segments[0];
    const [a, b2, c, d] = seg.Address.split('.').map(Number);
    const free = Array.from({ length: 13 }, (_, k) => `${a}.${b2}.${c}.${d + 2 + k}`).find((ip) => !used.has(ip))!;
    const privateIp = vdc.PrivateNetwork[0].Segments[0].replace(/\.0\/24~.*$/, '.200');
    const r = await create({ ...b, InstanceName: 'explicit', PublicIp: [free], PrivateIp: [{ PrivateID: vdc.PrivateNetwork[0].PrivateId, IP: [privateIp] }] });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const [made] = await instances();
    expect(made!.PublicNetworkInterface[0]?.IP).toBe(free);
    expect(made!.PrivateNetworkInterface[0].IP).toBe(privateIp);
    const after = (await vdcs()).find((v) => v.VdcId === b.VdcId)!;
    expect(after.PublicNetwork[0].UnuseIpNum).toBe(vdc.PublicNetwork[0].UnuseIpNum - 1);
    const again = await create({ ...b, PublicIp: free });
    expect([again.status, again.body.Code]).toEqual([400, 'InvalidPublicIpAddress.Duplicated']);
    const againPrivate = await create({ ...b, PrivateIp: [{ PrivateID: vdc.PrivateNetwork[0].PrivateId, IP: privateIp }] });
    expect([againPrivate.status, againPrivate.body.Code]).toEqual([400, 'InvalidPrivateIpAddress.Duplicated']);
  });

  it('accepts what the SDKs send: PrivateId for PrivateID, IOPS in data disks, and a SystemDisk that is honoured', async () => {
    const b = await base('Singapore-Edge');
    const vdc = (await vdcs()).find((v) => v.VdcId === b.VdcId)!;
    const r = await create({
      ...b,
      InstanceName: 'sdk-shaped',
      PrivateIp: [{ PrivateId: vdc.PrivateNetwork[0].PrivateId, IP: 'auto' }],
      DataDisks: [{ Size: 100, Type: 'ssd_disk', IOPS: 3000 }],
      SystemDisk: { Type: 'ssd_disk', Size: 60, IOPS: 5 },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const [made] = await instances();
    expect(made!.InstanceName).toBe('sdk-shaped');
    expect(made!.PrivateNetworkInterface[0].PrivateId).toBe(vdc.PrivateNetwork[0].PrivateId);
    expect(made!.Disks.DataDisks[0]).toMatchObject({ Size: 100, Type: 'ssd_disk', IOPS: 3000 });
    expect(made!.Disks.SystemDisk).toMatchObject({ Size: 60, DiskType: 'ssd_disk', IOPS: 5 });
    const small = await create({ ...b, SystemDisk: { Size: 20 } });
    expect([small.status, small.body.Code]).toEqual([400, 'InvalidParameter']);
    expect(small.body.Message).toMatch(/SystemDisk/);
  });

  it('accepts a private image of the region and refuses one of another region', async () => {
    const bj = account().backend('CN_Beijing_A').privateImages[0]!;
    expect((await create({ ...(await base()), ImageId: bj.ImageId })).status).toBe(200);
    const other = await create({ ...(await base('Shanghai-Prod')), ImageId: bj.ImageId });
    expect([other.status, other.body.Code]).toEqual([404, 'InvalidLaunchTemplateVersion.NotFound']);
  });

  it('answers each documented error and changes nothing', async () => {
    const bj = await base();
    const sh = await base('Shanghai-Prod');
    const dallas = await base('Dallas-Backup');
    const usedIp = (await instances()).find((i) => i.VdcId === bj.VdcId && i.PublicNetworkInterface[0]?.IP)!.PublicNetworkInterface[0]?.IP;
    const beforeCount = (await instances()).length;
    const beforeBalance = account().balance;
    const cases: [string, Record<string, unknown>, number, string][] = [
      ['weak password', { ...bj, Password: 'weakpass' }, 400, 'InvalidPassword.Malformed'],
      ['no password', { RegionId: bj.RegionId, VdcId: bj.VdcId }, 400, 'MissingParameter'],
      ['bad name', { ...bj, InstanceName: '-bad name!' }, 400, 'InvalidInstanceName.Malformed'],
      ['Cpu 3', { ...bj, Cpu: 3 }, 400, 'InvalidParameter'],
      ['Amount 100', { ...bj, Amount: 100 }, 400, 'InvalidParameter'],
      ['bad region', { ...bj, RegionId: 'Beijing' }, 400, 'InvalidRegionID.Malformed'],
      ['region of no VDC', { ...bj, RegionId: 'CN_Shanghai_A' }, 400, 'VDCNotFound'],
      ['malformed VdcId', { ...bj, VdcId: 'vdc-1' }, 400, 'InvalidVdcId.Malformed'],
      ['unknown VdcId', { ...bj, VdcId: '0bb08ed7-e686-4168-93e5-e0187579753b' }, 400, 'VDCNotFound'],
      ['type not sold', { ...sh, InstanceType: 'G2_Memory' }, 400, 'InvalidInstanceType.ValueUnauthorized'],
      ['unknown image', { ...bj, ImageId: 'Windows_95' }, 404, 'InvalidLaunchTemplateVersion.NotFound'],
      ['disk off step', { ...bj, DataDisks: [{ Size: 15, Type: 'ssd_disk' }] }, 400, 'InvalidDataDiskSize.ValueNotSupported'],
      ['high_disk too small', { ...bj, DataDisks: [{ Size: 50, Type: 'high_disk' }] }, 400, 'InvalidDataDiskSize.ValueNotSupported'],
      ['disk over 4000', { ...bj, DataDisks: [{ Size: 5000, Type: 'high_disk' }] }, 400, 'InvalidDataDiskSize.ValueNotSupported'],
      ['disk type not sold', { ...dallas, DataDisks: [{ Size: 100, Type: 'big_disk' }] }, 400, 'InvalidDataDiskSize.ValueNotSupported'],
      ['public IP in use', { ...bj, PublicIp: [usedIp] }, 400, 'InvalidPublicIpAddress.Duplicated'],
      ['public IP not an address', { ...bj, PublicIp: ['101.251.13'] }, 400, 'InvalidPublicIpAddress.Malformed'],
      ['public IP outside the VDC', { ...bj, PublicIp: ['8.8.8.8'] }, 400, 'InvalidPublicIpAddress.Malformed'],
      ['too few public IPs', { ...bj, Amount: 2, PublicIp: ['auto', '8.8.8.8', '8.8.4.4'] }, 400, 'InvalidPublicIpAddress.Malformed'],
      ['public IP twice', { ...bj, Amount: 2, PublicIp: [usedIp, usedIp] }, 403, 'InvalidIp.IpRepeated'],
      ['no public IP left', { ...dallas, Amount: 4, PublicIp: 'auto' }, 403, 'InvalidIp.IpAssigned'],
      ['unknown private network', { ...bj, PrivateIp: [{ PrivateID: 'nope', IP: 'auto' }] }, 400, 'InvalidPrivateIpAddress.Malformed'],
      ['private IP outside', { ...bj, PrivateIp: [{ PrivateID: (await vdcNamed('Beijing-Prod')).PrivateNetwork[0].PrivateId, IP: ['192.168.0.1'] }] }, 400, 'InvalidPrivateIpAddress.Malformed'],
    ];
    for (const [name, params, status, code] of cases) {
      const r = await create(params);
      expect([r.status, r.body.Code], `${name}: ${JSON.stringify(r.body)}`).toEqual([status, code]);
      expect(r.body.RequestId).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect((await instances()).length).toBe(beforeCount);
    expect(account().balance).toBe(beforeBalance);
  });

  it('names the field and the problem in a validation message', async () => {
    const r = await create({ ...(await base()), Cpu: 3, Password: 'weak' });
    expect(r.body.Message).toMatch(/Password/);
    expect(r.body.Message).toMatch(/Cpu: Cpu must be one of 1, 2, 4, 8, 10, 16, 32/);
  });

  it('answers NotEnoughBalance when the balance runs out, and charges nothing', async () => {
    account().balance = 10;
    const r = await create({ ...(await base()), Cpu: 8, Ram: 16, Amount: 2 });
    expect([r.status, r.body.Code]).toEqual([400, 'NotEnoughBalance']);
    expect(account().balance).toBe(10);
    let ok = 0;
    for (;;) {
      const small = await create(await base());
      if (small.status !== 200) {
        expect(small.body.Code).toBe('NotEnoughBalance');
        break;
      }
      ok++;
    }
    expect(ok).toBeGreaterThan(0);
    expect(account().balance).toBeGreaterThanOrEqual(0);
  });
});
