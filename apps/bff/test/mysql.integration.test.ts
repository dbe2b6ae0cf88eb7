import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { expectError, runTask, vdcNetwork, type Item } from './db-helpers';

/**
 * Every MySQL action through the BFF against the simulator: each success in the console's
 * normalized shape (followed through its task where it has one) and a documented error of each.
 */

let h: Harness;
// A BFF with its database and a simulator: slow to start on a busy machine.
beforeAll(async () => {
  h = await startHarness({ taskMs: 400 });
}, 60_000);
beforeEach(() => h.sim.reset());
afterAll(async () => h?.close());

const mysql = (action: string, body: Item = {}) => h.action('mysql', action, body);
const list = async (body: Item = {}): Promise<Item[]> => (await mysql('DescribeDBInstances', body)).body.data;
const byName = async (name: string) => (await list()).find((d) => d.name === name)!;
const beijingTime = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');

describe('MySQL through the BFF', () => {
  it('DescribeRegions and DescribeAvailableDBConfig: sites, then versions, architectures, specs with prices, disks', async () => {
    const regions = (await mysql('DescribeRegions')).body.data as Item[];
    expect(regions).toHaveLength(18);
    expect(regions.find((r) => r.regionId === 'CN_Beijing_A')).toMatchObject({ siteName: '北京1', onSale: true });
    const config = (await mysql('DescribeAvailableDBConfig', { RegionId: 'CN_Beijing_A' })).body.data;
    const ha = config.products[1].architectures[1];
    expect(ha).toMatchObject({ name: '主从', type: 1, subProductName: 'MySQL 高可用版' });
    expect(ha.computeRoles[0].specs[0]).toMatchObject({ paasGoodsId: '17080', name: '1C2G', cpu: 1, ramGb: 2, pricePerHour: expect.any(Number) });
    expect(ha.computeRoles[0].disks[0]).toMatchObject({ value: 'ssd_disk', min: 100, max: 2000, step: 100, pricePerGbHour: expect.any(Number) });
    await expectError(h, 'mysql', 'DescribeAvailableDBConfig', { RegionId: 'CN_Beijing_D' }, 400, 'BadArgs');
  });

  it('CreateDBInstance → DescribeDBInstances → ModifyDBInstanceSpec → DeleteDBInstance, each followed to its end', async () => {
    const { vdc, network } = await vdcNetwork(h, 'Beijing-Prod', 'db-net');
    const created = await runTask(h, 'mysql', 'CreateDBInstance', {
      RegionId: 'CN_Beijing_A', VdcId: vdc.id, BasePipeId: network.id, InstanceName: 'it-db', PaasGoodsId: '17081', DiskType: 'ssd_disk', DiskValue: 200,
    });
    const [id] = created.data.instanceIds as string[];
    const db = (await list({ InstanceUuid: id }))[0]!;
    expect(db).toMatchObject({ name: 'it-db', status: 'RUNNING', statusText: '运行中', port: 6033, cpu: 2, ramMb: 4096, diskGb: 200, vdcName: 'Beijing-Prod', subProductName: 'MySQL 高可用版', readOnlyInstances: [] });
    expect(db.masterId).toBeUndefined();

    const spec = (await mysql('DescribeModifiableDBSpec', { InstanceUuid: id })).body.data;
    expect(spec.disks.map((d: Item) => d.value)).toEqual(['ssd_disk']);
    await runTask(h, 'mysql', 'ModifyDBInstanceSpec', { InstanceUuid: id, PaasGoodsId: spec.specs[3].paasGoodsId, DiskType: 'ssd_disk', DiskValue: 400 });
    expect((await list({ InstanceUuid: id }))[0]).toMatchObject({ cpu: 8, ramMb: 16384, diskGb: 400, status: 'RUNNING' });

    await runTask(h, 'mysql', 'DeleteDBInstance', { InstanceUuid: id });
    expect(await list({ InstanceUuid: id })).toEqual([]);
  });

  it('documented errors arrive in the console’s shape', async () => {
    const { vdc, network } = await vdcNetwork(h, 'Beijing-Prod', 'db-net');
    const base = { RegionId: 'CN_Beijing_A', VdcId: vdc.id, BasePipeId: network.id, InstanceName: 'x', PaasGoodsId: 17081, DiskType: 'ssd_disk', DiskValue: 200 };
    await expectError(h, 'mysql', 'CreateDBInstance', { ...base, BasePipeId: 'not-a-network' }, 404, 'ResourceNotFound');
    await expectError(h, 'mysql', 'CreateDBInstance', { ...base, PaasGoodsId: 99999 }, 400, 'BadArgs');
    await expectError(h, 'mysql', 'CreateDBInstance', { ...base, Amount: 4 }, 400, 'ValidationError');
    const user = await byName('user-center');
    await expectError(h, 'mysql', 'ModifyDBInstanceSpec', { InstanceUuid: user.id, DiskType: 'high_disk', DiskValue: 200 }, 400, 'BadArgs');
    await expectError(h, 'mysql', 'DeleteDBInstance', { InstanceUuid: (await byName('order-db')).id }, 400, 'UnsupportedOperation');
    h.sim.world.account(h.sim.world.accounts.keys().next().value!)!.balance = 0;
    await expectError(h, 'mysql', 'CreateDBInstance', base, 400, 'NotEnoughBalance');
  });

  it('CreatePrivilegedAccount: once; the rules are checked before anything is sent', async () => {
    const test = await byName('test-mysql');
    const body = { InstanceUuid: test.id, AccountName: 'app_admin', Password: 'Str0ng!Pass', AccountType: 'Super' };
    const r = await mysql('CreatePrivilegedAccount', body);
    expect(r.status).toBe(200);
    expect(r.body.data).toMatchObject({ ok: true });
    await expectError(h, 'mysql', 'CreatePrivilegedAccount', { ...body, AccountName: 'second' }, 400, 'UnsupportedOperation');
    const weak = await expectError(h, 'mysql', 'CreatePrivilegedAccount', { ...body, Password: 'weakpass' }, 400, 'ValidationError');
    expect(JSON.stringify(weak)).toContain('at least three of');
  });

  it('read-only instances: offered from the primary up, created under it, listed with masterId', async () => {
    const master = await byName('order-db');
    const offer = (await mysql('DescribeAvailableReadOnlyConfig', { InstanceUuid: master.id })).body.data;
    expect(offer.disks[0]).toMatchObject({ value: 'ssd_disk', min: 500 });
    await runTask(h, 'mysql', 'CreateReadOnlyDBInstance', {
      InstanceUuid: master.id, InstanceName: 'order-db-ro9', PaasGoodsId: offer.specs[0].paasGoodsId, DiskType: 'ssd_disk', DiskValue: 500,
    });
    const after = await byName('order-db');
    expect(after.readOnlyInstances.map((r: Item) => r.name)).toEqual(['order-db-ro', 'order-db-ro9']);
    const ro = await byName('order-db-ro9');
    expect(ro.masterId).toBe(master.id);
    expect(after.readOnlyInstances[1].id).toBe(ro.id);
    await expectError(h, 'mysql', 'DescribeAvailableReadOnlyConfig', { InstanceUuid: (await byName('test-mysql')).id }, 400, 'UnsupportedOperation');
  });

  it('backups: create, list, download (the URL serves the file), delete', async () => {
    const db = await byName('order-db');
    await runTask(h, 'mysql', 'CreateBackup', { InstanceUuid: db.id, BackupType: 'physical-backup', Desc: 'it' });
    const backups: Item[] = (await mysql('DescribeBackups', { InstanceUuid: db.id })).body.data;
    expect(backups[0]).toMatchObject({ mode: 'manual', status: 'finished', description: 'it', type: 'physical-backup' });
    expect(backups[0]!.sizeBytes).toBeGreaterThan(0);
    const link = (await mysql('DownloadBackup', { InstanceUuid: db.id, BackupId: backups[0]!.id })).body.data;
    expect(link.downloadUrl.startsWith(h.sim.url)).toBe(true);
    const file = await fetch(link.downloadUrl);
    expect(file.status).toBe(200);
    expect((await file.arrayBuffer()).byteLength).toBe(backups[0]!.sizeBytes);
    await runTask(h, 'mysql', 'DeleteBackup', { InstanceUuid: db.id, BackupId: backups[0]!.id });
    expect(((await mysql('DescribeBackups', { InstanceUuid: db.id })).body.data as Item[]).map((b) => b.id)).not.toContain(backups[0]!.id);
    expect((await fetch(link.downloadUrl)).status).toBe(404);
    await expectError(h, 'mysql', 'DownloadBackup', { InstanceUuid: db.id, BackupId: backups[0]!.id }, 404, 'ResourceNotFound');
    await expectError(h, 'mysql', 'CreateBackup', { InstanceUuid: (await byName('test-mysql')).id, BackupType: 'physical-backup' }, 400, 'UnsupportedOperation');
  });

  it('DescribeDBInstancePerformance: each of the six metrics, with the period the span calls for and gaps kept as null', async () => {
    const db = await byName('order-db');
    const now = Date.now();
    const periods: Record<number, number> = { 3: 30, 24: 60, 168: 300, 720: 3600 };
    for (const [hours, period] of Object.entries(periods)) {
      const r = await mysql('DescribeDBInstancePerformance', { InstanceUuid: db.id, MetricKey: 'mysql_cpu_usage', StartTime: beijingTime(now - Number(hours) * 3600_000), EndTime: beijingTime(now) });
      expect(r.status).toBe(200);
      expect(r.body.data.period).toBe(period);
    }
    const metrics = ['mysql_cpu_usage', 'mysql_mem_usage', 'mysql_space_usage', 'mysql_network_trffice', 'mysql_sessions', 'mysql_slow_queries'];
    for (const MetricKey of metrics) {
      const r = await mysql('DescribeDBInstancePerformance', { InstanceUuid: db.id, MetricKey, StartTime: beijingTime(now - 3600_000), EndTime: beijingTime(now) });
      expect(r.status, MetricKey).toBe(200);
      expect(r.body.data.series.length).toBe(MetricKey === 'mysql_network_trffice' ? 2 : 1);
      expect(r.body.data.series[0].points.length).toBeGreaterThan(100);
    }
    await expectError(h, 'mysql', 'DescribeDBInstancePerformance', { InstanceUuid: 'nope', MetricKey: 'mysql_cpu_usage', StartTime: beijingTime(now - 3600_000), EndTime: beijingTime(now) }, 404, 'ResourceNotFound');
  });
});
