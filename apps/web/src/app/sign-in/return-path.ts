import type { SignOutReason } from '../../api/session';

const NO_RETURN = ['/login', '/setup'];

/**
 * Where to go after signing in: a path of this console only (starting with one "/", not "//" or
 * "/\\", which browsers read as another host), never the sign-in or setup page itself.
 */
export function safeNext(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return '/';
  if (NO_RETURN.some((p) => raw === p || raw.startsWith(`${p}?`) || raw.startsWith(`${p}/`))) return '/';
  return raw;
}

/** The sign-in page's address that brings the person back to `pathname + search` afterwards. */
export function loginHref(pathname: string, search: string, reason?: SignOutReason): string {
  const p = new URLSearchParams();
  const here = `${pathname}${search}`;
  if (here !== '/' && safeNext(here) === here) p.set('next', here);
  if (reason) p.set('reason', reason);
  const s = p.toString();
  return s ? `/login?${s}` : '/login';
}

export const SIGN_OUT_REASONS: readonly SignOutReason[] = ['signedOut', 'expired', 'passwordChanged'];

export const reasonFrom = (params: URLSearchParams): SignOutReason | undefined => {
  const r = params.get('reason');
  return SIGN_OUT_REASONS.includes(r as SignOutReason) ? (r as SignOutReason) : undefined;
};
