import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openPglite } from './db';
import { createPgliteFolder } from './pglite-init';

const dirs: string[] = [];
const tempDir = async () => {
  const d = await mkdtemp(path.join(tmpdir(), 'pglite-init-'));
  dirs.push(d);
  return d;
};
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

it('creates a new database folder in a child process, once', async () => {
  const where = path.join(await tempDir(), 'pg');
  expect(await createPgliteFolder(where)).toBe(true);
  expect(existsSync(path.join(where, 'PG_VERSION'))).toBe(true);
  expect(await createPgliteFolder(where)).toBe(false);
}, 120_000);

it('says what went wrong when the folder cannot be created', async () => {
  const file = path.join(await tempDir(), 'not-a-folder');
  await writeFile(file, 'x');
  await expect(createPgliteFolder(path.join(file, 'pg'))).rejects.toThrow(/initdb in a child process failed/);
}, 120_000);

it('a first start does not keep initdb memory in this process (860-900 MB before, one-off in a child now)', async () => {
  const dir = await tempDir();
  const before = process.memoryUsage().rss;
  const db = await openPglite(dir);
  try {
    expect((await db.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    // Opening an existing folder adds ~250-300 MB (PGlite's heap); initdb in-process added ~750.
    expect(process.memoryUsage().rss - before).toBeLessThan(450e6);
  } finally {
    await db.close();
  }
}, 120_000);
