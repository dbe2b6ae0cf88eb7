import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { Language } from '../i18n/i18n';
import { ApiRequestError, bffFetch, consoleCall } from './client';

export type Role = 'viewer' | 'operator' | 'admin';
export const ROLES: readonly Role[] = ['viewer', 'operator', 'admin'];
export type ServerLanguage = 'zh-CN' | 'en-US';
export type ThemePreference = 'system' | 'light' | 'dark';

/** The signed-in person, as GET/POST /api/session answers. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  language: ServerLanguage | string;
  theme: ThemePreference | string;
}

export const SESSION_KEY = ['console', 'session'] as const;
export const SETUP_KEY = ['console', 'setup'] as const;
/** Why the session ended ('signedOut', 'expired', 'passwordChanged'); the sign-in page says so. */
export const SIGN_OUT_REASON_KEY = ['console', 'signOutReason'] as const;
export type SignOutReason = 'signedOut' | 'expired' | 'passwordChanged';

/** Who is signed in; null when nobody is (the BFF answers 401). */
export const sessionQuery = queryOptions({
  queryKey: SESSION_KEY,
  queryFn: async ({ signal }): Promise<SessionUser | null> => {
    try {
      const body = (await bffFetch('/api/session', { method: 'GET' }, { signal })) as { user?: SessionUser | null };
      return body.user ?? null;
    } catch (err) {
      if (err instanceof ApiRequestError && err.httpStatus === 401) return null;
      throw err;
    }
  },
  staleTime: 60_000,
});

/** Whether the console still needs its first admin (then /setup is the way in). */
export const setupQuery = queryOptions({
  queryKey: SETUP_KEY,
  queryFn: ({ signal }) => consoleCall<{ needed: boolean }>('GET', '/api/setup', undefined, { signal }),
  staleTime: 30_000,
});

export const isSignedOutError = (err: unknown) => err instanceof ApiRequestError && err.httpStatus === 401;

export const signIn = async (username: string, password: string) =>
  (await consoleCall<{ user: SessionUser }>('POST', '/api/session', { username, password })).user;

export const signOutCall = () => consoleCall<void>('DELETE', '/api/session');

export const runSetup = (body: { setupCode: string; username: string; password: string }) =>
  consoleCall<{ ok: true }>('POST', '/api/setup', body);

export const updateProfile = async (change: { displayName?: string; language?: ServerLanguage; theme?: ThemePreference }) =>
  (await consoleCall<{ user: SessionUser }>('PATCH', '/api/me', change)).user;

export const changeOwnPassword = (currentPassword: string, newPassword: string) =>
  consoleCall<void>('POST', '/api/me/password', { currentPassword, newPassword });

/** The server says en-US where the SPA says en. */
export const toServerLanguage = (l: Language): ServerLanguage => (l === 'zh-CN' ? 'zh-CN' : 'en-US');
export const fromServerLanguage = (l: string | undefined): Language | undefined =>
  l === 'zh-CN' ? 'zh-CN' : l === 'en-US' || l === 'en' ? 'en' : undefined;

/** The person's name to show: the display name, else the username. */
export const shownName = (u: Pick<SessionUser, 'displayName' | 'username'>) => u.displayName?.trim() || u.username;

/** A new person signed in: nothing cached for the previous one may show, then the session is theirs. */
export function startSession(client: QueryClient, user: SessionUser) {
  const keep = (key: readonly unknown[]) => key[0] === 'console' && (key[1] === 'session' || key[1] === 'setup');
  client.removeQueries({ predicate: (q) => !keep(q.queryKey) });
  client.removeQueries({ queryKey: SIGN_OUT_REASON_KEY });
  client.setQueryData(SESSION_KEY, user);
}

/**
 * The session is over: the shell sends the person to the sign-in page, which tells why. Cached
 * answers are dropped at the next sign-in (dropping them now would refetch what is still on screen).
 */
export function endSession(client: QueryClient, reason: SignOutReason) {
  client.setQueryData(SIGN_OUT_REASON_KEY, reason);
  client.setQueryData(SESSION_KEY, null);
}
