import { afterAll, beforeAll, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(async () => h?.close());

it('a failed catalog read (POST, but no write) leaves no audit record; a refused write still does', async () => {
  const read = await h.action('ccs', 'DescribeTask', { TaskId: 'no-such-task' });
  expect(read.status).toBe(400);
  expect(read.body.upstream.code).toEqual(expect.any(String));
  const invalidRead = await h.action('ccs', 'DescribeInstances', { PageSize: 'lots' });
  expect(invalidRead.status).toBe(400);
  for (const r of [read, invalidRead]) expect(h.audit.entries.filter((e) => e.requestId === r.body.requestId)).toEqual([]);

  const write = await h.action('ccs', 'StopInstance', { InstanceId: 'no-such-instance' });
  expect(write.status).toBeGreaterThanOrEqual(400);
  expect(h.audit.entries.filter((e) => e.requestId === write.body.requestId).length).toBeGreaterThan(0);
});

it('names an instance listed only through the inventory (the list page) when a write touches it by id', async () => {
  const page = await h.call('/api/inventory/cds/instances?status=running&size=5');
  expect(page.status).toBe(200);
  const target = (page.body.items as Array<{ id: string; name: string }>)[0]!;
  const stop = await h.action('ccs', 'StopInstance', { InstanceId: target.id });
  expect(stop.status).toBe(200);
  const records = h.audit.entries.filter((e) => e.requestId === stop.body.requestId);
  expect(records.map((e) => e.resource)).toEqual([
    { type: 'cds-instance', ids: [target.id], name: target.name },
    { type: 'cds-instance', ids: [target.id], name: target.name },
  ]);
});
