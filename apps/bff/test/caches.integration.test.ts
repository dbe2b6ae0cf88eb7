import { startSimulator } from '@console/cloud-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openConsoleStorage, startBff, type RunningBff, type Storage } from '../src/index';
import { asPerson, newPerson } from './console-client';
import { bffConfig, signIn, SIM_KEY } from './fake-upstream';

/**
 * The session and cloud account caches are in place (counted at the database), and every
 * change that must end a session or stop an account still takes effect on the very next request.
 */
let sim: Awaited<ReturnType<typeof startSimulator>>;
let storage: Storage;
let bff: RunningBff;
let admin: ReturnType<typeof asPerson>;
let adminCookie: string;
let queries: string[] = [];

beforeAll(async () => {
  sim = await startSimulator({ port: 0, accessKeyId: SIM_KEY.id, secret: SIM_KEY.secret, taskMs: 100, logLevel: 'silent' });
  const config = bffConfig(sim.url);
  storage = await openConsoleStorage(config);
  // Every repository calls db.query through this object: count what reaches the database.
  const query = storage.db.query.bind(storage.db);
  storage.db.query = ((sql: string, params?: readonly unknown[]) => {
    queries.push(sql);
    return query(sql, params);
  }) as typeof storage.db.query;
  bff = await startBff(config, { storage });
  adminCookie = await signIn(bff.url);
  admin = asPerson(bff.url, adminCookie);
}, 60_000);
afterAll(async () => {
  await bff?.close();
  await storage?.close();
  await sim?.close();
});

const read = (call: ReturnType<typeof asPerson>, account?: string) =>
  call('POST', `/api/actions/cds/ccs/DescribeInstances${account ? `?account=${account}` : ''}`, { PageSize: 10 });
const sessionQueries = () => queries.filter((q) => /FROM sessions s JOIN users/.test(q)).length;
const accountQueries = () => queries.filter((q) => /FROM cloud_accounts/.test(q)).length;

describe('per-request reads are cached', () => {
  it('reads the session and the account once for many requests', async () => {
    await read(admin);
    queries = [];
    for (let i = 0; i < 20; i++) expect((await read(admin)).status).toBe(200);
    expect(sessionQueries()).toBe(0);
    expect(accountQueries()).toBe(0);
  });
});

describe('changes take effect at once with the caches in place', () => {
  it('signing out ends the session for the next request', async () => {
    const p = await newPerson(bff.url, adminCookie, 'leaver', 'viewer');
    for (let i = 0; i < 3; i++) expect((await read(p.call)).status).toBe(200);
    expect((await p.call('DELETE', '/api/session')).status).toBe(204);
    expect((await read(p.call)).status).toBe(401);
  });

  it('disabling a person ends their session for the next request', async () => {
    const p = await newPerson(bff.url, adminCookie, 'disabled1', 'viewer');
    expect((await read(p.call)).status).toBe(200);
    expect((await admin('PATCH', `/api/users/${p.id}`, { disabled: true })).status).toBe(200);
    const after = await read(p.call);
    expect(after.status).toBe(401);
    expect(after.body.code).toBe('NotSignedIn');
  });

  it('a new password (set by an admin) ends the sessions', async () => {
    const p = await newPerson(bff.url, adminCookie, 'repassword', 'viewer');
    expect((await p.call('GET', '/api/session')).status).toBe(200);
    expect((await admin('PATCH', `/api/users/${p.id}`, { password: 'Another-Pass-4-Tests!' })).status).toBe(200);
    expect((await p.call('GET', '/api/session')).status).toBe(401);
  });

  it('a role change applies to the next request', async () => {
    const p = await newPerson(bff.url, adminCookie, 'demoted', 'operator');
    expect((await p.call('GET', '/api/session')).body.user.role).toBe('operator');
    expect((await admin('PATCH', `/api/users/${p.id}`, { role: 'viewer' })).status).toBe(200);
    expect((await p.call('GET', '/api/session')).body.user.role).toBe('viewer');
    const write = await p.call('POST', '/api/actions/cds/ccs/StopInstance', { InstanceId: 'any' });
    expect(write.status).toBe(403);
  });

  it('a changed or deleted cloud account applies to the next call', async () => {
    const created = await admin('POST', '/api/accounts', {
      provider: 'cds', name: 'second', accessKeyId: SIM_KEY.id, secret: SIM_KEY.secret, endpointArea: 'custom', endpointUrl: sim.url,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.account.id as string;
    expect((await read(admin, id)).status).toBe(200);
    expect((await read(admin, id)).status).toBe(200);
    expect((await admin('PATCH', `/api/accounts/${id}`, { secret: 'not-the-secret-anymore' })).status).toBe(200);
    const wrongKey = await read(admin, id);
    expect(wrongKey.status).toBeGreaterThanOrEqual(400);
    expect(wrongKey.body.upstream).toBeDefined();
    expect((await admin('DELETE', `/api/accounts/${id}`)).status).toBe(204);
    const gone = await read(admin, id);
    expect(gone.status).toBe(404);
    expect(gone.body.code).toBe('CloudAccountNotFound');
  });

  it('the idle timeout still holds on a cached session', async () => {
    const short = await openConsoleStorage(bffConfig(sim.url, { session: { idleMs: 300, absoluteMs: 3_600_000 } }));
    const quick = await startBff(bffConfig(sim.url, { session: { idleMs: 300, absoluteMs: 3_600_000 } }), { storage: short });
    try {
      const call = asPerson(quick.url, await signIn(quick.url));
      expect((await call('GET', '/api/session')).status).toBe(200);
      await new Promise((r) => setTimeout(r, 450));
      expect((await call('GET', '/api/session')).status).toBe(401);
    } finally {
      await quick.close();
      await short.close();
    }
  }, 60_000);
});
