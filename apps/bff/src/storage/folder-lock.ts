import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';

/**
 * One process per PGlite data folder. PGlite does not stop a second process from opening the
 * same folder, and two writers there lose or corrupt data (e.g. `npm start` twice on one
 * DATA_DIR). The lock file holds pid and host and is touched every few seconds; a lock whose
 * process is gone (same host) or whose heartbeat stopped (any host) is taken over, so a crash
 * never blocks the next start.
 */
export const HEARTBEAT_MS = 5_000;
export const STALE_MS = 30_000;

interface Holder {
  pid: number;
  host: string;
  token: string;
}

export interface FolderLock {
  release(): Promise<void>;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readHolder(file: string): Promise<{ holder: Holder | undefined; ageMs: number } | undefined> {
  try {
    const [text, st] = await Promise.all([readFile(file, 'utf8'), stat(file)]);
    let holder: Holder | undefined;
    try {
      holder = JSON.parse(text) as Holder;
    } catch {
      holder = undefined; // half-written by a process that died: stale
    }
    return { holder, ageMs: Date.now() - st.mtimeMs };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

export async function lockFolder(file: string, what: string): Promise<FolderLock> {
  const me: Holder = { pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex') };
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await writeFile(file, JSON.stringify(me), { flag: 'wx', mode: 0o600 });
      return hold(file, me);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const current = await readHolder(file);
    if (!current) continue; // released in between: try again
    const { holder, ageMs } = current;
    if (!holder && ageMs < 2_000) {
      // Just created by another process that has not written it yet: look again shortly.
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    const gone = holder?.host === me.host ? !alive(holder.pid) : ageMs > STALE_MS;
    if (holder && !gone && ageMs <= STALE_MS) {
      const who = holder.pid === me.pid && holder.host === me.host ? 'this process' : `process ${holder.pid} on ${holder.host}`;
      throw new Error(
        `${what} is already open in ${who} (lock file ${file}). Two processes writing one embedded ` +
          'database corrupt it: stop the other one, or set DATABASE_URL so several instances share a PostgreSQL server.',
      );
    }
    // Stale: move it aside (atomic), then try to create ours again.
    await rename(file, `${file}.stale-${me.token}`).then(
      () => unlink(`${file}.stale-${me.token}`).catch(() => {}),
      () => {},
    );
  }
  throw new Error(`Could not take the lock ${file} for ${what}; another process keeps taking it`);
}

function hold(file: string, me: Holder): FolderLock {
  const timer = setInterval(() => {
    const t = new Date();
    utimes(file, t, t).catch(() => {});
  }, HEARTBEAT_MS);
  timer.unref();
  return {
    async release() {
      clearInterval(timer);
      // Only remove the lock if it is still ours.
      const current = await readHolder(file).catch(() => undefined);
      if (current?.holder?.token === me.token) await unlink(file).catch(() => {});
    },
  };
}
