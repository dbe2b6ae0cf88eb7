import { timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import { z } from 'zod';
import type { AuditLog } from '../audit/audit-log';
import { audited } from '../audit/audited';
import { checkPasswordPolicy, hashPassword } from '../crypto/passwords';
import { HttpError } from '../http/api-error';
import { parseBody } from '../http/parse-body';
import type { Storage } from '../storage';

const setupBody = z.object({
  setupCode: z.string().min(1, 'The setup code printed at start is required'),
  username: z.string().trim().min(1, 'Username is required'),
  password: z.string(),
});

/**
 * First start without CONSOLE_ADMIN_PASSWORD: whoever holds the code printed on the server's
 * console creates the first admin, once. Afterwards the route only says it is not needed.
 */
export function setupRouter(storage: Pick<Storage, 'users'>, audit: AuditLog, setupCode: string | undefined): Router {
  const r = Router();
  let used = !setupCode;
  r.get('/setup', async (_req, res) => {
    res.json({ needed: !used && (await storage.users.count()) === 0 });
  });
  r.post('/setup', async (req, res) => {
    const body = parseBody(setupBody, req.body);
    if (used || (await storage.users.count()) > 0) throw new HttpError(409, 'SetupDone', 'The console is already set up; sign in instead');
    const given = Buffer.from(body.setupCode.trim());
    const expected = Buffer.from(setupCode!);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new HttpError(403, 'WrongSetupCode', 'That is not the setup code printed when the console started');
    }
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
