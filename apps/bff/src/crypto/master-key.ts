import { randomBytes } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const MASTER_KEY_BYTES = 32;

export class MasterKeyError extends Error {
  override name = 'MasterKeyError';
}

export interface LoadedMasterKey {
  key: Buffer;
  /** Where it came from, for one start-up log line (never log the key itself). */
  source: 'env' | 'file' | 'created';
  /** Things worth a warning, e.g. a key file readable by other users. */
  warnings: string[];
}

export interface LoadMasterKeyOptions {
  /** Reads CONSOLE_MASTER_KEY from here; defaults to process.env. */
  env?: NodeJS.ProcessEnv;
  /** Used when CONSOLE_MASTER_KEY is not set; created (mode 0600) when it does not exist. */
  keyFile: string;
}

const HOW_TO =
  'Generate one with `openssl rand -base64 32` (or `node -e "console.log(crypto.randomBytes(32).toString(\'base64\'))"`).';

/** 32 bytes as 64 hex characters or as base64 (standard or URL-safe, padding optional). */
export function parseMasterKey(text: string, origin: string): Buffer {
  const t = text.trim();
  if (t === '') throw new MasterKeyError(`${origin} is empty. ${HOW_TO}`);
  let key: Buffer | undefined;
  if (/^[0-9a-fA-F]+$/.test(t) && t.length === MASTER_KEY_BYTES * 2) {
    key = Buffer.from(t, 'hex');
  } else if (/^[A-Za-z0-9+/_-]+={0,2}$/.test(t)) {
    key = Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  } else {
    throw new MasterKeyError(`${origin} is neither hex nor base64. It must encode exactly ${MASTER_KEY_BYTES} random bytes. ${HOW_TO}`);
  }
  if (key.length !== MASTER_KEY_BYTES) {
    throw new MasterKeyError(
      `${origin} decodes to ${key.length} bytes; it must be exactly ${MASTER_KEY_BYTES} bytes ` +
        `(64 hex characters or 44 base64 characters). ${HOW_TO}`,
    );
  }
  return key;
}

/**
 * The key that encrypts cloud-account secrets at rest. CONSOLE_MASTER_KEY wins (for several BFF
 * instances on one PostgreSQL, which must all share it); otherwise a key file, created with
 * mode 0600 on first start so a single-machine install needs no setup.
 */
export async function loadMasterKey(options: LoadMasterKeyOptions): Promise<LoadedMasterKey> {
  const env = options.env ?? process.env;
  const fromEnv = env.CONSOLE_MASTER_KEY;
  if (fromEnv !== undefined && fromEnv !== '') {
    return { key: parseMasterKey(fromEnv, 'CONSOLE_MASTER_KEY'), source: 'env', warnings: [] };
  }
  const file = path.resolve(options.keyFile);
  const existing = await readKeyFile(file);
  if (existing) return existing;

  const key = randomBytes(MASTER_KEY_BYTES);
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    // 'wx': never overwrite. If another process created it a moment ago, use theirs.
    await writeFile(file, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      const raced = await readKeyFile(file);
      if (raced) return raced;
    }
    throw new MasterKeyError(`Cannot create the master key file ${file}: ${(err as Error).message}`);
  }
  return { key, source: 'created', warnings: [] };
}

async function readKeyFile(file: string): Promise<LoadedMasterKey | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new MasterKeyError(`Cannot read the master key file ${file}: ${(err as Error).message}`);
  }
  const key = parseMasterKey(text, `The master key file ${file}`);
  const warnings: string[] = [];
  if (process.platform !== 'win32') {
    const mode = (await stat(file)).mode & 0o777;
    if (mode & 0o077) {
      warnings.push(`The master key file ${file} has mode ${mode.toString(8)}; other users can read it. Run: chmod 600 ${file}`);
    }
  }
  return { key, source: 'file', warnings };
}
