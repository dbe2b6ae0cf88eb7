import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { expectError, runTask, vdcNetwork, type Item } from './db-helpers';

/** Redis (5 actions) and Memcached (6) through the BFF: each success and a documented error. */

let h: Harness;
// A BFF with its database and a simulator: slow to start on a busy machine.
beforeAll(async () => {
  h = await startHarness({ taskMs: 400 });
}, 60_000);
beforeEach(() => h.sim.reset());
afterAll(async () => h?.close());

describe('Redis through the BFF', () => {
  const redis = (action: string, body: Item = {}) => h.action('redis', action, body);

  it('DescribeRegins leaves out the site without a RegionId; DescribeAvailableDBConfig sells memory sizes', async () => {
    const regions = (await redis('DescribeRegins')).body.data as Item[];
    expect(regions).toHaveLength(17);
    expect(regions.every((r) => r.regionId)).toBe(true);
    const config = (await redis('DescribeAvailableDBConfig', { RegionId: 'CN_Beijing_A' })).body.data;
    expect(config.productName).toBe('redis');
    expect(config.products.map((p: Item) => p.version)).toEqual(['2.8.19', '4.0', '5.0']);
    expect(config.products[0].architectures[0].computeRoles[0].specs[1]).toMatchObject({ paasGoodsId: '5768', name: '2G', ramGb: 2, cpu: 0 });
  });

  it('CreateDBInstance → DescribeDBInstances → DeleteDBInstance', async () => {
    const { vdc, network } = await vdcNetwork(h, 'Beijing-Prod', 'backend');
    const created = await runTask(h, 'redis', 'CreateDBInstance', {
      RegionId: 'CN_Beijing_A', VdcId: vdc.id, BasePipeId: network.id, InstanceName: 'it-redis', PaasGoodsId: 5768, Password: 'Redis-Pass-1',
    });
    expect(created.data.taskId).toMatch(/^\d+$/);
    const item = ((await redis('DescribeDBInstances', { InstanceName: 'it-redis' })).body.data as Item[])[0]!;
    expect(item).toMatchObject({ name: 'it-redis', status: 'RUNNING', ramMb: 2048, port: 9736, vdcName: 'Beijing-Prod', version: '2.8.19' });
    await runTask(h, 'redis', 'DeleteDBInstance', { InstanceUuid: item.id });
    expect((await redis('DescribeDBInstances', { InstanceUuid: item.id })).body.data).toEqual([]);
  });

  it('errors: a MySQL spec (BadArgs), an unknown instance (ResourceNotFound), no password (refused by the BFF)', async () => {
    const { vdc, network } = await vdcNetwork(h, 'Beijing-Prod', 'backend');
    const base = { RegionId: 'CN_Beijing_A', VdcId: vdc.id, BasePipeId: network.id, InstanceName: 'r', PaasGoodsId: 17081, Password: 'Redis-Pass-1' };
    await expectError(h, 'redis', 'CreateDBInstance', base, 400, 'BadArgs');
    await expectError(h, 'redis', 'CreateDBInstance', { ...base, Password: '' }, 400, 'ValidationError');
    await expectError(h, 'redis', 'DeleteDBInstance', { InstanceUuid: 'nope' }, 404, 'ResourceNotFound');
  });
});

describe('Memcached through the BFF', () => {
  const mc = (action: string, body: Item = {}) => h.action('memcached', action, body);
  const detail = async (id: string) => (await mc('DescribeMemcachedInstance', { InstanceId: id })).body.data;

  it('create (TaskIds in Data) → list → detail → resize → clear → delete', async () => {
    const { vdc, network } = await vdcNetwork(h, 'Beijing-Prod', 'backend');
    const created = await runTask(h, 'memcached', 'CreateMemcachedInstance', {
      InstanceName: 'it-mc', ConfSize: '1G', VdcId: vdc.id, PipeId: network.id, RegionId: 'CN_Beijing_A',
    });
    const [id] = created.data.instanceIds as string[];
    expect(created.taskIds).toEqual(created.data.taskIds);
    const listed = (await mc('MemcachedInstanceList', { Keyword: 'it-mc' })).body.data;
    expect(listed).toMatchObject({ total: 1, counts: { running: 1 } });
    expect(listed.items[0]).toMatchObject({ id, name: 'it-mc', conf: '1G', port: 11211, status: 'running', vdcName: 'Beijing-Prod' });
    expect(await detail(id!)).toMatchObject({ regionId: 'CN_Beijing_A', maxConnections: 10000, goodsId: '17128' });

    await runTask(h, 'memcached', 'UpdateMemcachedInstance', { InstanceId: id, ConfSize: '2G' });
    expect((await detail(id!)).conf).toBe('2G');
    await runTask(h, 'memcached', 'ClearMemcachedInstance', { InstanceId: id });
    expect((await detail(id!)).status).toBe('running');
    await runTask(h, 'memcached', 'DeleteMemcachedInstance', { InstanceId: id });
    await expectError(h, 'memcached', 'DescribeMemcachedInstance', { InstanceId: id }, 404, 'ResourceNotFound');
  });

  it('errors: the same size (BadArgs), an unknown network (ResourceNotFound), 11G (refused by the BFF)', async () => {
    const page = (await mc('MemcachedInstanceList', { Keyword: 'page-cache' })).body.data.items[0];
    await expectError(h, 'memcached', 'UpdateMemcachedInstance', { InstanceId: page.id, ConfSize: page.conf }, 400, 'BadArgs');
    const { vdc } = await vdcNetwork(h, 'Beijing-Prod', 'backend');
    await expectError(h, 'memcached', 'CreateMemcachedInstance', { ConfSize: '1G', VdcId: vdc.id, PipeId: 'nope', RegionId: 'CN_Beijing_A' }, 404, 'ResourceNotFound');
    await expectError(h, 'memcached', 'UpdateMemcachedInstance', { InstanceId: page.id, ConfSize: '11G' }, 400, 'ValidationError');
  });
});
