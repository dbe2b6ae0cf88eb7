import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'console_sid';

/** The session token from the Cookie header (no cookie-parser: one cookie is all we read). */
export function readSessionToken(req: Pick<Request, 'headers'>): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

/**
 * HttpOnly (no script reads it), SameSite=Strict (never sent cross-site), Secure when the
 * console is served over HTTPS. No Max-Age: the server decides when a session ends.
 */
export function setSessionCookie(req: Request, res: Response, token: string) {
  res.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' });
}

export function clearSessionCookie(req: Request, res: Response) {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' });
}
