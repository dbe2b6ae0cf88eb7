import { catalog } from '@console/api-types';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBff } from '../src/index';
import { ADMIN, bffConfig, signIn, SIM_KEY } from './fake-upstream';
import { startHarness, type Harness } from './harness';

let h: Harness;
const seen: string[] = [];
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

/** A raw call that keeps every answer body, so the test can prove no secret ever appears. */
async function raw(method: string, url: string, opts: { cookie?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const res = await fetch(h.bffUrl + url, {
    method,
    headers: { 'X-CSRF': '1', 'Content-Type': 'application/json', ...(opts.cookie ? { Cookie: opts.cookie } : {}), ...opts.headers },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  seen.push(text);
  return { status: res.status, body: text ? JSON.parse(text) : undefined, setCookie: res.headers.get('set-cookie') };
}

async function createPerson(username: string, role: string, password = 'Person-Pass-4-Tests!') {
  const r = await raw('POST', '/api/users', { cookie: h.cookie, body: { username, role, password } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return { username, password, id: r.body.user.id as string };
}

describe('people, roles and sessions', () => {
  it('answers 401 for everything but sign-in without a session', async () => {
    for (const [m, u] of [['GET', '/api/session'], ['GET', '/api/accounts'], ['POST', '/api/actions/cds/ccs/DescribeInstances'], ['GET', '/api/audit']] as const) {
      const r = await raw(m, u, { body: m === 'POST' ? {} : undefined });
      expect(r.status, u).toBe(401);
      expect(r.body.code).toBe('NotSignedIn');
    }
  });

  it('refuses every write and destructive action of the catalog for a viewer, sending nothing', async () => {
    const viewer = await createPerson('viewer1', 'viewer');
    const cookie = await signIn(h.bffUrl, viewer);
    const writes = catalog.filter((a) => a.kind !== 'read');
    expect(writes.length).toBeGreaterThan(40);
    for (const def of writes) {
      const r = await raw('POST', `/api/actions/${def.provider}/${def.product}/${def.action}`, { cookie, body: {} });
      expect(r.status, def.action).toBe(403);
      expect(r.body.code).toBe('Forbidden');
    }
    const reads = await raw('POST', '/api/actions/cds/ccs/DescribeInstances', { cookie, body: { PageSize: 1 } });
    expect(reads.status).toBe(200);
    const forbidden = h.audit.entries.filter((e) => e.user === 'viewer1' && e.outcome === 'forbidden');
    expect(forbidden).toHaveLength(writes.length);
    expect(h.audit.entries.filter((e) => e.user === 'viewer1' && e.outcome === 'pending')).toEqual([]);
  });

  it('refuses a cross-site style POST without the X-CSRF header, even with a valid session', async () => {
    const r = await raw('POST', '/api/actions/cds/ccs/DeleteInstance', { cookie: h.cookie, body: { InstanceIds: ['x'] }, headers: { 'X-CSRF': '' } });
    expect(r.status).toBe(403);
    expect(r.body.code).toBe('CsrfHeaderMissing');
    const form = await fetch(h.bffUrl + '/api/session', { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: 'username=admin&password=x' });
    expect(form.status).toBe(403);
  });

  it('gives a new session id at every sign-in and ends the one the browser brought', async () => {
    const first = await signIn(h.bffUrl);
    const r = await raw('POST', '/api/session', { cookie: first, body: ADMIN });
    const second = r.setCookie!.split(';')[0]!;
    expect(second).not.toBe(first);
    expect(r.setCookie).toMatch(/HttpOnly/i);
    expect(r.setCookie).toMatch(/SameSite=Strict/i);
    expect((await raw('GET', '/api/session', { cookie: first })).status).toBe(401);
    expect((await raw('GET', '/api/session', { cookie: second })).status).toBe(200);
  });

  it('locks a person out after repeated failures and says until when, even for the right password', async () => {
    const p = await createPerson('locky', 'operator');
    let last;
    for (let i = 0; i < 5; i++) last = await raw('POST', '/api/session', { body: { username: 'locky', password: 'wrong-password-123' } });
    expect(last!.status).toBe(429);
    expect(last!.body.code).toBe('AccountLocked');
    expect(new Date(last!.body.lockedUntil).getTime()).toBeGreaterThan(Date.now());
    const right = await raw('POST', '/api/session', { body: { username: 'locky', password: p.password } });
    expect(right.status).toBe(429);
    const denied = h.audit.entries.filter((e) => e.user === 'locky' && e.action === 'Login' && e.outcome === 'denied');
    expect(denied.length).toBeGreaterThanOrEqual(6);
  });

  it('ends every session of a person who is disabled or whose password changes', async () => {
    const p = await createPerson('leaver', 'operator');
    const c1 = await signIn(h.bffUrl, p);
    const c2 = await signIn(h.bffUrl, p);
    await raw('PATCH', `/api/users/${p.id}`, { cookie: h.cookie, body: { password: 'Another-Pass-4-Tests!' } });
    expect((await raw('GET', '/api/session', { cookie: c1 })).status).toBe(401);
    expect((await raw('GET', '/api/session', { cookie: c2 })).status).toBe(401);
    const c3 = await signIn(h.bffUrl, { username: 'leaver', password: 'Another-Pass-4-Tests!' });
    await raw('PATCH', `/api/users/${p.id}`, { cookie: h.cookie, body: { disabled: true } });
    expect((await raw('GET', '/api/session', { cookie: c3 })).status).toBe(401);
    const again = await raw('POST', '/api/session', { body: { username: 'leaver', password: 'Another-Pass-4-Tests!' } });
    expect(again.status).toBe(403);
    expect(again.body.code).toBe('AccountDisabled');
  });

  it('keeps the last admin an admin', async () => {
    const me = await raw('GET', '/api/session', { cookie: h.cookie });
    const r = await raw('PATCH', `/api/users/${me.body.user.id}`, { cookie: h.cookie, body: { role: 'viewer' } });
    expect(r.status).toBe(409);
    expect(r.body.code).toBe('LastAdmin');
  });

  it('lets only admins manage people and cloud accounts', async () => {
    const op = await createPerson('op1', 'operator');
    const cookie = await signIn(h.bffUrl, op);
    expect((await raw('GET', '/api/users', { cookie })).status).toBe(403);
    expect((await raw('POST', '/api/accounts', { cookie, body: {} })).status).toBe(403);
    expect((await raw('GET', '/api/accounts', { cookie })).status).toBe(200);
    expect((await raw('GET', '/api/audit.csv', { cookie })).status).toBe(403);
  });

  it('stores cloud account secrets sealed: hints only, a working test connection, calls with the chosen account', async () => {
    const created = await raw('POST', '/api/accounts', {
      cookie: h.cookie,
      body: { provider: 'cds', name: 'Sim copy', accessKeyId: SIM_KEY.id, secret: SIM_KEY.secret, endpointArea: 'custom', endpointUrl: h.sim.url },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.account.secretHint).toBe('****' + SIM_KEY.secret.slice(-4));
    const id = created.body.account.id;
    expect((await raw('POST', `/api/accounts/${id}/test`, { cookie: h.cookie })).body.ok).toBe(true);
    const call = await raw('POST', `/api/actions/cds/network/DescribeVdc?account=${id}`, { cookie: h.cookie, body: {} });
    expect(call.status).toBe(200);

    const bad = await raw('POST', '/api/accounts', {
      cookie: h.cookie,
      body: { provider: 'cds', name: 'Wrong key', accessKeyId: SIM_KEY.id, secret: 'not-the-secret', endpointArea: 'custom', endpointUrl: h.sim.url },
    });
    const test = await raw('POST', `/api/accounts/${bad.body.account.id}/test`, { cookie: h.cookie });
    expect(test.body).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
    const unknown = await raw('POST', '/api/actions/cds/network/DescribeVdc?account=00000000-0000-0000-0000-000000000000', { cookie: h.cookie, body: {} });
    expect(unknown.status).toBe(404);

    const audit = await raw('GET', '/api/audit?action=CreateCloudAccount', { cookie: h.cookie });
    expect(audit.body.items.length).toBeGreaterThanOrEqual(2);
    const csv = await fetch(h.bffUrl + '/api/audit.csv', { headers: { 'X-CSRF': '1', Cookie: h.cookie } });
    const text = await csv.text();
    seen.push(text);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(text).toMatch(/CreateCloudAccount/);
  });

  it('never answered with a cloud secret or a password (every body of this file)', () => {
    const all = seen.join('\n');
    for (const secret of [SIM_KEY.secret, 'not-the-secret', ADMIN.password, 'Person-Pass-4-Tests!', 'Another-Pass-4-Tests!']) {
      expect(all).not.toContain(secret);
    }
    expect(JSON.stringify(h.audit.entries)).not.toContain(SIM_KEY.secret);
  });
});

describe('sessions outlive the process', () => {
  it('survives a BFF restart on the same embedded database folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bff-restart-'));
    try {
      const config = bffConfig('http://127.0.0.1:1', { dataDir: dir });
      const first = await startBff(config);
      const cookie = await signIn(first.url);
      await first.close();
      const second = await startBff(config);
      const r = await fetch(second.url + '/api/session', { headers: { 'X-CSRF': '1', Cookie: cookie } });
      await second.close();
      expect(r.status).toBe(200);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    // Two embedded-database opens on disk, the first with initdb: seconds on a quiet 2-core
    // machine, over 30 s with two vitest workers at load 10 (docs/testing.md). A time limit only.
  }, 120_000);
});
