import { describe, expect, it } from 'vitest';
import type { SettingsRepo } from '../settings';
import { localChangeFeed } from './change-feed';
import { cachedSettingsRepo, SETTINGS_MAX_AGE_MS } from './cached-settings';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

function setup(maxAgeMs?: number) {
  let stored: { cds?: string } = { cds: A };
  let reads = 0;
  const inner: SettingsRepo = {
    defaultAccounts: async () => {
      reads++;
      return { ...stored };
    },
    setDefaultAccount: async (_provider, id) => {
      stored = { cds: id };
    },
  };
  let t = 1_000_000;
  const feed = localChangeFeed();
  const repo = cachedSettingsRepo(inner, feed, { now: () => new Date(t), ...(maxAgeMs === undefined ? {} : { maxAgeMs }) });
  return {
    repo,
    feed,
    reads: () => reads,
    later: (ms: number) => void (t += ms),
    changeBehind: (id: string) => void (stored = { cds: id }),
  };
}

describe('cachedSettingsRepo', () => {
  it('reads the default accounts once for many calls, again after its bound', async () => {
    const s = setup();
    for (let i = 0; i < 5; i++) expect(await s.repo.defaultAccounts()).toEqual({ cds: A });
    expect(s.reads()).toBe(1);
    // Another BFF's choice (no notice reaches this one) is seen once the bound has passed.
    s.changeBehind(B);
    s.later(SETTINGS_MAX_AGE_MS - 1);
    expect(await s.repo.defaultAccounts()).toEqual({ cds: A });
    s.later(1);
    expect(await s.repo.defaultAccounts()).toEqual({ cds: B });
    expect(s.reads()).toBe(2);
  });

  it('a choice made here, or any account change, applies to the next call', async () => {
    const s = setup();
    await s.repo.defaultAccounts();
    await s.repo.setDefaultAccount('cds', B, 'admin');
    expect(await s.repo.defaultAccounts()).toEqual({ cds: B });
    s.changeBehind(A);
    s.feed.publish({ kind: 'accounts' });
    expect(await s.repo.defaultAccounts()).toEqual({ cds: A });
    expect(s.reads()).toBe(3);
  });

  it('keeps nothing while changes could be missed, nor longer than a shorter cache bound', async () => {
    const off = setup();
    off.feed.setLive(false);
    await off.repo.defaultAccounts();
    await off.repo.defaultAccounts();
    expect(off.reads()).toBe(2);
    const short = setup(100);
    await short.repo.defaultAccounts();
    short.later(100);
    await short.repo.defaultAccounts();
    expect(short.reads()).toBe(2);
  });

  it('hands out copies: a caller changing its answer changes nothing kept', async () => {
    const s = setup();
    const first = await s.repo.defaultAccounts();
    first.cds = B;
    expect(await s.repo.defaultAccounts()).toEqual({ cds: A });
  });
});
