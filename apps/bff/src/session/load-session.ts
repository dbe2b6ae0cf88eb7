import type { RequestHandler } from 'express';
import type { SessionRepo } from '../storage';
import { readSessionToken } from './cookies';

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
    const token = readSessionToken(req);
    if (!token) return next();
    const found = await sessions.findValid(token);
    if (!found) return next();
    req.user = { ...found.user };
    req.sessionToken = token;
    if (Date.now() - found.session.lastSeenAt.getTime() > touchInterval(found.session)) await sessions.touch(token);
    next();
  };
}
