import type { Request } from 'express';
import { listAccounts } from '../accounts/routes';
import type { DefaultAccounts } from '../accounts/default-account';
import { sessionOf } from '../session/load-session';
import type { CloudAccountRepo, SessionRepo } from '../storage';

/** The element index.html carries it in (apps/web/src/app/first-data.ts reads it). */
export const FIRST_DATA_ID = 'console-first-data';

/**
 * What every signed-in page asks first — who is signed in (GET /api/session) and the cloud accounts
 * (GET /api/accounts), the same answers for the same session — for the BFF to write into that page's
 * index.html: two requests fewer before the page can draw (over a slow network, a round trip each
 * behind the scripts). Nothing without a live session: the app then asks, and is told to sign in.
 */
export function firstDataLoader(sessions: SessionRepo, accounts: CloudAccountRepo, defaults: DefaultAccounts) {
  return async (req: Pick<Request, 'headers'>): Promise<FirstData | undefined> => {
    const found = await sessionOf(sessions, req);
    if (!found) return undefined;
    return { user: found.user, accounts: await listAccounts(accounts, defaults) };
  };
}

export interface FirstData {
  user: unknown;
  accounts: unknown[];
}

/**
 * The data as a JSON data block (not run, so the Content-Security-Policy has nothing to allow), with
 * every `<` escaped so that no value can end the element early.
 */
export function firstDataElement(data: FirstData): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `<script type="application/json" id="${FIRST_DATA_ID}">${json}</script>`;
}
