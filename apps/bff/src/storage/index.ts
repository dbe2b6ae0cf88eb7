import { createSecretBox } from '../crypto/secret-box';
import { type AuditRepo, createAuditRepo } from './audit';
import { type CloudAccountRepo, createCloudAccountRepo } from './cloud-accounts';
import { type Db, openDatabase, type OpenDatabaseOptions } from './db';
import type { Clock } from './errors';
import { createLoginThrottle, type LoginThrottle, type ThrottlePolicy } from './login-throttle';
import { migrate, type MigrateResult } from './migrations';
import { createSessionRepo, type SessionPolicy, type SessionRepo } from './sessions';
import { createUserRepo, type UserRepo } from './users';

export * from './db';
export * from './errors';
export * from './users';
export * from './sessions';
export * from './login-throttle';
export * from './cloud-accounts';
export * from './audit';
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
  close(): Promise<void>;
}

export interface OpenStorageOptions extends OpenDatabaseOptions {
  /** 32 bytes from crypto/secret-box loadMasterKey. */
  masterKey: Uint8Array;
  session?: Partial<SessionPolicy>;
  throttle?: { user?: Partial<ThrottlePolicy>; ip?: Partial<ThrottlePolicy> };
  now?: Clock;
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
    return {
      db,
      migration,
      users: createUserRepo(db, clock),
      sessions: createSessionRepo(db, { ...clock, ...(options.session ? { policy: options.session } : {}) }),
      loginThrottle: createLoginThrottle(db, { ...clock, ...options.throttle }),
      cloudAccounts: createCloudAccountRepo(db, createSecretBox(options.masterKey), clock),
      audit: createAuditRepo(db),
      close: () => db.close(),
    };
  } catch (err) {
    await db.close().catch(() => {});
    throw err;
  }
}
