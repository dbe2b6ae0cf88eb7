import type { CloudAccount, CloudAccountRepo, CloudCredentials } from '../cloud-accounts';
import { type Clock, systemClock } from '../errors';
import type { ChangeFeed } from './change-feed';
import { type CacheBounds, publishAfter } from './cached-sessions';

const DEFAULT_MAX_AGE_MS = 30_000;
const DEFAULT_MAX_ENTRIES = 1_000;

interface Entry<T> {
  value: T;
  storedAt: number;
}

/**
 * The account list and the decrypted credentials every action needs, from memory. Any change to
 * any account (here, or another BFF's through the change feed) empties the cache at once: accounts
 * change rarely, so there is no need to be finer. The secrets held here are the ones every call
 * decrypted anyway; they live no longer than maxAgeMs without being read again.
 */
export function cachedCloudAccountRepo(
  inner: CloudAccountRepo,
  feed: ChangeFeed,
  options: CacheBounds & { now?: Clock } = {},
): CloudAccountRepo {
  const now = options.now ?? systemClock;
  const maxAge = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
  const maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
  const lists = new Map<string, Entry<CloudAccount[]>>();
  const credentials = new Map<string, Entry<CloudCredentials>>();
  feed.subscribe((change) => {
    if (change.kind === 'accounts' || change.kind === 'everything') {
      lists.clear();
      credentials.clear();
    }
  });

  /** Answers from `map` when fresh, else reads and keeps the answer unless a change came meanwhile. */
  const through = async <T>(map: Map<string, Entry<T>>, key: string, read: () => Promise<T | undefined>) => {
    const t = now().getTime();
    const hit = map.get(key);
    if (hit && feed.live && t - hit.storedAt < maxAge) return hit.value;
    const epoch = feed.epoch;
    const value = await read();
    if (value !== undefined && feed.live && feed.epoch === epoch) {
      if (map.size >= maxEntries) map.delete(map.keys().next().value!);
      map.set(key, { value, storedAt: t });
    }
    return value;
  };
  const accounts = { kind: 'accounts' } as const;

  return {
    ...inner,
    list: async (filter = {}) =>
      ((await through(lists, filter.provider ?? '*', () => inner.list(filter))) ?? []).map((a) => ({ ...a })),
    getCredentials: async (id) => {
      const found = await through(credentials, id, () => inner.getCredentials(id));
      return found && { ...found };
    },
    create: (input) => publishAfter(feed, inner.create(input), accounts),
    update: (id, changes) => publishAfter(feed, inner.update(id, changes), accounts),
    delete: (id) => publishAfter(feed, inner.delete(id), accounts),
  };
}
