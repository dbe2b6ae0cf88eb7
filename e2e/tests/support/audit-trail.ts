import { findAction } from '@console/api-types';

/** A call that changed (or tried to change) something, by the BFF's request id. */
export interface Write {
  requestId: string;
  what: string;
}

let writes: Write[] = [];

/** Calls that must leave an audit entry: catalog writes, sign-in/out, people and cloud accounts. */
export function isWrite(method: string, url: string): boolean {
  if (method === 'GET') return false;
  const { pathname } = new URL(url);
  const action = /^\/api\/actions\/([^/]+)\/([^/]+)\/([^/?]+)$/.exec(pathname);
  if (action) return findAction(action[1]!, action[2]!, action[3]!)?.kind !== 'read';
  return /^\/api\/(session|users|accounts)(\/|$)/.test(pathname);
}

/** Notes a response of the browser or of the test's own API calls (a signed-out call is no write). */
export function noteResponse(method: string, url: string, status: number, requestId: string | undefined) {
  // An action refused with 401 came before anyone was known and was never sent: nobody to audit it for.
  if (!requestId || !isWrite(method, url) || (status === 401 && new URL(url).pathname.startsWith('/api/actions/'))) return;
  writes.push({ requestId, what: `${method} ${new URL(url).pathname} → ${status}` });
}

/** The writes noted since the last call. */
export function takeWrites(): Write[] {
  const taken = writes;
  writes = [];
  return taken;
}
