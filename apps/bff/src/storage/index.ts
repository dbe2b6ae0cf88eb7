import { createSecretBox } from '../crypto/secret-box';
import { type AuditRepo, createAuditRepo } from './audit';
import { cachedCloudAccountRepo } from './cache/cached-accounts';
import { type CacheBounds, cachedSessionRepo, publishingUserRepo } from './cache/cached-sessions';
import { cachedSettingsRepo } from './cache/cached-settings';
import { type ChangeFeed, openChangeFeed } from './cache/change-feed';
import { type CloudAccountRepo, createCloudAccountRepo } from './cloud-accounts';
import { type Db, openDatabase, type OpenDatabaseOptions } from './db';
import type { Clock } from './errors';
import { createLoginThrottle, type LoginThrottle, type ThrottlePolicy } from './login-throttle';
import { migrate, type MigrateResult } from './migrations';
import { createSessionRepo, type SessionPolicy, type SessionRepo } from './sessions';
import { createSettingsRepo, type SettingsRepo } from './settings';
import { createUserRepo, type UserRepo } from './users';

export * from './db';
export * from './errors';
export * from './users';
export * from './sessions';
export * from './login-throttle';
export * from './cloud-accounts';
export * from './audit';
export * from './settings';
export { csvCell, csvRow } from './csv';
export { migrate, migrations, type Migration, type MigrateResult } from './migrations';

export interface Storage {
  db: Db;
  migration: MigrateResult;
  users: UserRepo;
  sessions: SessionRepo;
  loginThrottle: LoginThrottle;
  cloudAccounts: CloudAccountRepo;
  audit: AuditRepo;
  /** Settings an admin chooses (the default cloud accounts). */
  settings: SettingsRepo;
  /** What the caches hear: this process's writes, and on PostgreSQL every other BFF's. */
  changes: ChangeFeed;
  close(): Promise<void>;
}

export interface OpenStorageOptions extends OpenDatabaseOptions {
  /** 32 bytes from crypto/secret-box loadMasterKey. */
  masterKey: Uint8Array;
  session?: Partial<SessionPolicy>;
  throttle?: { user?: Partial<ThrottlePolicy>; ip?: Partial<ThrottlePolicy> };
  now?: Clock;
  /** Bounds of the session and cloud account caches (tests shorten them). */
  cache?: CacheBounds;
}

/**
 * One call for the BFF's start: open PGlite or PostgreSQL (DATABASE_URL), bring the schema up to
 * date, and hand back every repository over that one Db.
 */
export async function openStorage(options: OpenStorageOptions): Promise<Storage> {
  const db = await openDatabase(options);
  try {
    const migration = await migrate(db);
    const clock = options.now ? { now: options.now } : {};
    // Sessions and accounts are read on every request: cached, and dropped on every change.
    const changes = await openChangeFeed(db);
    const bounds = { ...clock, ...options.cache };
    return {
      db,
      migration,
      users: publishingUserRepo(createUserRepo(db, clock), changes),
      sessions: cachedSessionRepo(
        createSessionRepo(db, { ...clock, ...(options.session ? { policy: options.session } : {}) }),
        changes,
        bounds,
      ),
      loginThrottle: createLoginThrottle(db, { ...clock, ...options.throttle }),
      cloudAccounts: cachedCloudAccountRepo(createCloudAccountRepo(db, createSecretBox(options.masterKey), clock), changes, bounds),
      audit: createAuditRepo(db),
      // Read by every action that names no account: kept briefly (cache/cached-settings.ts).
      settings: cachedSettingsRepo(createSettingsRepo(db, options.now), changes, bounds),
      changes,
      close: async () => {
        await changes.close();
        await db.close();
      },
    };
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
}
