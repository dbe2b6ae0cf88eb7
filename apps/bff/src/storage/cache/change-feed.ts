import type { Db } from '../db';

/**
 * What changed in the console's tables, as far as the in-memory caches care. The same payloads
 * travel over PostgreSQL NOTIFY on the channel CHANGES_CHANNEL (migration 002's triggers).
 */
export type Change =
  | { kind: 'session'; id: string }
  | { kind: 'user'; id: string }
  | { kind: 'accounts' }
  /** Anything may have changed (the listener was down, or an unknown payload arrived). */
  | { kind: 'everything' };

export const CHANGES_CHANNEL = 'console_changes';

export function parseChange(payload: string): Change {
  if (payload === 'accounts') return { kind: 'accounts' };
  const m = /^(session|user):(.+)$/.exec(payload);
  if (m) return { kind: m[1] as 'session' | 'user', id: m[2]! };
  return { kind: 'everything' };
}

export interface ChangeFeed {
  /** Grows with every change: a cache fill that began before a change must not be kept. */
  readonly epoch: number;
  /** False while changes made by another BFF could be missed: caches must answer from the database. */
  readonly live: boolean;
  /** A change this process made (after it committed): every cache of this process hears it at once. */
  publish(change: Change): void;
  subscribe(listener: (change: Change) => void): void;
  close(): Promise<void>;
}

export interface ListenHandlers {
  message(payload: string): void;
  /** Listening (again): nothing can be missed from here on. */
  up(): void;
  /** The connection is lost; it is retried. */
  down(err?: Error): void;
}

export interface Listener {
  close(): Promise<void>;
}

/** In-process changes only: right for PGlite, where this process is the only writer. */
export function localChangeFeed(): ChangeFeed & { setLive(live: boolean): void } {
  const listeners: ((c: Change) => void)[] = [];
  let epoch = 0;
  let live = true;
  const publish = (change: Change) => {
    epoch++;
    for (const l of listeners) l(change);
  };
  return {
    get epoch() {
      return epoch;
    },
    get live() {
      return live;
    },
    publish,
    subscribe: (l) => void listeners.push(l),
    setLive(next) {
      live = next;
      // Whatever was cached before a gap (or during it) may be stale.
      publish({ kind: 'everything' });
    },
    close: async () => {},
  };
}

/**
 * The feed for one Db: local only on PGlite; on PostgreSQL also every other BFF's changes,
 * through LISTEN. Until the listener is connected (and whenever it is lost) the feed is not live.
 */
export async function openChangeFeed(db: Pick<Db, 'listen'>, onProblem?: (err: Error) => void): Promise<ChangeFeed> {
  const feed = localChangeFeed();
  if (!db.listen) return feed;
  feed.setLive(false);
  const listener = await db.listen(CHANGES_CHANNEL, {
    message: (payload) => feed.publish(parseChange(payload)),
    up: () => feed.setLive(true),
    down: (err) => {
      feed.setLive(false);
      if (err) onProblem?.(err);
    },
  });
  // Same object, so the epoch and live getters keep working.
  return Object.assign(feed, { close: () => listener.close() });
}
