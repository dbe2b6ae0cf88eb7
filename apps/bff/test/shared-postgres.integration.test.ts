import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBff, type RunningBff } from '../src/index';
import { openStorage, type Storage } from '../src/storage';
import { POSTGRES_UNAVAILABLE_HELP, TEST_DATABASE_URL } from '../src/storage/testing';
import { bffConfig, signIn } from './fake-upstream';

const skip = POSTGRES_UNAVAILABLE_HELP !== '' && process.env.CONSOLE_TEST_SKIP_POSTGRES === '1';
if (skip) console.warn(`skipping: ${POSTGRES_UNAVAILABLE_HELP}`);

// Two BFF instances, each with its own connection pool, on one PostgreSQL schema: what runs
// behind a load balancer. A session made on one must work on the other.
describe.skipIf(skip)('two BFF instances on one PostgreSQL', () => {
  const schema = `console_test_${Date.now().toString(36)}_shared_${randomBytes(3).toString('hex')}`;
  const masterKey = randomBytes(32);
  const bffs: RunningBff[] = [];
  const stores: Storage[] = [];

  beforeAll(async () => {
    if (POSTGRES_UNAVAILABLE_HELP) throw new Error(POSTGRES_UNAVAILABLE_HELP);
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    for (let i = 0; i < 2; i++) {
      const storage = await openStorage({ databaseUrl: TEST_DATABASE_URL, dataDir: ':memory:', masterKey, postgres: { schema } });
      stores.push(storage);
      bffs.push(await startBff(bffConfig('http://127.0.0.1:1'), { storage }));
    }
  });

  afterAll(async () => {
    for (const b of bffs) await b.close();
    for (const s of stores) await s.close();
    if (POSTGRES_UNAVAILABLE_HELP) return;
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  const session = (bff: RunningBff, cookie: string) =>
    fetch(bff.url + '/api/session', { headers: { 'X-CSRF': '1', Cookie: cookie } }).then((r) => r.status);

  it('shares sessions: signed in on one, known on the other, signed out everywhere', async () => {
    const [a, b] = bffs as [RunningBff, RunningBff];
    const cookie = await signIn(a.url);
    expect(await session(b, cookie)).toBe(200);
    await fetch(b.url + '/api/session', { method: 'DELETE', headers: { 'X-CSRF': '1', Cookie: cookie } });
    expect(await session(a, cookie)).toBe(401);
  });
});
