import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../../../index';
import { cdsClient, startTestSim, TEST_KEY, waitForTask, type CdsClient, type Json } from '../../../testing/client';

let sim: Simulator;
let client: CdsClient;
beforeAll(async () => {
  sim = await startTestSim({ taskMs: 600 });
  client = cdsClient(sim);
});
beforeEach(() => sim.reset());
afterAll(async () => sim?.close());

const beijing = async () => {
  const vdc = ((await client.get('/network', 'DescribeVdc')).body.Data as Json[]).find((v) => v.VdcName === 'Beijing-Prod')!;
  return { vdc, net: (vdc.PrivateNetwork as Json[]).find((p) => p.Name === 'backend')! };
};

describe('Redis', () => {
  it('DescribeRegins answers the sites with 北京8’s empty RegionId, as the example', async () => {
    const r = await client.get('/redis', 'DescribeRegins');
    expect(r.status).toBe(200);
    expect((r.body.Data as Json[]).find((s) => s.SiteName === '北京8')!.RegionId).toBe('');
    expect(await client.get('/redis', 'DescribeRegions')).toMatchObject({ status: 404, body: { Code: 'InvalidAction.NotFound' } });
  });

  it('sells memory-only specs; creates (Data {} and a TaskId), lists with Ram in MB, deletes', async () => {
    const config = (await client.get('/redis', 'DescribeAvailableDBConfig', { RegionId: 'CN_Beijing_A' })).body.Data;
    expect(config.ProductName).toBe('redis');
    const rw = config.Products[0].Architectures[0];
    expect(rw).toMatchObject({ ArchitectureName: '读写分离', SubProductName: 'Redis 读写分离版' });
    expect(rw.ComputeRoles[0].Standards.CpuRam[0]).toMatchObject({ CPU: 0, Name: '1G', PaasGoodsId: 5765, RAM: 1 });
    const { vdc, net } = await beijing();
    const r = await client.post('/redis', 'CreateDBInstance', {
      RegionId: 'CN_Beijing_A', VdcId: vdc.VdcId, BasePipeId: net.PrivateId, InstanceName: 'cache-1', PaasGoodsId: 5768, Password: 'Redis-Pass-1',
    });
    expect(r).toMatchObject({ status: 200, body: { Code: 'Success', Data: {} } });
    const { answer } = await waitForTask(client, r.body.TaskId);
    const id = answer.Data.ResourceId as string;
    const item = (await client.get('/redis', 'DescribeDBInstances', { InstanceUuid: id })).body.Data[0];
    expect(item).toMatchObject({ InstanceName: 'cache-1', Status: 'RUNNING', StatusStr: '运行中', Ram: 2048, Port: 9736, Version: '2.8.19', AppName: 'Beijing-Prod', MasterInfo: '' });
    expect(item.Cpu).toBeUndefined();
    // A Redis id is not a MySQL instance.
    expect(await client.post('/mysql', 'DeleteDBInstance', { InstanceUuid: id })).toMatchObject({ status: 404, body: { Code: 'ResourceNotFound' } });
    const del = await client.post('/redis', 'DeleteDBInstance', { InstanceUuid: id });
    expect(del.status).toBe(200);
    await waitForTask(client, del.body.TaskId);
    expect((await client.get('/redis', 'DescribeDBInstances', { InstanceUuid: id })).body.Data).toEqual([]);
  });

  it('refuses a MySQL spec, a missing password and an unknown instance', async () => {
    const { vdc, net } = await beijing();
    const base = { RegionId: 'CN_Beijing_A', VdcId: vdc.VdcId, BasePipeId: net.PrivateId, InstanceName: 'c', PaasGoodsId: 17011, Password: 'x' };
    expect(await client.post('/redis', 'CreateDBInstance', base)).toMatchObject({ status: 400, body: { Code: 'BadArgs' } });
    const { Password: _p, ...noPassword } = base;
    expect(await client.post('/redis', 'CreateDBInstance', noPassword)).toMatchObject({ status: 400, body: { Code: 'ArgMissing' } });
    expect(await client.post('/redis', 'DeleteDBInstance', { InstanceUuid: 'nope' })).toMatchObject({ status: 404, body: { Code: 'ResourceNotFound' } });
  });
});

describe('Memcached', () => {
  const list = async (body: Json = {}) => (await client.post('/memcached', 'MemcachedInstanceList', body)).body.Data;
  const detail = async (id: string) => (await client.post('/memcached', 'DescribeMemcachedInstance', { InstanceId: id })).body;

  it('lists the seeded instances with counts, filters by keyword and VDC', async () => {
    const all = await list();
    expect(all).toMatchObject({ Total: 2, RunningTotal: 2, CreatingTotal: 0 });
    expect(all.InstanceList[0]).toMatchObject({ Port: '11211', Version: 'Memcached1.6', ConfName: 'Memcached单机版', BillMethod: '0', Status: 'running' });
    expect((await list({ Keyword: 'PAGE' })).InstanceList.map((m: Json) => m.InstanceName)).toEqual(['page-cache']);
    const { vdc } = await beijing();
    expect((await list({ VdcId: vdc.VdcId })).Total).toBe(1);
  });

  it('creates with numeric TaskIds in Data, resizes, clears and deletes, each through its task', async () => {
    const { vdc, net } = await beijing();
    const r = await client.post('/memcached', 'CreateMemcachedInstance', { InstanceName: 'mc', ConfSize: '1G', VdcId: vdc.VdcId, PipeId: net.PrivateId, RegionId: 'CN_Beijing_A', Amount: 2 });
    expect(r.status).toBe(200);
    expect(r.body.Message).toBe('任务下发成功！');
    expect(r.body.Data.InstanceIds).toHaveLength(2);
    expect(r.body.Data.TaskIds.every((t: unknown) => typeof t === 'number')).toBe(true);
    expect((await list()).CreatingTotal).toBe(2);
    const id = r.body.Data.InstanceIds[0] as string;
    await waitForTask(client, String(r.body.Data.TaskIds[0]));
    const d = await detail(id);
    expect(d.Data).toMatchObject({ InstanceName: 'mc-001', Status: 'running', InstanceConf: '1G', SiteId: 'CN_Beijing_A', AppName: 'Beijing-Prod', Coon: 10000, GoodsId: '17128' });
    expect(d.Data.RunningTime).toMatch(/^0个月0天0小时0分\d+秒$/);

    const up = await client.post('/memcached', 'UpdateMemcachedInstance', { InstanceId: id, ConfSize: '4G' });
    expect(typeof up.body.Data.TaskId).toBe('number');
    expect((await detail(id)).Data.Status).toBe('updating');
    expect(await client.post('/memcached', 'ClearMemcachedInstance', { InstanceId: id })).toMatchObject({ status: 409, body: { Code: 'ResourceInUse' } });
    await waitForTask(client, String(up.body.Data.TaskId));
    expect((await detail(id)).Data).toMatchObject({ Status: 'running', InstanceConf: '4G' });

    const account = sim.world.account(TEST_KEY.accessKeyId)!;
    account.paas.memcached.get(id)!.items = 1234;
    const clear = await client.post('/memcached', 'ClearMemcachedInstance', { InstanceId: id });
    await waitForTask(client, String(clear.body.Data.TaskId));
    expect(account.paas.memcached.get(id)!.items).toBe(0);

    const del = await client.post('/memcached', 'DeleteMemcachedInstance', { InstanceId: id });
    expect(del.body.Message).toBe('删除实例任务下发成功！');
    await waitForTask(client, String(del.body.Data.TaskId));
    expect(await client.post('/memcached', 'DescribeMemcachedInstance', { InstanceId: id })).toMatchObject({ status: 404, body: { Code: 'ResourceNotFound' } });
  });

  it('answers 20001 for bad parameters, BadArgs for the same size', async () => {
    const bad = await client.post('/memcached', 'CreateMemcachedInstance', { ConfSize: '11G', VdcId: 'v', PipeId: 'p', RegionId: 'CN_Beijing_A' });
    expect(bad).toMatchObject({ status: 400, body: { Code: '20001' } });
    expect(bad.body.Message).toContain('ConfSize must be one of');
    const page = (await list({ Keyword: 'page-cache' })).InstanceList[0];
    expect(await client.post('/memcached', 'UpdateMemcachedInstance', { InstanceId: page.InstanceId, ConfSize: page.InstanceConf })).toMatchObject({ status: 400, body: { Code: 'BadArgs' } });
  });
});

describe('DescribeDBInstancePerformance', () => {
  const ask = async (body: Json) => client.post('/paas/monitor', 'DescribeDBInstancePerformance', body);
  const beijingTime = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');

  it('answers as the example, with the period the span calls for and two series for network', async () => {
    const db = ((await client.get('/mysql', 'DescribeDBInstances')).body.Data as Json[]).find((d) => d.InstanceName === 'order-db')!;
    const now = Date.now();
    const body = { InstanceUuid: db.InstanceUuid, MetricKey: 'mysql_slow_queries', StartTime: beijingTime(now - 3600_000), EndTime: beijingTime(now) };
    const r = await ask(body);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ Code: 'Success', Message: 'success', TaskId: '' });
    expect(r.body.Data).toMatchObject({ InstanceUuid: db.InstanceUuid, MetricKey: 'mysql_slow_queries', Period: 30, ProductType: 'mysql-replication', StartTime: body.StartTime });
    expect(r.body.Data.DataPoints[0]).toMatchObject({ MetricName: 'slow_queries', MetricType: 'counter', MonitorType: 'engine', Unit: '次' });
    expect(r.body.Data.DataPoints[0].Values.length).toBeGreaterThanOrEqual(118);
    expect(r.body.Data.DataPoints[0].Values[0].DateTime).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:(00|30)$/);
    const week = await ask({ ...body, MetricKey: 'mysql_network_trffice', StartTime: beijingTime(now - 7 * 86400_000) });
    expect(week.body.Data.Period).toBe(300);
    expect(week.body.Data.DataPoints.map((d: Json) => [d.MetricName, d.Unit])).toEqual([['network_in', 'MB/s'], ['network_out', 'MB/s']]);
    expect(await ask({ ...body, InstanceUuid: 'nope' })).toMatchObject({ status: 404, body: { Code: 'ResourceNotFound' } });
    expect(await ask({ ...body, MetricKey: 'cpu' })).toMatchObject({ status: 400, body: { Code: 'InvalidParameter' } });
  });
});
