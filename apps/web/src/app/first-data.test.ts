import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACCOUNTS_KEY, accountsQuery } from '../api/accounts';
import { SESSION_KEY, sessionQuery } from '../api/session';
import { seedFirstData, takeFirstData } from './first-data';

const USER = { id: 'u1', username: 'admin', displayName: 'Admin', role: 'admin', language: 'en-US', theme: 'system' };
const ACCOUNT = { id: 'a1', provider: 'cds', name: 'Main', accessKeyId: 'AK', secretHint: '****abcd', endpointArea: 'mainland', endpointUrl: null, createdBy: null, createdAt: '', updatedAt: '' };

function writeData(text: string) {
  const element = document.createElement('script');
  element.type = 'application/json';
  element.id = 'console-first-data';
  element.textContent = text;
  document.head.append(element);
}
afterEach(() => {
  document.getElementById('console-first-data')?.remove();
  vi.unstubAllGlobals();
});

describe("a signed-in page's first data", () => {
  it('is read once and taken out of the page', () => {
    writeData(JSON.stringify({ user: USER, accounts: [ACCOUNT] }));
    expect(takeFirstData()).toEqual({ user: USER, accounts: [ACCOUNT] });
    expect(document.getElementById('console-first-data')).toBeNull();
    expect(takeFirstData()).toBeUndefined();
  });

  it('is ignored when it is not JSON or not what the BFF answers', () => {
    for (const text of ['{', '[]', JSON.stringify({ user: { id: 'u1' }, accounts: [] }), JSON.stringify({ user: USER, accounts: [{ id: 1 }] })]) {
      writeData(text);
      expect(takeFirstData(), text).toBeUndefined();
    }
  });

  it('fills the session and accounts queries, so the first prefetch asks the BFF nothing', async () => {
    const fetchSpy = vi.fn(() => Promise.reject(new Error('no request expected')));
    vi.stubGlobal('fetch', fetchSpy);
    writeData(JSON.stringify({ user: USER, accounts: [ACCOUNT] }));
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: 2000, retry: false } } });
    seedFirstData(client);
    await client.prefetchQuery(sessionQuery);
    await client.prefetchQuery(accountsQuery);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(client.getQueryData(SESSION_KEY)).toEqual(USER);
    expect(client.getQueryData(ACCOUNTS_KEY)).toEqual([ACCOUNT]);
  });
});
