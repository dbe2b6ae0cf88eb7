import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import type { SessionRepo } from '../storage';
import { readSessionToken } from './cookies';
import type { ConsoleUser } from './user';

/**
 * Touching on every request would write on every request; once a minute is enough for long idle
 * timeouts, and a quarter of the idle window for short ones, so steady use always keeps it alive.
 */
const TOUCH_EVERY_MS = 60_000;
const touchInterval = (s: { lastSeenAt: Date; idleExpiresAt: Date }) =>
  Math.min(TOUCH_EVERY_MS, (s.idleExpiresAt.getTime() - s.lastSeenAt.getTime()) / 4);

/** Finds the live session behind the cookie, if any, and puts its person on the request. */
export function loadSession(sessions: SessionRepo): RequestHandler {
  return async (req, _res, next) => {
    const found = await sessionOf(sessions, req);
    if (found) {
      req.user = found.user;
      req.sessionToken = found.token;
    }
    next();
  };
}

/** The person of the live session behind a request's cookie (its own copy), touching the session when due. */
export async function sessionOf(sessions: SessionRepo, req: Pick<IncomingMessage, 'headers'>): Promise<{ user: ConsoleUser; token: string } | undefined> {
  const token = readSessionToken(req);
  if (!token) return undefined;
  const found = await sessions.findValid(token);
  if (!found) return undefined;
  if (Date.now() - found.session.lastSeenAt.getTime() > touchInterval(found.session)) await sessions.touch(token);
  return { user: { ...found.user }, token };
}
