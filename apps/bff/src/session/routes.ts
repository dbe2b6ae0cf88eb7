import { Router, type Request } from 'express';
import { z } from 'zod';
import type { AuditLog } from '../audit/audit-log';
import { dummyPasswordHash, verifyPassword } from '../crypto/passwords';
import { HttpError } from '../http/api-error';
import type { Storage } from '../storage';
import { clearSessionCookie, readSessionToken, setSessionCookie } from './cookies';
import { parseBody } from '../http/parse-body';

const loginBody = z.object({
  username: z.string().trim().min(1, 'Username is required').max(64),
  password: z.string().min(1, 'Password is required').max(256),
});

/** Login, who-am-I and logout. Every attempt, good or bad, is audited. */
export function sessionRouter(storage: Pick<Storage, 'users' | 'sessions' | 'loginThrottle'>, audit: AuditLog): Router {
  const r = Router();
  const record = (req: Request, user: string, action: string, outcome: 'success' | 'denied', code?: string) =>
    audit.record({
      time: new Date().toISOString(),
      requestId: req.requestId,
      user,
      ip: req.ip ?? '',
      provider: 'console',
      product: 'session',
      action,
      params: {},
      outcome,
      ...(code ? { code } : {}),
    });

  r.get('/session', (req, res) => {
    if (!req.user) throw new HttpError(401, 'NotSignedIn', 'Sign in to use the console');
    res.json({ user: req.user });
  });

  r.post('/session', async (req, res) => {
    const { username, password } = parseBody(loginBody, req.body);
    const attempt = { username, ip: req.ip ?? '' };
    const refuseLocked = async (until: Date, retryAfterSeconds: number) => {
      await record(req, username, 'Login', 'denied', 'AccountLocked');
      res.setHeader('Retry-After', String(retryAfterSeconds));
      throw new HttpError(429, 'AccountLocked', `Too many failed sign-ins. Try again after ${until.toISOString()}.`, {
        lockedUntil: until.toISOString(),
      });
    };

    const lock = await storage.loginThrottle.check(attempt);
    if (lock.locked) return refuseLocked(lock.until, lock.retryAfterSeconds);
    // The attempt is counted before the hash is compared: a burst gets no more guesses than a row.
    const reserved = await storage.loginThrottle.reserve(attempt);
    if (!reserved.allowed && reserved.lock.locked) return refuseLocked(reserved.lock.until, reserved.lock.retryAfterSeconds);

    const found = await storage.users.findForLogin(username);
    // An unknown name costs the same scrypt work as a wrong password, so timing tells nothing.
    const ok = await verifyPassword(password, found?.passwordHash ?? (await dummyPasswordHash()));
    if (!found || !ok) {
      if (reserved.lock.locked) return refuseLocked(reserved.lock.until, reserved.lock.retryAfterSeconds);
      await record(req, username, 'Login', 'denied', 'InvalidCredentials');
      throw new HttpError(401, 'InvalidCredentials', 'Wrong username or password');
    }
    await storage.loginThrottle.recordSuccess(attempt);
    if (found.user.disabled) {
      await record(req, found.user.username, 'Login', 'denied', 'AccountDisabled');
      throw new HttpError(403, 'AccountDisabled', 'This account is disabled; ask an admin to enable it');
    }

    // A new session id at every login (no fixation); any session the browser brought is ended.
    const previous = readSessionToken(req);
    if (previous) await storage.sessions.revoke(previous, 'relogin');
    const { token } = await storage.sessions.create({
      userId: found.user.id,
      ip: req.ip,
      userAgent: req.get('user-agent')?.slice(0, 256),
    });
    await storage.users.recordLogin(found.user.id);
    await record(req, found.user.username, 'Login', 'success');
    setSessionCookie(req, res, token);
    const { id, username: name, displayName, role, language, theme } = found.user;
    res.json({ user: { id, username: name, displayName, role, language, theme } });
  });

  r.delete('/session', async (req, res) => {
    const token = readSessionToken(req);
    if (token) await storage.sessions.revoke(token, 'logout');
    // Recorded even without a session: every write attempt leaves a record.
    await record(req, req.user?.username ?? '', 'Logout', 'success');
    clearSessionCookie(req, res);
    res.status(204).end();
  });

  return r;
}
