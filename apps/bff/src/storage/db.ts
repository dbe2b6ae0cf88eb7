import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite, type Transaction as PgliteTx } from '@electric-sql/pglite';
import pg from 'pg';
import type { ListenHandlers, Listener } from './cache/change-feed';
import { type FolderLock, lockFolder } from './folder-lock';
import { listenPostgres } from './pg-listen';
import { createPgliteFolder } from './pglite-init';

/**
 * The one database interface the repositories see, with two implementations: embedded PGlite
 * (default, nothing to install) and a PostgreSQL server through a pg Pool (DATABASE_URL, for
 * several BFF instances sharing sessions).
 *
 * Portability notes for repository SQL (the two drivers differ here):
 * - bigint comes back as a number from PGlite and as a string from pg: cast counts to int and
 *   ids to text in SELECTs.
 * - bytea comes back as Uint8Array vs Buffer: store binary as text.
 * - jsonb parameters: pass JSON.stringify(value) and write `$n::jsonb`.
 */
export interface QueryResult<T> {
  rows: T[];
  /** Rows returned or changed by the statement. */
  rowCount: number;
}

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs fn in one transaction: committed when fn resolves, rolled back when it throws. Inside,
   * use only the `tx` handed to fn (on PGlite the outer Db waits for the transaction to end).
   * `tx.transaction` joins the transaction already open.
   */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * PostgreSQL only: hear NOTIFY on a channel from every connection to this database (other BFF
   * processes). PGlite has one process and no other writer, so it has none.
   */
  listen?(channel: string, handlers: ListenHandlers): Promise<Listener>;
}

export const MEMORY = ':memory:';

export interface PgliteOptions {
  /**
   * Start a new database from a PGlite dumpDataDir() tarball instead of running initdb
   * (a backup to restore; the tests use it to skip the 2-3 s initdb per instance).
   */
  loadDataDir?: Blob;
}

/** Embedded PostgreSQL persisted in `<dataDir>/pg`, or in memory when dataDir is ':memory:'. */
export async function openPglite(dataDir: string, options: PgliteOptions = {}): Promise<Db> {
  let lite: PGlite;
  let lock: FolderLock | undefined;
  const where = dataDir === MEMORY ? 'memory' : path.resolve(dataDir, 'pg');
  const load = options.loadDataDir ? { loadDataDir: options.loadDataDir } : {};
  if (dataDir !== MEMORY) {
    // 0700: the folder holds password hashes, sessions and (sealed) secrets.
    await mkdir(path.resolve(dataDir), { recursive: true, mode: 0o700 });
    lock = await lockFolder(`${where}.lock`, `The embedded database in ${where}`);
  }
  try {
    // A new folder is initialised in a child process, so this one never holds initdb's memory.
    // Should that fail, PGlite.create below runs initdb here (it reports any real problem).
    if (dataDir !== MEMORY && !options.loadDataDir) await createPgliteFolder(where).catch(() => false);
    lite = dataDir === MEMORY ? await PGlite.create(load) : await PGlite.create(where, load);
  } catch (err) {
    await lock?.release();
    throw new Error(`Cannot open the embedded database in ${where}: ${(err as Error).message}`, { cause: err });
  }
  return pgliteDb(lite, lock);
}

function pgliteDb(lite: PGlite, lock: FolderLock | undefined): Db {
  const db: Db = {
    kind: 'pglite',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const r = await lite.query<T>(sql, [...params]);
      return { rows: r.rows, rowCount: r.rowCount ?? r.affectedRows ?? r.rows.length };
    },
    async exec(sql) {
      await lite.exec(sql);
    },
    transaction(fn) {
      return lite.transaction((tx) => fn(pgliteTxDb(tx)));
    },
    async close() {
      if (!lite.closed) await lite.close();
      await lock?.release();
    },
  };
  return db;
}

function pgliteTxDb(tx: PgliteTx): Db {
  const db: Db = {
    kind: 'pglite',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const r = await tx.query<T>(sql, [...params]);
      return { rows: r.rows, rowCount: r.rowCount ?? r.affectedRows ?? r.rows.length };
    },
    async exec(sql) {
      await tx.exec(sql);
    },
    transaction: (fn) => fn(db),
    close: () => Promise.reject(new Error('close() inside a transaction')),
  };
  return db;
}

export interface PostgresOptions {
  /** Pool size per BFF process (default 10). */
  max?: number;
  /** Sets search_path on every connection; the tests use it to get a schema of their own. */
  schema?: string;
  /** Idle connections can fail (server restart); the next query fails on its own, so this is for logging. */
  onError?: (err: Error) => void;
  connectionTimeoutMillis?: number;
}

/** A PostgreSQL server through a pg Pool. Connects once at open so a bad URL stops the start. */
export async function openPostgres(databaseUrl: string, options: PostgresOptions = {}): Promise<Db> {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.schema)) {
    throw new Error(`Invalid schema name ${JSON.stringify(options.schema)}`);
  }
  const connection: pg.ClientConfig = {
    connectionString: databaseUrl,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 10_000,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  };
  const pool = new pg.Pool({ ...connection, max: options.max ?? 10 });
  pool.on('error', (err) => options.onError?.(err));
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end().catch(() => {});
    throw new Error(`Cannot connect to PostgreSQL at ${describeUrl(databaseUrl)}: ${(err as Error).message}`, { cause: err });
  }
  return {
    kind: 'postgres',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const r = await pool.query(sql, params as unknown[]);
      return { rows: r.rows as T[], rowCount: r.rowCount ?? r.rows.length };
    },
    async exec(sql) {
      await pool.query(sql);
    },
    async transaction(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(clientDb(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        // A client whose ROLLBACK failed is in an unknown state: destroy it rather than reuse it.
        await client.query('ROLLBACK').catch((e: Error) => (broken = e));
        throw err;
      } finally {
        client.release(broken);
      }
    },
    async close() {
      await pool.end();
    },
    listen: (channel, handlers) => listenPostgres(connection, channel, handlers),
  };
}

function clientDb(client: pg.PoolClient): Db {
  const db: Db = {
    kind: 'postgres',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const r = await client.query(sql, params as unknown[]);
      return { rows: r.rows as T[], rowCount: r.rowCount ?? r.rows.length };
    },
    async exec(sql) {
      await client.query(sql);
    },
    transaction: (fn) => fn(db),
    close: () => Promise.reject(new Error('close() inside a transaction')),
  };
  return db;
}

/** host:port/database without user or password, for messages and logs. */
export function describeUrl(databaseUrl: string): string {
  try {
    const u = new URL(databaseUrl);
    return `${u.hostname || 'localhost'}:${u.port || '5432'}${u.pathname || '/'}`;
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

export interface OpenDatabaseOptions {
  /** When set, use this PostgreSQL server; otherwise embedded PGlite in dataDir. */
  databaseUrl?: string | undefined;
  dataDir: string;
  postgres?: PostgresOptions;
  /** How a new embedded database starts (the tests load a template instead of running initdb). */
  pglite?: PgliteOptions;
}

export function openDatabase(options: OpenDatabaseOptions): Promise<Db> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options.postgres) : openPglite(options.dataDir, options.pglite);
}
