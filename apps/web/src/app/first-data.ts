import type { QueryClient } from '@tanstack/react-query';
import { ACCOUNTS_KEY, type CloudAccount } from '../api/accounts';
import { SESSION_KEY, type SessionUser } from '../api/session';

/** The element the BFF writes a signed-in page's first data into (apps/bff/src/http/first-data.ts). */
const FIRST_DATA_ID = 'console-first-data';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isUser = (v: unknown): v is SessionUser => isObject(v) && typeof v.id === 'string' && typeof v.username === 'string' && typeof v.role === 'string';
const isAccount = (v: unknown): v is CloudAccount => isObject(v) && typeof v.id === 'string' && typeof v.provider === 'string' && typeof v.name === 'string';

/**
 * Who is signed in and the cloud accounts, as the BFF wrote them into index.html (the answers of
 * GET /api/session and GET /api/accounts for this session), taken out of the page; undefined when
 * there are none or they are not what they should be (the app then asks for them, as without).
 */
export function takeFirstData(doc: Document = document): { user: SessionUser; accounts: CloudAccount[] } | undefined {
  const element = doc.getElementById(FIRST_DATA_ID);
  if (!element) return undefined;
  element.remove();
  try {
    const data: unknown = JSON.parse(element.textContent ?? '');
    if (!isObject(data) || !isUser(data.user) || !Array.isArray(data.accounts) || !data.accounts.every(isAccount)) return undefined;
    return { user: data.user, accounts: data.accounts };
  } catch {
    return undefined;
  }
}

/** Puts the page's first data in the query cache, as fresh as if just fetched. */
export function seedFirstData(client: QueryClient, doc: Document = document): void {
  const first = takeFirstData(doc);
  if (!first) return;
  client.setQueryData(SESSION_KEY, first.user);
  client.setQueryData(ACCOUNTS_KEY, first.accounts);
}
