import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMasterKey, parseMasterKey } from './master-key';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'console-key-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('master key', () => {
  it('reads CONSOLE_MASTER_KEY as hex or base64 (standard or URL-safe)', async () => {
    const key = randomBytes(32);
    for (const text of [key.toString('hex'), key.toString('base64'), key.toString('base64url'), ` ${key.toString('base64')}\n`]) {
      const loaded = await loadMasterKey({ env: { CONSOLE_MASTER_KEY: text }, keyFile: path.join(dir, 'unused') });
      expect(loaded.source).toBe('env');
      expect(loaded.key.equals(key)).toBe(true);
    }
  });

  it.each([
    ['too short', randomBytes(16).toString('base64'), /decodes to 16 bytes; it must be exactly 32 bytes/],
    ['too long', randomBytes(33).toString('hex'), /decodes to \d+ bytes; it must be exactly 32 bytes/],
    ['not an encoding', 'this is not a key!', /neither hex nor base64/],
  ])('refuses a CONSOLE_MASTER_KEY that is %s, saying how to make one', async (_what, text, message) => {
    const p = loadMasterKey({ env: { CONSOLE_MASTER_KEY: text }, keyFile: path.join(dir, 'unused') });
    await expect(p).rejects.toThrow(message);
    await expect(p).rejects.toThrow(/CONSOLE_MASTER_KEY.*openssl rand -base64 32/s);
  });

  it('creates the key file with mode 0600 on first start and reads the same key after', async () => {
    const keyFile = path.join(dir, 'nested', 'master.key');
    const first = await loadMasterKey({ env: {}, keyFile });
    expect(first.source).toBe('created');
    expect(first.key).toHaveLength(32);
    if (process.platform !== 'win32') expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    const second = await loadMasterKey({ env: {}, keyFile });
    expect(second.source).toBe('file');
    expect(second.key.equals(first.key)).toBe(true);
    expect(second.warnings).toEqual([]);
    expect(parseMasterKey(await readFile(keyFile, 'utf8'), 'file').equals(first.key)).toBe(true);
  });

  it('two processes starting at once end up with one key', async () => {
    const keyFile = path.join(dir, 'race', 'master.key');
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => loadMasterKey({ env: {}, keyFile })));
    expect(a!.key.equals(b!.key) && b!.key.equals(c!.key)).toBe(true);
  });

  it('prefers CONSOLE_MASTER_KEY over an existing key file', async () => {
    const keyFile = path.join(dir, 'both.key');
    await loadMasterKey({ env: {}, keyFile });
    const envKey = randomBytes(32);
    const loaded = await loadMasterKey({ env: { CONSOLE_MASTER_KEY: envKey.toString('hex') }, keyFile });
    expect(loaded.key.equals(envKey)).toBe(true);
  });

  it('names a damaged key file, and warns about one readable by others', async () => {
    const bad = path.join(dir, 'bad.key');
    await writeFile(bad, 'abc\n', { mode: 0o600 });
    await expect(loadMasterKey({ env: {}, keyFile: bad })).rejects.toThrow(/master key file .*bad\.key decodes to 2 bytes/);
    if (process.platform !== 'win32') {
      const open = path.join(dir, 'open.key');
      await writeFile(open, randomBytes(32).toString('base64'));
      await chmod(open, 0o644);
      const loaded = await loadMasterKey({ env: {}, keyFile: open });
      expect(loaded.warnings.join()).toMatch(/mode 644.*chmod 600/);
    }
  });
});
