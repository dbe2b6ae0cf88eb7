import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { type Db, describeUrl, MEMORY, openPglite, openPostgres } from './db';
import { migrate } from './migrations';
import { pgliteTemplate } from './pglite-template';

export { pgliteTemplate };

/**
 * Test support (not a test file): runs one suite against every backend the console supports,
 * PGlite in memory, PGlite in a folder, and a real PostgreSQL server.
 *
 * PostgreSQL: DATABASE_URL when set, else postgres://postgres@127.0.0.1:5432/test. Each test file
 * gets a schema of its own (console_test_<time>_<random>), dropped when the file ends, so runs
 * and parallel files never see each other's rows. When no server answers, the PostgreSQL suite
 * fails with the reason and what to do, unless CONSOLE_TEST_SKIP_POSTGRES=1 says to skip it.
 */
export type BackendKind = 'pglite-memory' | 'pglite-folder' | 'postgres';

export interface Place {
  /** Connects to this database. PGlite allows one open at a time (close before reopening). */
  open(): Promise<Db>;
  /** Data survives close + open (false for PGlite in memory). */
  persistent: boolean;
  /** Several open Db at once see each other's writes (PostgreSQL only). */
  shared: boolean;
}

export interface StorageTestContext {
  kind: BackendKind;
  /** Migrated once per file and emptied before each test. */
  db: Db;
  /** A new, empty, unmigrated database of the same kind (for migration and restart tests). */
  fresh(): Promise<Place>;
  /** For PostgreSQL: another pool on the same schema as `db` (another BFF instance). */
  connectAgain?: () => Promise<Db>;
}

export const TEST_DATABASE_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
const URL_SOURCE = process.env.DATABASE_URL ? 'DATABASE_URL' : 'the default test URL (DATABASE_URL is not set)';
const SKIP_POSTGRES = process.env.CONSOLE_TEST_SKIP_POSTGRES === '1';
const SCHEMA_PREFIX = 'console_test_';
const STALE_MS = 6 * 3_600_000;

type Probe = { ok: true } | { ok: false; reason: string };

async function probePostgres(): Promise<Probe> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  try {
    await client.connect();
    const { rows } = await client.query<{ ok: boolean }>(
      `SELECT has_database_privilege(current_database(), 'CREATE') AS ok`,
    );
    if (!rows[0]?.ok) {
      return { ok: false, reason: `the user in ${URL_SOURCE} may not create schemas in ${describeUrl(TEST_DATABASE_URL)}` };
    }
    await dropStaleSchemas(client);
    return { ok: true };
  } catch (err) {
    return { ok: false, reason: `no PostgreSQL answered at ${describeUrl(TEST_DATABASE_URL)}, from ${URL_SOURCE}: ${(err as Error).message}` };
  } finally {
    await client.end().catch(() => {});
  }
}

/** Schemas left by a run that was killed before its afterAll; the name carries its start time. */
async function dropStaleSchemas(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT nspname AS name FROM pg_namespace WHERE nspname LIKE '${SCHEMA_PREFIX}%'`,
  );
  for (const { name } of rows) {
    const started = parseInt(name.slice(SCHEMA_PREFIX.length).split('_')[0] ?? '', 36);
    if (Number.isFinite(started) && Date.now() - started > STALE_MS) {
      await client.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`).catch(() => {});
    }
  }
}

// Once per test file (each file runs in its own module scope).
const postgres: Probe = await probePostgres();

export const POSTGRES_UNAVAILABLE_HELP = postgres.ok
  ? ''
  : `PostgreSQL storage tests cannot run: ${postgres.reason}.\n` +
    '  Provide a server: start PostgreSQL locally (trust auth for postgres@127.0.0.1:5432 with a database "test"), ' +
    'or set DATABASE_URL=postgres://USER[:PASSWORD]@HOST:PORT/DB to one where that user may create schemas ' +
    '(each test file creates and drops its own schema there).\n' +
    '  To run without PostgreSQL on purpose, set CONSOLE_TEST_SKIP_POSTGRES=1.';

const TABLES = 'users, sessions, login_throttle, cloud_accounts, audit_log, settings';

async function withAdmin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function newSchemaName(): string {
  return `${SCHEMA_PREFIX}${Date.now().toString(36)}_${process.pid}_${randomBytes(4).toString('hex')}`;
}

interface Backend {
  kind: BackendKind;
  fresh(): Promise<Place>;
  cleanup(): Promise<void>;
}

function pgliteMemory(): Backend {
  return {
    kind: 'pglite-memory',
    async fresh() {
      let opened = false;
      return {
        persistent: false,
        shared: false,
        open() {
          if (opened) throw new Error('an in-memory PGlite cannot be opened twice');
          opened = true;
          return pgliteTemplate().then((loadDataDir) => openPglite(MEMORY, { loadDataDir }));
        },
      };
    },
    async cleanup() {},
  };
}

function pgliteFolder(): Backend {
  const dirs: string[] = [];
  return {
    kind: 'pglite-folder',
    async fresh() {
      const dir = await mkdtemp(path.join(tmpdir(), 'console-pglite-'));
      dirs.push(dir);
      const loadDataDir = await pgliteTemplate();
      let created = false;
      // The first open unpacks the template into the folder; later opens are restarts.
      return {
        persistent: true,
        shared: false,
        open: () => {
          const first = !created;
          created = true;
          return openPglite(dir, first ? { loadDataDir } : {});
        },
      };
    },
    async cleanup() {
      await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}

function postgresBackend(): Backend {
  const schemas: string[] = [];
  return {
    kind: 'postgres',
    async fresh() {
      const schema = newSchemaName();
      await withAdmin((c) => c.query(`CREATE SCHEMA ${schema}`));
      schemas.push(schema);
      return { persistent: true, shared: true, open: () => openPostgres(TEST_DATABASE_URL, { schema, max: 4 }) };
    },
    async cleanup() {
      if (schemas.length === 0) return;
      await withAdmin(async (c) => {
        for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
      });
    },
  };
}

/**
 * Declares `body` once per backend. Inside, read `ctx.db` etc. in hooks and tests only (they are
 * set in beforeAll). Every Db opened through the context is closed when the suite ends.
 */
export function describeStorage(title: string, body: (ctx: StorageTestContext) => void): void {
  const declare = (backend: () => Backend) => {
    const ctx = {} as StorageTestContext;
    const opened: Db[] = [];
    let b: Backend;
    const track = async (p: Promise<Db>) => {
      const db = await p;
      opened.push(db);
      return db;
    };
    beforeAll(async () => {
      b = backend();
      ctx.kind = b.kind;
      const place = await b.fresh();
      ctx.db = await track(place.open());
      await migrate(ctx.db);
      ctx.fresh = async () => {
        const p = await b.fresh();
        return { ...p, open: () => track(p.open()) };
      };
      if (place.shared) ctx.connectAgain = () => track(place.open());
    }, 60_000);
    beforeEach(async () => {
      await ctx.db.exec(`TRUNCATE ${TABLES} RESTART IDENTITY CASCADE`);
    });
    afterAll(async () => {
      await Promise.all(opened.map((db) => db.close().catch(() => {})));
      await b?.cleanup();
    }, 60_000);
    body(ctx);
  };

  describe(`${title} [pglite in memory]`, () => declare(pgliteMemory));
  describe(`${title} [pglite in a folder]`, () => declare(pgliteFolder));
  if (postgres.ok) {
    describe(`${title} [postgres]`, () => declare(postgresBackend));
  } else if (SKIP_POSTGRES) {
    console.warn(`[${title}] PostgreSQL suite skipped (CONSOLE_TEST_SKIP_POSTGRES=1): ${postgres.reason}`);
    describe.skip(`${title} [postgres] skipped: ${postgres.reason}`, () => {
      it('needs PostgreSQL', () => {});
    });
  } else {
    describe(`${title} [postgres]`, () => {
      it('needs a reachable PostgreSQL server', () => {
        throw new Error(POSTGRES_UNAVAILABLE_HELP);
      });
    });
  }
}
