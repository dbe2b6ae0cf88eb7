import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../index';
import { cdsClient, startTestSim, TEST_KEY, waitForTask, type CdsClient, type Json } from '../../../testing/client';

let sim: Simulator;
let client: CdsClient;
beforeAll(async () => {
  // Long enough that a busy machine still sees the transitional states.
  sim = await startTestSim({ taskMs: 800 });
  client = cdsClient(sim);
});
beforeEach(() => sim.reset());
afterAll(async () => sim?.close());

const list = async (params: Json = {}) => (await client.get('/mysql', 'DescribeDBInstances', params)).body.Data as Json[];
const byName = async (name: string) => (await list()).find((d) => d.InstanceName === name)!;
const vdcNamed = async (name: string) => ((await client.get('/network', 'DescribeVdc')).body.Data as Json[]).find((v) => v.VdcName === name)!;
const PASSWORD = 'Str0ng!Pass';

async function createMysql(extra: Json = {}) {
  const vdc = await vdcNamed('Beijing-Prod');
  const net = (vdc.PrivateNetwork as Json[]).find((p) => p.Name === 'db-net')!;
  const r = await client.post('/mysql', 'CreateDBInstance', {
    RegionId: 'CN_Beijing_A', VdcId: vdc.VdcId, BasePipeId: net.PrivateId, InstanceName: 'shop-db',
    PaasGoodsId: 17081, DiskType: 'ssd_disk', DiskValue: 200, ...extra,
  });
  return { r, vdc, net };
}

describe('regions and what they sell', () => {
  it('DescribeRegions answers the example sites; DescribeAvailableDBConfig a region’s versions, architectures, specs and disks', async () => {
    const regions = await client.get('/mysql', 'DescribeRegions');
    expect(regions.status).toBe(200);
    expect(regions.body.Data).toHaveLength(18);
    expect(regions.body.Data[0]).toEqual({ CityId: '3082f45e-306e-11e7-9796-0050569b4d9c', CityName: '洛杉矶', IsSaling: 1, RegionId: 'US_LosAngeles_A', RegionName: '北美地区', SiteName: '洛杉矶1' });
    const config = await client.get('/mysql', 'DescribeAvailableDBConfig', { RegionId: 'CN_Beijing_A' });
    const data = config.body.Data;
    expect(data.ProductName).toBe('mysql');
    expect(data.Products.map((p: Json) => p.Version)).toEqual(['5.7', '8.0']);
    const ha = data.Products[1].Architectures.find((a: Json) => a.ArchitectureType === 1);
    expect(ha).toMatchObject({ ArchitectureName: '主从', SubProductName: 'MySQL 高可用版', NetworkLinks: [{ LinkType: 'default_link' }] });
    expect(ha.ComputeRoles[0]).toMatchObject({ ComputeName: '通用型', ComputeType: 0 });
    expect(ha.ComputeRoles[0].Standards.AttachDisk[0]).toMatchObject({ DiskValue: 'ssd_disk', DiskMin: 100, DiskMax: 2000, DiskStep: 100 });
    expect(ha.ComputeRoles[0].Standards.CpuRam[0]).toMatchObject({ CPU: 1, RAM: 2, Name: '1C2G', PaasGoodsId: 17080 });
    expect(config.body.TaskId).toBe('');
  });

  it('refuses a region it does not sell in (BadArgs) and a missing RegionId (ArgMissing)', async () => {
    const r = await client.get('/mysql', 'DescribeAvailableDBConfig', { RegionId: 'CN_Beijing_D' });
    expect(r).toMatchObject({ status: 400, body: { Code: 'BadArgs' } });
    const m = await client.get('/mysql', 'DescribeAvailableDBConfig');
    expect(m).toMatchObject({ status: 400, body: { Code: 'ArgMissing' } });
  });
});

describe('an instance from create to delete', () => {
  it('is CREATING with an address of the chosen private network, RUNNING at the task’s end, charged', async () => {
    const account = sim.world.account(TEST_KEY.accessKeyId)!;
    const before = account.balance;
    const { r, vdc, net } = await createMysql({ Amount: 2 });
    expect(r.status).toBe(200);
    expect(r.body.TaskId).toMatch(/^\d+$/);
    const ids = r.body.Data.InstancesUuid as string[];
    expect(ids).toHaveLength(2);
    expect(account.balance).toBeLessThan(before);
    const created = (await list()).filter((d) => ids.includes(d.InstanceUuid));
    expect(created.map((d) => [d.InstanceName, d.Status, d.StatusStr])).toEqual([
      ['shop-db-001', 'CREATING', '创建中'],
      ['shop-db-002', 'CREATING', '创建中'],
    ]);
    const prefix = (net.Segments[0] as string).split('.').slice(0, 3).join('.');
    for (const d of created) {
      expect(d.IP.startsWith(`${prefix}.`)).toBe(true);
      expect(d).toMatchObject({ VdcId: vdc.VdcId, VdcName: 'Beijing-Prod', Port: 6033, Cpu: 2, Ram: 4096, Disks: 200, Version: '8.0.18', MasterInfo: '', RoGroups: [] });
    }
    expect(created[0]!.IP).not.toBe(created[1]!.IP);
    const { seen } = await waitForTask(client, r.body.TaskId);
    expect(seen.at(-1)).toBe('FINISH');
    expect((await list({ InstanceUuid: ids[0] }))[0]).toMatchObject({ Status: 'RUNNING', StatusStr: '运行中' });

    const del = await client.post('/mysql', 'DeleteDBInstance', { InstanceUuid: ids[0] });
    expect(del.status).toBe(200);
    expect((await list({ InstanceUuid: ids[0] }))[0]!.Status).toBe('DELETING');
    await waitForTask(client, del.body.TaskId);
    expect(await list({ InstanceUuid: ids[0] })).toEqual([]);
  });

  it('filters by name (part of it) and by address prefix', async () => {
    const order = await byName('order-db');
    expect((await list({ InstanceName: 'ORDER' })).map((d) => d.InstanceName).sort()).toEqual(['order-db', 'order-db-ro']);
    expect((await list({ IP: order.IP })).map((d) => d.InstanceName)).toContain('order-db');
  });

  it('refuses unknown VDCs and networks, specs not sold, disks out of range, a busy instance, and an empty balance', async () => {
    const { vdc, net } = await createMysql();
    const base = { RegionId: 'CN_Beijing_A', VdcId: vdc.VdcId, BasePipeId: net.PrivateId, InstanceName: 'x', PaasGoodsId: 17081, DiskType: 'ssd_disk', DiskValue: 200 };
    expect((await client.post('/mysql', 'CreateDBInstance', { ...base, VdcId: '00000000-0000-4000-8000-000000000000' }))).toMatchObject({ status: 404, body: { Code: 'ResourceNotFound' } });
    expect((await client.post('/mysql', 'CreateDBInstance', { ...base, RegionId: 'CN_Shanghai_A' }))).toMatchObject({ status: 404, body: { Code: 'ResourceNotFound' } });
    expect((await client.post('/mysql', 'CreateDBInstance', { ...base, BasePipeId: 'nope' }))).toMatchObject({ status: 404, body: { Code: 'ResourceNotFound' } });
    expect((await client.post('/mysql', 'CreateDBInstance', { ...base, PaasGoodsId: 5765 }))).toMatchObject({ status: 400, body: { Code: 'BadArgs' } });
    expect((await client.post('/mysql', 'CreateDBInstance', { ...base, DiskType: 'big_disk' }))).toMatchObject({ status: 400, body: { Code: 'BadArgs' } });
    expect((await client.post('/mysql', 'CreateDBInstance', { ...base, DiskValue: 150 }))).toMatchObject({ status: 400, body: { Code: 'InvalidParameter' } });
    expect((await client.post('/mysql', 'CreateDBInstance', { ...base, Amount: 4 }))).toMatchObject({ status: 400, body: { Code: 'InvalidParameter' } });
    const creating = (await list()).find((d) => d.Status === 'CREATING')!;
    expect(await client.post('/mysql', 'DeleteDBInstance', { InstanceUuid: creating.InstanceUuid })).toMatchObject({ status: 409, body: { Code: 'ResourceInUse' } });
    expect(await client.post('/mysql', 'DeleteDBInstance', { InstanceUuid: 'missing' })).toMatchObject({ status: 404, body: { Code: 'ResourceNotFound' } });
    sim.world.account(TEST_KEY.accessKeyId)!.balance = 1;
    expect(await client.post('/mysql', 'CreateDBInstance', base)).toMatchObject({ status: 400, body: { Code: 'NotEnoughBalance' } });
  });

  it('frees the address when the instance is deleted', async () => {
    const { r, net, vdc } = await createMysql();
    const id = r.body.Data.InstancesUuid[0];
    const ip = (await list({ InstanceUuid: id }))[0]!.IP;
    await waitForTask(client, r.body.TaskId);
    await waitForTask(client, (await client.post('/mysql', 'DeleteDBInstance', { InstanceUuid: id })).body.TaskId);
    const again = await client.post('/mysql', 'CreateDBInstance', { RegionId: 'CN_Beijing_A', VdcId: vdc.VdcId, BasePipeId: net.PrivateId, InstanceName: 'again', PaasGoodsId: 17081, DiskType: 'ssd_disk', DiskValue: 100 });
    expect((await list({ InstanceUuid: again.body.Data.InstancesUuid[0] }))[0]!.IP).toBe(ip);
  });
});

describe('privileged account', () => {
  it('is created once; a second Super account, a read-only target and a weak password are refused', async () => {
    const test = await byName('test-mysql');
    const ok = { InstanceUuid: test.InstanceUuid, AccountName: 'app_admin', Password: PASSWORD, AccountType: 'Super' };
    const r = await client.post('/mysql', 'CreatePrivilegedAccount', ok);
    expect(r).toMatchObject({ status: 200, body: { Code: 'Success', TaskId: '' } });
    expect(await client.post('/mysql', 'CreatePrivilegedAccount', { ...ok, AccountName: 'other' })).toMatchObject({ status: 400, body: { Code: 'UnsupportedOperation' } });
    expect(await client.post('/mysql', 'CreatePrivilegedAccount', { ...ok, AccountName: 'reader', AccountType: 'Normal' })).toMatchObject({ status: 200 });
    const ro = await byName('order-db-ro');
    expect(await client.post('/mysql', 'CreatePrivilegedAccount', { ...ok, InstanceUuid: ro.InstanceUuid })).toMatchObject({ status: 400, body: { Code: 'UnsupportedOperation' } });
    const weak = await client.post('/mysql', 'CreatePrivilegedAccount', { ...ok, Password: 'password' });
    expect(weak).toMatchObject({ status: 400, body: { Code: 'InvalidParameter' } });
    expect(weak.body.Message).toContain('at least three of');
  });
});

describe('spec changes', () => {
  it('DescribeModifiableDBSpec offers the specs of the architecture and the disk type bought; ModifyDBInstanceSpec applies them at the end', async () => {
    const db = await byName('user-center');
    const choices = (await client.get('/mysql', 'DescribeModifiableDBSpec', { InstanceUuid: db.InstanceUuid })).body.Data;
    expect(choices.AttachDisk.map((d: Json) => d.DiskValue)).toEqual(['high_disk']);
    expect(choices.CpuRam.map((c: Json) => c.Name)).toEqual(['1C2G', '2C4G', '4C8G', '8C16G', '8C32G', '16C64G']);
    const r = await client.post('/mysql', 'ModifyDBInstanceSpec', { InstanceUuid: db.InstanceUuid, PaasGoodsId: 17032, DiskType: 'high_disk', DiskValue: 500 });
    expect(r.status).toBe(200);
    expect((await byName('user-center')).Status).toBe('UPDATING');
    expect(await client.post('/mysql', 'ModifyDBInstanceSpec', { InstanceUuid: db.InstanceUuid, PaasGoodsId: 17033 })).toMatchObject({ status: 409, body: { Code: 'ResourceInUse' } });
    await waitForTask(client, r.body.TaskId);
    expect(await byName('user-center')).toMatchObject({ Status: 'RUNNING', Cpu: 4, Ram: 8192, Disks: 500 });
  });

  it('refuses another architecture’s spec, another disk type and a smaller disk', async () => {
    const db = await byName('user-center');
    const id = db.InstanceUuid;
    expect(await client.post('/mysql', 'ModifyDBInstanceSpec', { InstanceUuid: id, PaasGoodsId: 17011 })).toMatchObject({ status: 400, body: { Code: 'BadArgs' } });
    expect(await client.post('/mysql', 'ModifyDBInstanceSpec', { InstanceUuid: id, DiskType: 'ssd_disk', DiskValue: 500 })).toMatchObject({ status: 400, body: { Code: 'BadArgs' } });
    expect(await client.post('/mysql', 'ModifyDBInstanceSpec', { InstanceUuid: id, DiskType: 'high_disk', DiskValue: 200 })).toMatchObject({ status: 400, body: { Code: 'BadArgs' } });
  });
});

describe('read-only instances', () => {
  it('are offered from the primary’s spec up, appear under the primary and in the list, and block its deletion', async () => {
    const master = await byName('order-db');
    const offer = (await client.get('/mysql', 'DescribeAvailableReadOnlyConfig', { InstanceUuid: master.InstanceUuid })).body.Data;
    expect(offer.CpuRam.every((c: Json) => c.CPU >= master.Cpu)).toBe(true);
    expect(offer.AttachDisk).toEqual([expect.objectContaining({ DiskValue: 'ssd_disk', DiskMin: 500 })]);
    const r = await client.post('/mysql', 'CreateReadOnlyDBInstance', {
      InstanceUuid: master.InstanceUuid, InstanceName: 'order-db-ro2', PaasGoodsId: offer.CpuRam[0].PaasGoodsId, DiskType: 'ssd_disk', DiskValue: 500,
    });
    expect(r.status).toBe(200);
    await waitForTask(client, r.body.TaskId);
    const after = await byName('order-db');
    expect(after.RoGroups.map((g: Json) => [g.ServiceName, g.Status, g.SvcType])).toEqual([
      ['order-db-ro', 'RUNNING', 'mysql-readonly'],
      ['order-db-ro2', 'RUNNING', 'mysql-readonly'],
    ]);
    const ro = await byName('order-db-ro2');
    expect(ro.MasterInfo).toMatchObject({ InstanceUuid: master.InstanceUuid });
    expect(after.RoGroups[1].ServiceId).toBe(ro.InstanceUuid);
    expect(await client.post('/mysql', 'DeleteDBInstance', { InstanceUuid: master.InstanceUuid })).toMatchObject({ status: 400, body: { Code: 'UnsupportedOperation' } });
  });

  it('are refused for a basic instance, a smaller disk or a spec below the primary’s', async () => {
    const basic = await byName('test-mysql');
    expect(await client.get('/mysql', 'DescribeAvailableReadOnlyConfig', { InstanceUuid: basic.InstanceUuid })).toMatchObject({ status: 400, body: { Code: 'UnsupportedOperation' } });
    const master = await byName('order-db');
    const base = { InstanceUuid: master.InstanceUuid, InstanceName: 'ro', PaasGoodsId: 17082, DiskType: 'ssd_disk', DiskValue: 500 };
    expect(await client.post('/mysql', 'CreateReadOnlyDBInstance', { ...base, DiskValue: 400 })).toMatchObject({ status: 400, body: { Code: 'BadArgs' } });
    expect(await client.post('/mysql', 'CreateReadOnlyDBInstance', { ...base, PaasGoodsId: 17080 })).toMatchObject({ status: 400, body: { Code: 'BadArgs' } });
  });
});
