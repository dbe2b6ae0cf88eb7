import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './fake-upstream';
import { startHarness, type Harness } from './harness';

let h: Harness;
let operator: string;
let viewer: string;
let account: string;
let running: string[];
let names: Map<string, string>;

const get = async (cookie: string, path: string) => {
  const res = await fetch(`${h.bffUrl}${path}`, { headers: { 'X-CSRF': '1', Cookie: cookie } });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
};
const stop = async (cookie: string, id: string) => {
  const res = await fetch(`${h.bffUrl}/api/actions/cds/ccs/StopInstance?account=${account}`, {
    method: 'POST',
    headers: { 'X-CSRF': '1', 'Content-Type': 'application/json', Cookie: cookie },
    body: JSON.stringify({ InstanceId: id }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { requestId: string; taskIds: string[] };
};

beforeAll(async () => {
  h = await startHarness();
  for (const [username, role] of [['taskop', 'operator'], ['taskviewer', 'viewer']] as const) {
    expect((await h.call('/api/users', { username, role, password: 'Task-Pass-4-Tests!' })).status).toBe(201);
  }
  operator = await signIn(h.bffUrl, { username: 'taskop', password: 'Task-Pass-4-Tests!' });
  viewer = await signIn(h.bffUrl, { username: 'taskviewer', password: 'Task-Pass-4-Tests!' });
  const accounts = (await get(h.cookie, '/api/accounts')).body as { items?: Array<{ id: string; provider: string }> } | Array<{ id: string; provider: string }>;
  account = (Array.isArray(accounts) ? accounts : accounts.items!).find((a) => a.provider === 'cds')!.id;
  const list = await h.action('ccs', 'DescribeInstances', { PageSize: 100 });
  const items = list.body.data.items as Array<{ id: string; name: string; status: string }>;
  running = items.filter((i) => i.status === 'running').map((i) => i.id);
  names = new Map(items.map((i) => [i.id, i.name]));
  expect(running.length).toBeGreaterThan(1);
}, 60_000);
afterAll(async () => h?.close());

describe('GET /api/audit/tasks (the task centre)', () => {
  it('lists writes on the account that started tasks: the admin sees everyone, others only their own, never an address', async () => {
    const mine = await stop(h.cookie, running[0]!);
    const theirs = await stop(operator, running[1]!);

    const all = await get(h.cookie, `/api/audit/tasks?account=${account}`);
    expect(all.status).toBe(200);
    const byId = (items: Array<{ requestId: string }>, id: string) => items.find((t) => t.requestId === id);
    expect(byId(all.body.items, mine.requestId)).toEqual({
      requestId: mine.requestId,
      provider: 'cds',
      product: 'ccs',
      action: 'StopInstance',
      resource: { type: 'cds-instance', ids: [running[0]], id: running[0], name: names.get(running[0]!) },
      user: 'admin',
      startedAt: expect.any(String),
      taskIds: mine.taskIds,
    });
    expect(byId(all.body.items, theirs.requestId)).toMatchObject({ user: 'taskop', taskIds: theirs.taskIds });
    expect(JSON.stringify(all.body)).not.toMatch(/"ip"|127\.0\.0\.1|::1/);

    const own = await get(operator, `/api/audit/tasks?account=${account}`);
    expect(own.body.items.map((t: { user: string }) => t.user)).toEqual(['taskop']);
    expect((await get(viewer, `/api/audit/tasks?account=${account}`)).body.items).toEqual([]);
    expect((await get(h.cookie, `/api/audit/tasks?account=someone-else`)).body.items).toEqual([]);
  });

  it('looks back 24 hours by default, from `since` when given, and never more than a week', async () => {
    const now = Date.now();
    const byDefault = await get(h.cookie, `/api/audit/tasks?account=${account}`);
    expect(Math.abs(Date.parse(byDefault.body.since) - (now - 86_400_000))).toBeLessThan(60_000);
    const future = await get(h.cookie, `/api/audit/tasks?account=${account}&since=${new Date(now + 3_600_000).toISOString()}`);
    expect(future.body.items).toEqual([]);
    const old = await get(h.cookie, `/api/audit/tasks?account=${account}&since=2000-01-01T00:00:00Z`);
    expect(old.status).toBe(200);
    expect(Math.abs(Date.parse(old.body.since) - (now - 7 * 86_400_000))).toBeLessThan(60_000);
  });

  it('refuses a bad query with 400 naming the field, never 500', async () => {
    for (const q of ['', 'account=', `account=${account}&since=yesterday`, `account=${account}&since=0000-01-01T00:00:00Z`, 'account=a&account=b', 'account=%00', `account=${'x'.repeat(200)}`]) {
      const r = await get(h.cookie, `/api/audit/tasks?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.body.code, q).toBe('ValidationError');
    }
  });
});

describe('GET /api/audit: one row per request, with its resource', () => {
  it('shows a write once with its outcome and the instance it touched, and filters by that resource', async () => {
    const done = await stop(h.cookie, running[2] ?? running[0]!);
    const id = running[2] ?? running[0]!;
    const rows = (await get(h.cookie, `/api/audit?resource=${id}&pageSize=200`)).body.items as Array<Record<string, unknown>>;
    const row = rows.filter((r) => r.requestId === done.requestId);
    expect(row).toHaveLength(1);
    expect(row[0]).toMatchObject({ action: 'StopInstance', outcome: 'success', taskIds: done.taskIds, resource: { type: 'cds-instance', ids: [id], name: names.get(id), gone: false } });
    // Found by its name too (any part, any case).
    const byName = (await get(h.cookie, `/api/audit?resource=${encodeURIComponent(names.get(id)!.toUpperCase())}&pageSize=200`)).body.items as Array<{ requestId: string }>;
    expect(byName.some((r) => r.requestId === done.requestId)).toBe(true);
    expect(row[0]!.finishedAt).toEqual(expect.any(String));
    const everything = (await get(h.cookie, '/api/audit?pageSize=200')).body.items as Array<{ requestId: string }>;
    expect(everything.filter((r) => r.requestId === done.requestId)).toHaveLength(1);
    expect((await get(h.cookie, '/api/audit?resource=%00')).status).toBe(400);
  });
});
