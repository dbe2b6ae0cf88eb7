import { timingSafeEqual } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { AuditLog } from '../audit/audit-log';
import { audited } from '../audit/audited';
import { checkPasswordPolicy, hashPassword } from '../crypto/passwords';
import { HttpError } from '../http/api-error';
import { parseBody } from '../http/parse-body';
import type { Storage } from '../storage';
import type { LockState } from '../storage/login-throttle';

const setupBody = z.object({
  setupCode: z.string().min(1, 'The setup code printed at start is required'),
  username: z.string().trim().min(1, 'Username is required'),
  password: z.string(),
});

/**
 * First start without CONSOLE_ADMIN_PASSWORD: whoever holds the code printed on the server's
 * console creates the first admin, once. Afterwards the route only says it is not needed.
 */
/** The setup code has one counter for everybody (any name a person can type is trimmed and printable). */
const SETUP_THROTTLE_KEY = '\u0001setup-code';

export function setupRouter(storage: Pick<Storage, 'users' | 'loginThrottle'>, audit: AuditLog, setupCode: string | undefined): Router {
  const r = Router();
  const refuse = async (req: Request, code: string) =>
    audit.record({
      time: new Date().toISOString(),
      requestId: req.requestId,
      user: '',
      ip: req.ip ?? '',
      provider: 'console',
      product: 'people',
      action: 'SetupFirstAdmin',
      params: {},
      outcome: 'denied',
      code,
    });
  const refuseLocked = async (req: Request, res: Response, lock: LockState) => {
    if (!lock.locked) return;
    await refuse(req, 'SetupLocked');
    res.setHeader('Retry-After', String(lock.retryAfterSeconds));
    throw new HttpError(429, 'SetupLocked', `Too many wrong setup codes. Try again after ${lock.until.toISOString()}.`, {
      lockedUntil: lock.until.toISOString(),
    });
  };
  let used = !setupCode;
  r.get('/setup', async (_req, res) => {
    res.json({ needed: !used && (await storage.users.count()) === 0 });
  });
  r.post('/setup', async (req, res) => {
    const body = parseBody(setupBody, req.body);
    if (used || (await storage.users.count()) > 0) throw new HttpError(409, 'SetupDone', 'The console is already set up; sign in instead');
    // Counted before it is compared (as sign-in is), so parallel guesses cannot outrun the lock.
    const attempt = { username: SETUP_THROTTLE_KEY, ip: req.ip ?? '' };
    await refuseLocked(req, res, await storage.loginThrottle.check(attempt));
    const reserved = await storage.loginThrottle.reserve(attempt);
    if (!reserved.allowed) await refuseLocked(req, res, reserved.lock);
    const given = Buffer.from(body.setupCode.trim());
    const expected = Buffer.from(setupCode!);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      await refuseLocked(req, res, reserved.lock);
      await refuse(req, 'WrongSetupCode');
      throw new HttpError(403, 'WrongSetupCode', 'That is not the setup code printed when the console started');
    }
    await storage.loginThrottle.recordSuccess(attempt);
    const check = checkPasswordPolicy(body.password, { username: body.username });
    if (!check.ok) throw new HttpError(400, 'WeakPassword', check.message, { issues: [{ path: 'password', message: check.message }] });
    used = true;
    await audited(audit, req, { product: 'people', action: 'SetupFirstAdmin', params: { username: body.username } }, async () =>
      storage.users.create({ username: body.username, role: 'admin', passwordHash: await hashPassword(body.password) }),
    );
    res.status(201).json({ ok: true });
  });
  return r;
}
