import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './fake-upstream';
import { countingFetch } from './counting-fetch';
import { startHarness, type Harness } from './harness';

let h: Harness;
let viewer: string;
const upstream = countingFetch();
beforeAll(async () => {
  h = await startHarness({ fetchImpl: upstream.fetch });
  const made = await h.call('/api/users', { username: 'bodyviewer', role: 'viewer', password: 'Viewer-Pass-4-Tests!' });
  expect(made.status).toBe(201);
  viewer = await signIn(h.bffUrl, { username: 'bodyviewer', password: 'Viewer-Pass-4-Tests!' });
}, 60_000);
afterAll(async () => h?.close());

const post = async (path: string, body: string, cookie = h.cookie) => {
  const res = await fetch(h.bffUrl + path, { method: 'POST', headers: { 'X-CSRF': '1', 'Content-Type': 'application/json', Cookie: cookie }, body });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
};

/** The rows the database holds (not the test's in-memory copy): what an auditor will read. */
const storedRows = async (user: string, action: string) => {
  const r = await h.call(`/api/audit?user=${user}&action=${action}&pageSize=200`);
  expect(r.status).toBe(200);
  return r.body.items as { outcome: string; code?: string; params: unknown }[];
};

describe('every refused write is audited, whatever its body', () => {
  it('a NUL character is refused with a 400 naming the field, and the attempt is stored', async () => {
    const before = (await storedRows('bodyviewer', 'DeleteInstance')).length;
    const r = await post('/api/actions/cds/ccs/DeleteInstance', JSON.stringify({ InstanceId: 'ins-\u0000x' }), viewer);
    expect(r.status).toBe(400);
    expect(r.body.message).toContain('InstanceId');
    expect(r.body.issues[0].path).toBe('InstanceId');
    const rows = await storedRows('bodyviewer', 'DeleteInstance');
    expect(rows.length).toBe(before + 1);
    expect(JSON.stringify(rows[0]!.params)).toContain('\\\\u0000');
  });

  it('arrays nested 20,000 deep are refused as too deep, and the attempt is stored', async () => {
    const before = (await storedRows('bodyviewer', 'DeleteInstance')).length;
    const deep = '{"InstanceId":' + '['.repeat(20_000) + ']'.repeat(20_000) + '}';
    const r = await post('/api/actions/cds/ccs/DeleteInstance', deep, viewer);
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('InvalidBody');
    expect(r.body.message).toMatch(/nested/);
    expect((await storedRows('bodyviewer', 'DeleteInstance')).length).toBe(before + 1);
  });

  it('an overlong string is refused with its field named; nothing is sent', async () => {
    const sentBefore = upstream.calls;
    const r = await post('/api/actions/cds/ccs/DeleteInstance', JSON.stringify({ InstanceIds: ['x'.repeat(20_000)] }));
    expect(r.status).toBe(400);
    expect(r.body.issues[0].path).toBe('InstanceIds.0');
    expect(upstream.calls).toBe(sentBefore);
    const rows = await storedRows('admin', 'DeleteInstance');
    expect(rows[0]!.code).toBe('InvalidBody');
  });

  it('a sign-in with a NUL in the username is a 400 naming the field, and is audited', async () => {
    const res = await fetch(`${h.bffUrl}/api/session`, {
      method: 'POST',
      headers: { 'X-CSRF': '1', 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'adm\u0000in', password: 'whatever' }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { issues: { path: string }[] };
    expect(body.issues[0]!.path).toBe('username');
    const logins = await h.call('/api/audit?action=Login&outcome=validation_error');
    expect(logins.body.items[0]).toMatchObject({ user: '', code: 'InvalidBody', params: { username: 'adm\\u0000in', password: '[redacted]' } });
  });
});
