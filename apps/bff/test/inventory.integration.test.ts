import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asPerson, newPerson } from './console-client';
import { SIM_KEY } from './fake-upstream';
import { startHarness, waitForTask, type Harness } from './harness';

/**
 * The instance inventory through the real BFF against the simulator with 450 instances: one
 * page per request, searched, filtered and sorted over every instance, the same Instance the
 * action route answers, fresh after the caller's own writes, stale (and saying so) when the
 * cloud fails.
 */
const INSTANCES = 450;
let h: Harness;
let admin: ReturnType<typeof asPerson>;
beforeAll(async () => {
  h = await startHarness({ instances: INSTANCES, taskMs: 300 });
  admin = asPerson(h.bffUrl, h.cookie);
}, 60_000);
afterAll(async () => h?.close());

const list = (query = '', who = admin) => who('GET', `/api/inventory/cds/instances${query ? `?${query}` : ''}`);
const upstreamCalls = () => h.sim.world.account(SIM_KEY.id)!.nonces.accepted;

describe('GET /api/inventory/cds/instances', () => {
  it('answers one page of every instance, each as the action route answers it, from pages read in parallel', async () => {
    const before = upstreamCalls();
    const first = await list('size=20');
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ totalCount: INSTANCES, page: 1, pageSize: 20, pageCount: 23 });
    expect(first.body.items).toHaveLength(20);
    expect(Date.parse(first.body.refreshedAt)).toBeGreaterThan(Date.now() - 60_000);
    expect(first.body.stale).toBeUndefined();
    expect(upstreamCalls() - before).toBe(5); // 450 at 100 a page
    const direct = await h.action('ccs', 'DescribeInstances', { PageSize: 20 });
    expect(first.body.items).toEqual(direct.body.data.items);
    // Served from memory: more pages cost the cloud nothing.
    const again = upstreamCalls();
    const last = await list('size=20&page=23');
    expect(last.body.items).toHaveLength(INSTANCES - 22 * 20);
    expect(upstreamCalls()).toBe(again);
  });

  it('searches name, id and addresses; filters several statuses; sorts by a column', async () => {
    const all = (await list('size=100&page=3')).body.items as any[];
    const target = all.find((i) => i.privateIps.length && i.publicIps.length)!;
    for (const q of [target.name, target.id, target.privateIps[0], target.publicIps[0]]) {
      const found = await list(`q=${encodeURIComponent(q)}`);
      expect(found.body.items.map((i: any) => i.id)).toContain(target.id);
    }
    const stopped = await list('status=stop,error&size=100');
    const want = h.sim.world.account(SIM_KEY.id)!.instances().filter((i) => i.status === 'stop' || i.status === 'error');
    expect(stopped.body.totalCount).toBe(want.length);
    expect(stopped.body.items.every((i: any) => i.status === 'stop' || i.status === 'error')).toBe(true);
    const byName = (await list('sort=name&order=desc&size=50')).body.items.map((i: any) => i.name);
    expect(byName).toEqual([...byName].sort((a, b) => b.localeCompare(a, 'en', { numeric: true })));
    const vdc = target.vdcId;
    const inVdc = await list(`vdc=${vdc}&region=${target.regionId}&size=100`);
    expect(inVdc.body.items.every((i: any) => i.vdcId === vdc)).toBe(true);
  });

  it('shows a write of the caller at once, and the settled state once the task ends', async () => {
    const running = (await list('status=running&size=1')).body.items[0];
    const stop = await h.action('ccs', 'StopInstance', { InstanceId: running.id });
    expect(stop.status).toBe(200);
    const right = await list(`q=${running.id}`);
    expect(right.body.items[0].status).toBe('stopping');
    // Changing somewhere in the account: a list filtered to other statuses says so too (it polls fast).
    expect((await list('status=error')).body.changing).toBe(true);
    await waitForTask(h, stop.body.taskIds[0]);
    const after = await list(`q=${running.id}`);
    expect(after.body.items[0].status).toBe('stop');
    expect(after.body.changing).toBe(false);
  });

  it('applies the per-request checks: signed in, a known CDS account, valid parameters; a viewer may read', async () => {
    const viewer = await newPerson(h.bffUrl, h.cookie, 'inventory-viewer', 'viewer');
    expect((await list('size=5', viewer.call)).body.items).toHaveLength(5);
    const anonymous = await fetch(`${h.bffUrl}/api/inventory/cds/instances`, { headers: { 'X-CSRF': '1' } });
    expect(anonymous.status).toBe(401);
    const unknown = await list('account=00000000-0000-4000-8000-000000000000');
    const viaAction = await admin('POST', '/api/actions/cds/ccs/DescribeInstances?account=00000000-0000-4000-8000-000000000000', {});
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe(viaAction.body.code);
    const bad = await list('status=asleep&sort=secret&size=1000');
    expect(bad.status).toBe(400);
    expect(bad.body.issues.map((i: any) => i.path).sort()).toEqual(['size', 'sort', 'status.0']);
  });

  it('is not audited, as reads through the action route are not', async () => {
    const before = h.audit.entries.length;
    await list('q=web');
    expect(h.audit.entries.length).toBe(before);
  });

  it('keeps serving the last inventory, marked stale, when the cloud fails; with none yet, answers the failure', async () => {
    const created = await h.call('/api/accounts', {
      provider: 'cds', name: 'inventory second', accessKeyId: SIM_KEY.id, secret: SIM_KEY.secret, endpointArea: 'custom', endpointUrl: h.sim.url,
    });
    expect(created.status).toBe(201);
    const second = created.body.account.id as string;
    h.sim.faults.set({ seed: 1, rules: [{ product: 'ccs', action: 'DescribeInstances', error5xx: 1 }] });
    try {
      const fresh = await list(`account=${second}`);
      const viaAction = await admin('POST', `/api/actions/cds/ccs/DescribeInstances?account=${second}`, {});
      expect(fresh.status).toBeGreaterThanOrEqual(500);
      expect([fresh.status, fresh.body.code]).toEqual([viaAction.status, viaAction.body.code]);

      const someone = (await list('size=1')).body.items[0]; // the default account's inventory is warm
      const stop = await h.action('ccs', someone.status === 'running' ? 'StopInstance' : 'RebootInstance', { InstanceId: someone.id });
      expect(stop.status).toBe(200); // a write: the inventory is read again, and that fails
      const stale = await list('size=1');
      expect(stale.status).toBe(200);
      expect(stale.body.items[0].id).toBe(someone.id);
      expect(stale.body.stale).toMatchObject({ code: viaAction.body.code });
      expect(Date.parse(stale.body.stale.failedAt)).toBeGreaterThanOrEqual(Date.parse(stale.body.refreshedAt));
    } finally {
      h.sim.faults.set({ rules: [] });
    }
  });
});
