import { expect, it } from 'vitest';
import { describeStorage } from '../testing';
import { type Migration, migrate, migrations } from './index';

const tables = async (db: import('../db').Db) =>
  (
    await db.query<{ t: string }>(
      `SELECT table_name AS t FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1`,
    )
  ).rows.map((r) => r.t);

describeStorage('migrations', (ctx) => {
  it('applies every migration to an empty database once, then nothing', async () => {
    const db = await (await ctx.fresh()).open();
    const first = await migrate(db);
    expect(first).toEqual({ applied: migrations.map((m) => m.version), version: migrations.at(-1)!.version });
    expect(await tables(db)).toEqual(['audit_log', 'cloud_accounts', 'login_throttle', 'schema_migrations', 'sessions', 'users']);
    expect(await migrate(db)).toEqual({ applied: [], version: first.version });
    const { rows } = await db.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations');
    expect(rows).toEqual([{ version: 1, name: 'initial' }]);
  }, 30_000);

  it('applies a later migration on top, and rolls back a failing one completely', async () => {
    const db = ctx.db;
    const extra: Migration = { version: 2, name: 'add_note', sql: 'ALTER TABLE users ADD COLUMN note text; CREATE TABLE notes (id int);' };
    const broken: Migration = { version: 3, name: 'broken', sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();' };
    await expect(migrate(db, [...migrations, extra, broken])).rejects.toThrow(/no_such_function/);
    // One transaction: neither 2 nor 3 left anything behind.
    expect(await tables(db)).not.toContain('notes');
    expect(await tables(db)).not.toContain('half_done');
    expect(await migrate(db, [...migrations, extra])).toEqual({ applied: [2], version: 2 });
    expect(await tables(db)).toContain('notes');
    // Undo for the other tests in this file, which share this database.
    await db.exec('DROP TABLE notes; ALTER TABLE users DROP COLUMN note; DELETE FROM schema_migrations WHERE version = 2;');
  });

  it('refuses a database newer than this code, and an applied migration that was edited', async () => {
    const db = await (await ctx.fresh()).open();
    await migrate(db);
    await db.query(`INSERT INTO schema_migrations (version, name, checksum) VALUES (99, 'from_the_future', 'x')`);
    await expect(migrate(db)).rejects.toThrow(/schema is at version 99 \(from_the_future\), newer than this BFF knows \(up to 1\)/);
    await db.query('DELETE FROM schema_migrations WHERE version = 99');
    const edited = migrations.map((m) => (m.version === 1 ? { ...m, sql: m.sql + '\n-- edited' } : m));
    await expect(migrate(db, edited)).rejects.toThrow(/Migration 1 \(initial\) was changed after it was applied/);
  }, 30_000);

  it('two processes migrating one PostgreSQL at the same moment: one applies, the other waits and finds it done', async () => {
    if (!ctx.connectAgain) return; // PGlite: one process, one connection.
    const place = await ctx.fresh();
    const [a, b] = await Promise.all([place.open(), place.open()]);
    const results = await Promise.all([migrate(a), migrate(b), migrate(a), migrate(b)]);
    const applied = results.map((r) => r.applied);
    expect(applied.filter((x) => x.length > 0)).toEqual([[1]]);
    expect(results.every((r) => r.version === 1)).toBe(true);
  });
});
