import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeUrl, openDatabase } from './db';
import { migrate } from './migrations';
import { describeStorage } from './testing';

describeStorage('Db', (ctx) => {
  it('runs parameterised queries and reports row counts the same way on every backend', async () => {
    await ctx.db.exec('CREATE TEMP TABLE t (id int, j jsonb, at timestamptz, tags text[])');
    const at = new Date('2024-05-06T07:08:09.123Z');
    const ins = await ctx.db.query('INSERT INTO t VALUES ($1, $2::jsonb, $3, $4), (2, null, null, $5)', [
      1,
      JSON.stringify({ a: [1, 'x'] }),
      at,
      ['a', 'b,c'],
      [],
    ]);
    expect(ins.rowCount).toBe(2);
    const { rows } = await ctx.db.query<{ id: number; j: unknown; at: Date; tags: string[]; n: number }>(
      'SELECT id, j, at, tags, count(*) OVER ()::int AS n FROM t ORDER BY id',
    );
    expect(rows[0]).toEqual({ id: 1, j: { a: [1, 'x'] }, at, tags: ['a', 'b,c'], n: 2 });
    expect(rows[1]).toMatchObject({ id: 2, j: null, at: null, tags: [] });
    expect((await ctx.db.query('UPDATE t SET id = id + 10')).rowCount).toBe(2);
    await ctx.db.exec('DROP TABLE t');
  });

  it('commits a transaction and rolls one back when its function throws', async () => {
    await ctx.db.exec('CREATE TEMP TABLE tx (v int)');
    const got = await ctx.db.transaction(async (tx) => {
      await tx.query('INSERT INTO tx VALUES (1)');
      // A nested call joins the open transaction.
      await tx.transaction((inner) => inner.query('INSERT INTO tx VALUES (2)'));
      return 'done';
    });
    expect(got).toBe('done');
    await expect(
      ctx.db.transaction(async (tx) => {
        await tx.query('INSERT INTO tx VALUES (3)');
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await expect(ctx.db.transaction((tx) => tx.query('INSERT INTO tx VALUES (4), (NULL::text::int + $1)', ['x']))).rejects.toThrow();
    const { rows } = await ctx.db.query<{ v: number }>('SELECT v FROM tx ORDER BY v');
    expect(rows.map((r) => r.v)).toEqual([1, 2]);
    // The Db is still usable after a rollback.
    expect((await ctx.db.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await ctx.db.exec('DROP TABLE tx');
  });

  it('keeps data across a restart where the backend persists (close, open again)', async () => {
    const place = await ctx.fresh();
    if (!place.persistent) return;
    const first = await place.open();
    await migrate(first);
    await first.query(
      `INSERT INTO users (id, username, role, password_hash, password_changed_at, created_at, updated_at)
       VALUES ('00000000-0000-4000-8000-000000000001', 'survivor', 'admin', '$x', now(), now(), now())`,
    );
    await first.close();
    const second = await place.open();
    expect((await migrate(second)).applied).toEqual([]);
    const { rows } = await second.query<{ username: string }>('SELECT username FROM users');
    expect(rows).toEqual([{ username: 'survivor' }]);
    await second.close();
  });
});

describe('openDatabase', () => {
  it('uses PGlite in <dataDir>/pg when no DATABASE_URL is given, folder mode 0700', async () => {
    const dir = path.join(await mkdtemp(path.join(tmpdir(), 'console-open-')), 'data');
    try {
      const db = await openDatabase({ dataDir: dir });
      expect(db.kind).toBe('pglite');
      await db.close();
      expect((await stat(path.join(dir, 'pg'))).isDirectory()).toBe(true);
      if (process.platform !== 'win32') expect((await stat(dir)).mode & 0o777).toBe(0o700);
    } finally {
      await rm(path.dirname(dir), { recursive: true, force: true });
    }
  }, 30_000);

  it('fails clearly, without the password, when PostgreSQL cannot be reached', async () => {
    const url = 'postgres://someone:hunter2@127.0.0.1:1/nowhere';
    const p = openDatabase({ databaseUrl: url, dataDir: 'unused', postgres: { connectionTimeoutMillis: 2000 } });
    await expect(p).rejects.toThrow(/^Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/nowhere: /);
    await expect(p).rejects.not.toThrow(/hunter2/);
    expect(describeUrl(url)).toBe('127.0.0.1:1/nowhere');
  });
});
