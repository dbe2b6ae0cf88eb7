import type { Db } from './db';
import { type Clock, systemClock } from './errors';

/**
 * Failed-login throttling, per username and per client address, kept in the database so every
 * BFF instance behind a load balancer sees the same counts.
 *
 * Per username it counts any name typed, existing or not, so the answer for an unknown name is
 * the same as for a known one (no account enumeration). Per address it slows one client trying
 * many names. Failures older than the window are forgotten; reaching the limit locks that key
 * until `lockMs` later, and the caller says so along with the time it opens again.
 * This is also where a person's failed-login count and lock live (not on the users row), so an
 * admin's "unlock" is `clear({ username })`.
 */
export interface ThrottlePolicy {
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

export const DEFAULT_THROTTLE: Readonly<{ user: ThrottlePolicy; ip: ThrottlePolicy }> = Object.freeze({
  user: { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
  ip: { maxFailures: 30, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
});

export type ThrottleScope = 'user' | 'ip';

export type LockState =
  | { locked: false }
  | { locked: true; scope: ThrottleScope; until: Date; retryAfterSeconds: number };

export interface ThrottleStatus {
  failures: number;
  lockedUntil: Date | null;
}

export interface LoginAttempt {
  username: string;
  ip: string;
}

export interface LoginThrottle {
  /** Ask before checking the password: a locked key is refused without trying it. */
  check(attempt: LoginAttempt): Promise<LockState>;
  /** Counts a failure for both keys; the answer says whether this failure locked one. */
  recordFailure(attempt: LoginAttempt): Promise<LockState>;
  /**
   * Counts the attempt as a failure *before* the password is compared, so guesses sent in
   * parallel cannot outrun the lock: only attempts within the limit may be compared
   * (`allowed`). A good password then hands the count back (`recordSuccess` with the ip).
   */
  reserve(attempt: LoginAttempt): Promise<{ allowed: boolean; lock: LockState }>;
  /**
   * A good password clears the username's count (not the address's: one own account must not
   * reset it); given the address, it takes back the one failure `reserve` counted there.
   */
  recordSuccess(attempt: Pick<LoginAttempt, 'username'> & { ip?: string }): Promise<void>;
  /** For the people screen: failures in the current window and the lock, if any. */
  status(username: string): Promise<ThrottleStatus>;
  /** An admin's unlock. */
  clear(keys: { username?: string; ip?: string }): Promise<void>;
  /** Deletes rows whose window and lock are both over. */
  purge(): Promise<number>;
}

/** Usernames are case-insensitive (see users.ts), so "Admin" and "admin" share one counter. */
export function throttleKey(scope: ThrottleScope, value: string): string {
  return scope === 'user' ? value.trim().toLowerCase() : value.trim();
}

interface Row {
  scope: ThrottleScope;
  failures: number;
  locked_until: Date | null;
}

export function createLoginThrottle(
  db: Db,
  options: { user?: Partial<ThrottlePolicy>; ip?: Partial<ThrottlePolicy>; now?: Clock } = {},
): LoginThrottle {
  const policies: Record<ThrottleScope, ThrottlePolicy> = {
    user: { ...DEFAULT_THROTTLE.user, ...options.user },
    ip: { ...DEFAULT_THROTTLE.ip, ...options.ip },
  };
  const now = options.now ?? systemClock;

  // The latest-ending lock wins: the one the person has to wait for.
  const lockOf = (rows: Row[], t: Date): LockState => {
    let best: Row | undefined;
    for (const r of rows) {
      if (r.locked_until && r.locked_until > t && (!best || r.locked_until > best.locked_until!)) best = r;
    }
    if (!best) return { locked: false };
    const until = best.locked_until!;
    return { locked: true, scope: best.scope, until, retryAfterSeconds: Math.ceil((until.getTime() - t.getTime()) / 1000) };
  };

  const bump = async (scope: ThrottleScope, key: string, t: Date): Promise<Row> => {
    const p = policies[scope];
    // One atomic upsert per key, so concurrent failures on several instances are all counted.
    // A new window starts when the old one is over or when a lock has just run out.
    const fresh = `(t.window_started_at <= $4::timestamptz OR (t.locked_until IS NOT NULL AND t.locked_until <= $3::timestamptz))`;
    const next = `(CASE WHEN ${fresh} THEN 1 ELSE t.failures + 1 END)`;
    const { rows } = await db.query<Row>(
      `INSERT INTO login_throttle AS t (scope, key, failures, window_started_at, locked_until)
       VALUES ($1, $2, 1, $3::timestamptz, CASE WHEN 1 >= $5::int THEN $6::timestamptz END)
       ON CONFLICT (scope, key) DO UPDATE SET
         failures = ${next},
         window_started_at = CASE WHEN ${fresh} THEN $3::timestamptz ELSE t.window_started_at END,
         locked_until = CASE
           WHEN ${next} >= $5::int THEN $6::timestamptz
           WHEN t.locked_until > $3::timestamptz THEN t.locked_until
         END
       RETURNING scope, failures, locked_until`,
      [scope, key, t, new Date(t.getTime() - p.windowMs), p.maxFailures, new Date(t.getTime() + p.lockMs)],
    );
    return rows[0]!;
  };

  return {
    async check({ username, ip }) {
      const t = now();
      const { rows } = await db.query<Row>(
        `SELECT scope, failures, locked_until FROM login_throttle
         WHERE ((scope = 'user' AND key = $1) OR (scope = 'ip' AND key = $2)) AND locked_until > $3`,
        [throttleKey('user', username), throttleKey('ip', ip), t],
      );
      return lockOf(rows, t);
    },

    async recordFailure({ username, ip }) {
      const t = now();
      // Two independent counters, each updated atomically; no transaction needed between them.
      const rows = [await bump('user', throttleKey('user', username), t), await bump('ip', throttleKey('ip', ip), t)];
      return lockOf(rows, t);
    },

    async reserve({ username, ip }) {
      const t = now();
      const rows = [await bump('user', throttleKey('user', username), t), await bump('ip', throttleKey('ip', ip), t)];
      return { allowed: rows.every((r) => r.failures <= policies[r.scope].maxFailures), lock: lockOf(rows, t) };
    },

    async recordSuccess({ username, ip }) {
      await db.query(`DELETE FROM login_throttle WHERE scope = 'user' AND key = $1`, [throttleKey('user', username)]);
      if (ip === undefined) return;
      await db.query(
        `UPDATE login_throttle SET failures = GREATEST(failures - 1, 0),
           locked_until = CASE WHEN failures - 1 < $2::int THEN NULL ELSE locked_until END
         WHERE scope = 'ip' AND key = $1`,
        [throttleKey('ip', ip), policies.ip.maxFailures],
      );
    },

    async status(username) {
      const t = now();
      const { rows } = await db.query<Row & { window_started_at: Date }>(
        `SELECT scope, failures, locked_until, window_started_at FROM login_throttle WHERE scope = 'user' AND key = $1`,
        [throttleKey('user', username)],
      );
      const r = rows[0];
      if (!r) return { failures: 0, lockedUntil: null };
      const locked = r.locked_until && r.locked_until > t ? r.locked_until : null;
      const inWindow = r.window_started_at.getTime() > t.getTime() - policies.user.windowMs;
      return { failures: locked || inWindow ? r.failures : 0, lockedUntil: locked };
    },

    async clear({ username, ip }) {
      if (username !== undefined) {
        await db.query(`DELETE FROM login_throttle WHERE scope = 'user' AND key = $1`, [throttleKey('user', username)]);
      }
      if (ip !== undefined) {
        await db.query(`DELETE FROM login_throttle WHERE scope = 'ip' AND key = $1`, [throttleKey('ip', ip)]);
      }
    },

    async purge() {
      const t = now();
      const longest = Math.max(policies.user.windowMs, policies.ip.windowMs);
      const r = await db.query(
        'DELETE FROM login_throttle WHERE window_started_at <= $1 AND (locked_until IS NULL OR locked_until <= $2)',
        [new Date(t.getTime() - longest), t],
      );
      return r.rowCount;
    },
  };
}
