import { type Clock, systemClock } from '../errors';
import { hashToken, type SessionRepo, type ValidSession } from '../sessions';
import type { UserRepo } from '../users';
import type { Change, ChangeFeed } from './change-feed';

export interface CacheBounds {
  /** An entry is read again from the database after this long, whatever happens (default 30 s). */
  maxAgeMs?: number;
  /** The oldest entries go first past this many (default 10,000). */
  maxEntries?: number;
}

const DEFAULT_MAX_AGE_MS = 30_000;
const DEFAULT_MAX_ENTRIES = 10_000;

interface Entry {
  value: ValidSession;
  storedAt: number;
}

/**
 * The session lookup every API request makes, from memory: one database read per session per
 * maxAgeMs instead of one per request. An entry is dropped at once when this process revokes the
 * session or changes its person (role, disabled, password, profile), and when the change feed
 * reports the same from another BFF. The idle and absolute deadlines are checked on every hit
 * against the cached times; past them the database decides (another BFF may have seen the
 * person since), so the cache never keeps a session alive that the database would refuse.
 */
export function cachedSessionRepo(inner: SessionRepo, feed: ChangeFeed, options: CacheBounds & { now?: Clock } = {}): SessionRepo {
  const now = options.now ?? systemClock;
  const maxAge = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const entries = new Map<string, Entry>();
  const byUser = new Map<string, Set<string>>();

  const forget = (id: string) => {
    const e = entries.get(id);
    if (!e) return;
    entries.delete(id);
    const ids = byUser.get(e.value.user.id);
    ids?.delete(id);
    if (ids?.size === 0) byUser.delete(e.value.user.id);
  };
  const store = (id: string, value: ValidSession, storedAt: number) => {
    forget(id);
    if (entries.size >= maxEntries) forget(entries.keys().next().value!);
    entries.set(id, { value, storedAt });
    const ids = byUser.get(value.user.id) ?? new Set<string>();
    ids.add(id);
    byUser.set(value.user.id, ids);
  };
  feed.subscribe((change) => {
    if (change.kind === 'session') forget(change.id);
    else if (change.kind === 'user') for (const id of [...(byUser.get(change.id) ?? [])]) forget(id);
    else if (change.kind === 'everything') {
      entries.clear();
      byUser.clear();
    }
  });
  const usable = (e: Entry, t: number) =>
    feed.live &&
    t - e.storedAt < maxAge &&
    t < e.value.session.idleExpiresAt.getTime() &&
    t < e.value.session.absoluteExpiresAt.getTime();
  const copy = (v: ValidSession): ValidSession => ({ session: { ...v.session }, user: { ...v.user } });

  return {
    ...inner,

    async findValid(token) {
      const id = hashToken(token);
      const t = now().getTime();
      const hit = entries.get(id);
      if (hit && usable(hit, t)) return copy(hit.value);
      if (hit) forget(id);
      const epoch = feed.epoch;
      const found = await inner.findValid(token);
      // A change that landed while we read may have made `found` stale: then do not keep it.
      if (found && feed.live && feed.epoch === epoch) store(id, copy(found), t);
      return found;
    },

    async touch(token) {
      const t = now();
      const ok = await inner.touch(token);
      const id = hashToken(token);
      const e = entries.get(id);
      if (!ok) forget(id);
      else if (e) {
        // The database's time is a moment later than t: the cache stays on the strict side.
        const s = e.value.session;
        const idleMs = s.idleExpiresAt.getTime() - s.lastSeenAt.getTime();
        s.lastSeenAt = t;
        s.idleExpiresAt = new Date(t.getTime() + idleMs);
      }
      return ok;
    },

    revoke: (token, reason) => publishAfter(feed, inner.revoke(token, reason), { kind: 'session', id: hashToken(token) }),
    revokeById: (id, reason) => publishAfter(feed, inner.revokeById(id, reason), { kind: 'session', id }),
    revokeAllForUser: (userId, reason, opts) =>
      publishAfter(feed, inner.revokeAllForUser(userId, reason, opts), { kind: 'user', id: userId }),
  };
}

/** Waits for a write, then tells every cache of this process what it touched (even if it failed half-way). */
export async function publishAfter<T>(feed: ChangeFeed, write: Promise<T>, change: Change): Promise<T> {
  try {
    return await write;
  } finally {
    feed.publish(change);
  }
}

/**
 * The person's changes that end or alter their sessions (role, disabled, password, profile)
 * are published to the session cache the moment they are written.
 */
export function publishingUserRepo(inner: UserRepo, feed: ChangeFeed): UserRepo {
  const user = (id: string): Change => ({ kind: 'user', id });
  return {
    ...inner,
    setRole: (id, role) => publishAfter(feed, inner.setRole(id, role), user(id)),
    setDisabled: (id, disabled) => publishAfter(feed, inner.setDisabled(id, disabled), user(id)),
    setPasswordHash: (id, hash) => publishAfter(feed, inner.setPasswordHash(id, hash), user(id)),
    setPreferences: (id, prefs) => publishAfter(feed, inner.setPreferences(id, prefs), user(id)),
  };
}
