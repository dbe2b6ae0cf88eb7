import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openPglite } from './db';
import { lockFolder, STALE_MS } from './folder-lock';
import { pgliteTemplate } from './testing';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'console-lock-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

it('refuses a second open of one PGlite folder until the first is closed', async () => {
  const data = path.join(dir, 'data');
  const first = await openPglite(data, { loadDataDir: await pgliteTemplate() });
  await expect(openPglite(data)).rejects.toThrow(/is already open in this process .*set DATABASE_URL/s);
  await first.close();
  const second = await openPglite(data);
  await second.close();
}, 30_000);

it('takes over a lock left by a process that is gone, or whose heartbeat stopped', async () => {
  const file = path.join(dir, 'x.lock');
  // A pid that cannot be running (above any pid_max).
  await writeFile(file, JSON.stringify({ pid: 2 ** 30, host: hostname(), token: 'dead' }));
  const a = await lockFolder(file, 'x');
  expect(JSON.parse(await readFile(file, 'utf8')).pid).toBe(process.pid);
  await a.release();

  await writeFile(file, JSON.stringify({ pid: 1, host: 'another-host', token: 'far' }));
  await expect(lockFolder(file, 'x')).rejects.toThrow(/process 1 on another-host/);
  const old = new Date(Date.now() - STALE_MS - 1000);
  await utimes(file, old, old);
  const b = await lockFolder(file, 'x');
  await b.release();

  await writeFile(file, '{"pid": 12'); // half-written by a process that died
  await utimes(file, old, old);
  const c = await lockFolder(file, 'x');
  await c.release();
  await expect(readFile(file)).rejects.toThrow(/ENOENT/);
});
