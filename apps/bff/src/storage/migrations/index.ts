import { createHash } from 'node:crypto';
import type { Db } from '../db';
import { sql as initial } from './001_initial';
import { sql as changeNotify } from './002_change_notify';
import { sql as cloudAccountRegion } from './003_cloud_account_region';
import { sql as auditRequests } from './004_audit_requests';
import { sql as settings } from './005_settings';
import { sql as auditGoneIndex } from './006_audit_gone_index';

/**
 * Versioned migrations, one list for PGlite and PostgreSQL. The SQL lives in TypeScript string
 * constants so it ships with the code (no .sql files to locate at run time).
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'change_notify', sql: changeNotify },
  { version: 3, name: 'cloud_account_region', sql: cloudAccountRegion },
  { version: 4, name: 'audit_requests', sql: auditRequests },
  { version: 5, name: 'settings', sql: settings },
  { version: 6, name: 'audit_gone_index', sql: auditGoneIndex },
];

export interface MigrateResult {
  /** Versions applied by this call, in order. */
  applied: number[];
  /** The schema version after this call. */
  version: number;
}

function checksum(sql: string): string {
  return createHash('sha256').update(sql).digest('hex');
}

/**
 * Applies pending migrations in one transaction. A transaction-scoped advisory lock keyed by the
 * current schema makes a second BFF process starting at the same moment wait, then find nothing
 * left to do. (PGlite has one connection, so the lock costs nothing there.)
 */
export async function migrate(db: Db, list: readonly Migration[] = migrations): Promise<MigrateResult> {
  const sorted = [...list].sort((a, b) => a.version - b.version);
  return db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('cloud-console:migrate:' || current_schema()))`);
    await tx.exec(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        version     integer PRIMARY KEY,
        name        text NOT NULL,
        checksum    text NOT NULL,
        applied_at  timestamptz NOT NULL DEFAULT now()
      )`);
    const { rows } = await tx.query<{ version: number; name: string; checksum: string }>(
      'SELECT version, name, checksum FROM schema_migrations ORDER BY version',
    );
    const known = new Map(sorted.map((m) => [m.version, m]));
    for (const row of rows) {
      const m = known.get(row.version);
      if (!m) {
        const newest = sorted.at(-1)?.version ?? 0;
        throw new Error(
          `The database schema is at version ${row.version} (${row.name}), newer than this BFF knows (up to ${newest}). ` +
            'Run the newer BFF, or restore a backup made before it upgraded the schema.',
        );
      }
      if (m.sql && checksum(m.sql) !== row.checksum) {
        throw new Error(
          `Migration ${m.version} (${m.name}) was changed after it was applied to this database. ` +
            'Released migrations must not be edited; add a new migration instead.',
        );
      }
    }
    const done = new Set(rows.map((r) => r.version));
    const applied: number[] = [];
    for (const m of sorted) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
        m.version,
        m.name,
        checksum(m.sql),
      ]);
      applied.push(m.version);
    }
    const version = Math.max(0, ...rows.map((r) => r.version), ...applied);
    return { applied, version };
  });
}
