import { createHash, randomBytes } from 'node:crypto';
import type { Db, Queryable } from './db';
import { type Clock, isUuid, systemClock } from './errors';
import type { Language, Role, Theme } from './users';

/**
 * Server-side sessions. The cookie carries a random 256-bit token; the table keeps only its
 * sha256, so reading the table (a backup, a log of a query) does not give anyone a live session.
 * A session ends when idle too long, when too old, when revoked (logout), and when its person is
 * disabled or changes password (users.ts revokes them all in the same transaction).
 * Lookups also refuse disabled people, in case a revocation was ever missed.
 */
export interface SessionPolicy {
  /** Ends after this long without a request (default 30 minutes). */
  idleMs: number;
  /** Ends this long after login whatever happens (default 12 hours). */
  absoluteMs: number;
}

export const DEFAULT_SESSION_POLICY: Readonly<SessionPolicy> = Object.freeze({
  idleMs: 30 * 60_000,
  absoluteMs: 12 * 3_600_000,
});

export interface SessionRecord {
  /** sha256 of the token: an opaque, non-secret handle (e.g. "end this session" in a list). */
  id: string;
  userId: string;
  createdAt: Date;
  lastSeenAt: Date;
  ip: string | null;
  userAgent: string | null;
  /** When it ends if no request comes before. */
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  language: Language;
  theme: Theme;
}

export interface ValidSession {
  session: SessionRecord;
  user: SessionUser;
}

export type RevokeReason = 'logout' | 'user_disabled' | 'password_changed' | 'admin' | (string & {});

export interface SessionRepo {
  /** The token goes into the cookie and nowhere else; it cannot be recovered later. */
  create(input: { userId: string; ip?: string; userAgent?: string }): Promise<{ token: string; session: SessionRecord }>;
  /** The session and its person, when the token is live: not revoked, not idle, not too old, person enabled. */
  findValid(token: string): Promise<ValidSession | undefined>;
  /** Marks activity (moves the idle deadline). False when the session is no longer valid. */
  touch(token: string): Promise<boolean>;
  revoke(token: string, reason?: RevokeReason): Promise<boolean>;
  /** Revoke by the handle from SessionRecord.id (an admin ending someone's session). */
  revokeById(id: string, reason?: RevokeReason): Promise<boolean>;
  /** Ends every live session of a person, optionally keeping the one making the request. */
  revokeAllForUser(userId: string, reason: RevokeReason, options?: { exceptToken?: string }): Promise<number>;
  listForUser(userId: string): Promise<SessionRecord[]>;
  /** Deletes sessions that can never be valid again. Returns how many. */
  purgeExpired(): Promise<number>;
}

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Shared with users.ts so disabling a person and ending their sessions is one transaction. */
export async function revokeUserSessions(
  q: Queryable,
  userId: string,
  reason: RevokeReason,
  at: Date,
  exceptIdHash?: string,
): Promise<number> {
  if (!isUuid(userId)) return 0;
  const r = await q.query(
    `UPDATE sessions SET revoked_at = $2, revoked_reason = $3
     WHERE user_id = $1 AND revoked_at IS NULL AND ($4::text IS NULL OR id_hash <> $4)`,
    [userId, at, reason, exceptIdHash ?? null],
  );
  return r.rowCount;
}

interface Row {
  id_hash: string;
  user_id: string;
  created_at: Date;
  last_seen_at: Date;
  ip: string | null;
  user_agent: string | null;
}

const COLUMNS = 's.id_hash, s.user_id::text, s.created_at, s.last_seen_at, s.ip, s.user_agent';
// $2 = now - idle, $3 = now - absolute: the two cut-offs, computed in one place (the BFF clock).
const LIVE = 's.revoked_at IS NULL AND s.last_seen_at > $2 AND s.created_at > $3';

export function createSessionRepo(db: Db, options: { policy?: Partial<SessionPolicy>; now?: Clock } = {}): SessionRepo {
  const policy = { ...DEFAULT_SESSION_POLICY, ...options.policy };
  const now = options.now ?? systemClock;
  const cutoffs = (t: Date) => [new Date(t.getTime() - policy.idleMs), new Date(t.getTime() - policy.absoluteMs)];

  const toRecord = (r: Row): SessionRecord => ({
    id: r.id_hash,
    userId: r.user_id,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    ip: r.ip,
    userAgent: r.user_agent,
    idleExpiresAt: new Date(r.last_seen_at.getTime() + policy.idleMs),
    absoluteExpiresAt: new Date(r.created_at.getTime() + policy.absoluteMs),
  });

  const revokeById = async (id: string, reason: RevokeReason) => {
    const r = await db.query('UPDATE sessions SET revoked_at = $2, revoked_reason = $3 WHERE id_hash = $1 AND revoked_at IS NULL', [
      id,
      now(),
      reason,
    ]);
    return r.rowCount > 0;
  };

  return {
    async create({ userId, ip, userAgent }) {
      const token = randomBytes(32).toString('base64url');
      const t = now();
      const { rows } = await db.query<Row>(
        `INSERT INTO sessions AS s (id_hash, user_id, created_at, last_seen_at, ip, user_agent)
         VALUES ($1, $2, $3, $3, $4, $5) RETURNING ${COLUMNS}`,
        [hashToken(token), userId, t, ip ?? null, userAgent?.slice(0, 512) ?? null],
      );
      return { token, session: toRecord(rows[0]!) };
    },

    async findValid(token) {
      if (!TOKEN.test(token)) return undefined;
      const { rows } = await db.query<Row & Omit<SessionUser, 'id' | 'displayName'> & { display_name: string }>(
        `SELECT ${COLUMNS}, u.username, u.display_name, u.role, u.language, u.theme
         FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.id_hash = $1 AND ${LIVE} AND NOT u.disabled`,
        [hashToken(token), ...cutoffs(now())],
      );
      const r = rows[0];
      if (!r) return undefined;
      return {
        session: toRecord(r),
        user: { id: r.user_id, username: r.username, displayName: r.display_name, role: r.role, language: r.language, theme: r.theme },
      };
    },

    async touch(token) {
      if (!TOKEN.test(token)) return false;
      const t = now();
      const r = await db.query(`UPDATE sessions s SET last_seen_at = $4 WHERE s.id_hash = $1 AND ${LIVE}`, [
        hashToken(token),
        ...cutoffs(t),
        t,
      ]);
      return r.rowCount > 0;
    },

    async revoke(token, reason = 'logout') {
      if (!TOKEN.test(token)) return false;
      return revokeById(hashToken(token), reason);
    },

    revokeById: (id, reason = 'admin') => revokeById(id, reason),

    revokeAllForUser(userId, reason, opts = {}) {
      const except = opts.exceptToken && TOKEN.test(opts.exceptToken) ? hashToken(opts.exceptToken) : undefined;
      return revokeUserSessions(db, userId, reason, now(), except);
    },

    async listForUser(userId) {
      if (!isUuid(userId)) return [];
      const { rows } = await db.query<Row>(
        `SELECT ${COLUMNS} FROM sessions s WHERE s.user_id = $1 AND ${LIVE} ORDER BY s.last_seen_at DESC`,
        [userId, ...cutoffs(now())],
      );
      return rows.map(toRecord);
    },

    async purgeExpired() {
      const [idle, absolute] = cutoffs(now());
      const r = await db.query(
        'DELETE FROM sessions WHERE revoked_at IS NOT NULL OR last_seen_at <= $1 OR created_at <= $2',
        [idle, absolute],
      );
      return r.rowCount;
    },
  };
}
