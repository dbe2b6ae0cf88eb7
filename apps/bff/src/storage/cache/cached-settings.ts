import { type Clock, systemClock } from '../errors';
import type { SettingsRepo } from '../settings';
import type { ChangeFeed } from './change-feed';
import { type CacheBounds, publishAfter } from './cached-sessions';

/** How long another BFF's choice may go unseen here (settings have no NOTIFY trigger). */
export const SETTINGS_MAX_AGE_MS = 5_000;

/**
 * The admins' default-account choices, which every action naming no account reads: from memory
 * for at most SETTINGS_MAX_AGE_MS (or the caches' own bound, if shorter). A choice made through
 * this BFF, and any account change, drops the copy at once; on PostgreSQL, a choice made through
 * another BFF is seen here within that bound. A deleted account never lingers as the default: the
 * choice is matched against the account list, whose cache every change empties at once.
 */
export function cachedSettingsRepo(inner: SettingsRepo, feed: ChangeFeed, options: CacheBounds & { now?: Clock } = {}): SettingsRepo {
  const now = options.now ?? systemClock;
  const maxAge = Math.min(SETTINGS_MAX_AGE_MS, options.maxAgeMs ?? SETTINGS_MAX_AGE_MS);
  let kept: { value: Awaited<ReturnType<SettingsRepo['defaultAccounts']>>; storedAt: number } | undefined;
  feed.subscribe((change) => {
    if (change.kind === 'accounts' || change.kind === 'everything') kept = undefined;
  });
  return {
    ...inner,
    async defaultAccounts() {
      const t = now().getTime();
      if (kept && feed.live && t - kept.storedAt < maxAge) return { ...kept.value };
      const epoch = feed.epoch;
      const value = await inner.defaultAccounts();
      // A fill that raced a change is not kept (the change may be newer than what was read).
      if (feed.live && feed.epoch === epoch) kept = { value, storedAt: t };
      return { ...value };
    },
    setDefaultAccount: (provider, accountId, by) => publishAfter(feed, inner.setDefaultAccount(provider, accountId, by), { kind: 'accounts' }),
  };
}
