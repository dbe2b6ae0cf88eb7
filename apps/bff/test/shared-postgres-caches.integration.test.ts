import { randomBytes } from 'node:crypto';
import { startSimulator } from '@console/cloud-sim';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBff, type RunningBff } from '../src/index';
import { openStorage, type Storage } from '../src/storage';
import { LISTENER_NAME } from '../src/storage/pg-listen';
import { POSTGRES_UNAVAILABLE_HELP, TEST_DATABASE_URL } from '../src/storage/testing';
import { asPerson, newPerson } from './console-client';
import { bffConfig, signIn, SIM_KEY } from './fake-upstream';

const skip = POSTGRES_UNAVAILABLE_HELP !== '' && process.env.CONSOLE_TEST_SKIP_POSTGRES === '1';

/**
 * Two BFFs on one PostgreSQL, each with its own caches: a change made through one takes effect
 * on the other's very next request (NOTIFY from the tables' triggers), and while the other's
 * listener is down its caches step aside instead of answering from stale memory.
 */
describe.skipIf(skip)('caches across two BFF instances on one PostgreSQL', () => {
  const schema = `console_test_${Date.now().toString(36)}_caches_${randomBytes(3).toString('hex')}`;
  const masterKey = randomBytes(32);
  let sim: Awaited<ReturnType<typeof startSimulator>>;
  const stores: Storage[] = [];
  let a: RunningBff;
  let b: RunningBff;
  let adminB: ReturnType<typeof asPerson>;
  let adminCookie: string;

  const withAdmin = async <T>(fn: (c: pg.Client) => Promise<T>) => {
    const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };

  beforeAll(async () => {
    if (POSTGRES_UNAVAILABLE_HELP) throw new Error(POSTGRES_UNAVAILABLE_HELP);
    await withAdmin((c) => c.query(`CREATE SCHEMA ${schema}`));
    sim = await startSimulator({ port: 0, accessKeyId: SIM_KEY.id, secret: SIM_KEY.secret, taskMs: 100, logLevel: 'silent' });
    const bffs: RunningBff[] = [];
    for (let i = 0; i < 2; i++) {
      const storage = await openStorage({ databaseUrl: TEST_DATABASE_URL, dataDir: ':memory:', masterKey, postgres: { schema } });
      stores.push(storage);
      bffs.push(await startBff(bffConfig(sim.url), { storage }));
    }
    [a, b] = bffs as [RunningBff, RunningBff];
    adminCookie = await signIn(a.url);
    adminB = asPerson(b.url, adminCookie);
  }, 60_000);

  afterAll(async () => {
    for (const bff of [a, b]) await bff?.close();
    for (const s of stores) await s.close();
    await sim?.close();
    if (!POSTGRES_UNAVAILABLE_HELP) await withAdmin((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
  });

  /**
   * Another BFF hears a change through PostgreSQL NOTIFY, asynchronously: a request sent the same
   * millisecond may still be answered from its cache. What holds is "at once" in human terms:
   * within the 30 s cache life by far, asked here within 2 s.
   */
  const soon = <T>(value: () => Promise<T>, expected: T) => expect.poll(value, { timeout: 2_000, interval: 50 }).toBe(expected);
  const read = (call: ReturnType<typeof asPerson>, account?: string) =>
    call('POST', `/api/actions/cds/ccs/DescribeInstances${account ? `?account=${account}` : ''}`, { PageSize: 10 });
  /** The same person's session, used on BFF A (its cache warmed by a few requests). */
  const onA = async (cookie: string) => {
    const call = asPerson(a.url, cookie);
    for (let i = 0; i < 3; i++) expect((await call('GET', '/api/session')).status).toBe(200);
    return call;
  };

  it('sign-out on B ends the session on A', async () => {
    const p = await newPerson(b.url, adminCookie, 'pg-leaver', 'viewer');
    const callA = await onA(p.cookie);
    expect((await p.call('DELETE', '/api/session')).status).toBe(204);
    await soon(async () => (await callA('GET', '/api/session')).status, 401);
  });

  it('disabling on B ends the session on A; a role change on B applies on A', async () => {
    const gone = await newPerson(b.url, adminCookie, 'pg-disabled', 'operator');
    const goneA = await onA(gone.cookie);
    const demoted = await newPerson(b.url, adminCookie, 'pg-demoted', 'operator');
    const demotedA = await onA(demoted.cookie);
    expect((await adminB('PATCH', `/api/users/${gone.id}`, { disabled: true })).status).toBe(200);
    await soon(async () => (await goneA('GET', '/api/session')).status, 401);
    expect((await adminB('PATCH', `/api/users/${demoted.id}`, { role: 'viewer' })).status).toBe(200);
    await soon(async () => (await demotedA('GET', '/api/session')).body.user.role, 'viewer');
    expect((await demotedA('POST', '/api/actions/cds/ccs/StopInstance', { InstanceId: 'x' })).status).toBe(403);
  });

  it('a cloud account deleted on B is gone on A', async () => {
    const created = await adminB('POST', '/api/accounts', {
      provider: 'cds', name: 'pg-second', accessKeyId: SIM_KEY.id, secret: SIM_KEY.secret, endpointArea: 'custom', endpointUrl: sim.url,
    });
    expect(created.status).toBe(201);
    const id = created.body.account.id as string;
    const adminA = asPerson(a.url, adminCookie);
    expect((await read(adminA, id)).status).toBe(200);
    expect((await read(adminA, id)).status).toBe(200);
    expect((await adminB('DELETE', `/api/accounts/${id}`)).status).toBe(204);
    await soon(async () => (await read(adminA, id)).body.code, 'CloudAccountNotFound');
  });

  it('while a listener is down its BFF reads the database; it comes back and caches again', async () => {
    const p = await newPerson(b.url, adminCookie, 'pg-listener', 'viewer');
    const callA = await onA(p.cookie);
    // Cut every console listener (other test files' too: they step aside and reconnect as well).
    await withAdmin((c) => c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [LISTENER_NAME]));
    for (let i = 0; i < 50 && stores.some((s) => s.changes.live); i++) await new Promise((r) => setTimeout(r, 20));
    expect(stores.map((s) => s.changes.live)).toEqual([false, false]);
    // Sign-out done in the database by B's route; A hears nothing but must not trust its cache.
    expect((await p.call('DELETE', '/api/session')).status).toBe(204);
    await soon(async () => (await callA('GET', '/api/session')).status, 401);
    for (let i = 0; i < 200 && !stores.every((s) => s.changes.live); i++) await new Promise((r) => setTimeout(r, 25));
    expect(stores.map((s) => s.changes.live)).toEqual([true, true]);
  }, 20_000);
});
