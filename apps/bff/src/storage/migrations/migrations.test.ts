import { expect, it } from 'vitest';
import { describeStorage } from '../testing';
import { type Migration, migrate, migrations } from './index';

const latest = migrations.at(-1)!.version;

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
    expect(await tables(db)).toEqual(['audit_log', 'cloud_accounts', 'login_throttle', 'schema_migrations', 'sessions', 'settings', 'users']);
    expect(await migrate(db)).toEqual({ applied: [], version: first.version });
    const { rows } = await db.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations');
    expect(rows).toEqual(migrations.map(({ version, name }) => ({ version, name })));
  }, 30_000);

  it('applies a later migration on top, and rolls back a failing one completely', async () => {
    const db = ctx.db;
    const next = latest + 1;
    const extra: Migration = { version: next, name: 'add_note', sql: 'ALTER TABLE users ADD COLUMN note text; CREATE TABLE notes (id int);' };
    const broken: Migration = { version: next + 1, name: 'broken', sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();' };
    await expect(migrate(db, [...migrations, extra, broken])).rejects.toThrow(/no_such_function/);
    // One transaction: neither of the two left anything behind.
    expect(await tables(db)).not.toContain('notes');
    expect(await tables(db)).not.toContain('half_done');
    expect(await migrate(db, [...migrations, extra])).toEqual({ applied: [next], version: next });
    expect(await tables(db)).toContain('notes');
    // Undo for the other tests in this file, which share this database.
    await db.exec(`DROP TABLE notes; ALTER TABLE users DROP COLUMN note; DELETE FROM schema_migrations WHERE version = ${next};`);
  });

  it('refuses a database newer than this code, and an applied migration that was edited', async () => {
    const db = await (await ctx.fresh()).open();
    await migrate(db);
    await db.query(`INSERT INTO schema_migrations (version, name, checksum) VALUES (99, 'from_the_future', 'x')`);
    await expect(migrate(db)).rejects.toThrow(`schema is at version 99 (from_the_future), newer than this BFF knows (up to ${latest})`);
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
    expect(applied.filter((x) => x.length > 0)).toEqual([migrations.map((m) => m.version)]);
    expect(results.every((r) => r.version === latest)).toBe(true);
  });
});
