import { Router, type Request } from 'express';
import { z } from 'zod';
import type { AuditLog } from '../audit/audit-log';
import { audited } from '../audit/audited';
import { checkPasswordPolicy, hashPassword, verifyPassword } from '../crypto/passwords';
import { HttpError } from '../http/api-error';
import { parseBody } from '../http/parse-body';
import { pageNumber, parseQuery, queryText } from '../http/parse-query';
import { requireAdmin } from '../session/user';
import { ConflictError, StorageValidationError, type Storage, type UserRecord } from '../storage';

const role = z.enum(['viewer', 'operator', 'admin']);
const language = z.enum(['zh-CN', 'en-US']);
const theme = z.enum(['system', 'light', 'dark']);

const createBody = z.object({
  username: z.string().trim().min(1, 'Username is required'),
  displayName: z.string().trim().max(100).optional(),
  role,
  password: z.string(),
});
const changeBody = z
  .object({ role: role.optional(), disabled: z.boolean().optional(), password: z.string().optional() })
  .refine((b) => Object.keys(b).length > 0, 'Nothing to change');
const profileBody = z.object({
  displayName: z.string().trim().max(100).optional(),
  language: language.optional(),
  theme: theme.optional(),
});
const listQuery = z.object({ page: pageNumber().default(1), pageSize: pageNumber(100).default(20), q: queryText(64).optional() });
const passwordBody = z.object({ currentPassword: z.string().min(1, 'Current password is required'), newPassword: z.string() });

const publicUser = (u: UserRecord) => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role: u.role,
  disabled: u.disabled,
  language: u.language,
  theme: u.theme,
  lastLoginAt: u.lastLoginAt,
  createdAt: u.createdAt,
});

function checkPassword(password: string, username: string) {
  const check = checkPasswordPolicy(password, { username });
  if (!check.ok) throw new HttpError(400, 'WeakPassword', check.message, { issues: [{ path: 'password', message: check.message }] });
}

/** People (admins) and one's own profile. Every change is audited; passwords never are. */
export function peopleRouter(storage: Pick<Storage, 'users' | 'sessions' | 'loginThrottle'>, audit: AuditLog): Router {
  const r = Router();
  const change = <T>(req: Request, action: string, params: unknown, fn: () => Promise<T>) =>
    audited(audit, req, { product: 'people', action, params }, () => withStorageErrors(fn));

  r.get('/users', requireAdmin, async (req, res) => {
    const { page, pageSize, q: search } = parseQuery(listQuery, req.query);
    const result = await storage.users.list({ page, pageSize, search });
    const items = await Promise.all(
      result.items.map(async (u) => ({ ...publicUser(u), lockedUntil: (await storage.loginThrottle.status(u.username)).lockedUntil })),
    );
    res.json({ ...result, items });
  });

  r.post('/users', requireAdmin, async (req, res) => {
    const body = parseBody(createBody, req.body);
    checkPassword(body.password, body.username);
    const user = await change(req, 'CreateUser', { username: body.username, role: body.role }, async () =>
      storage.users.create({ username: body.username, displayName: body.displayName, role: body.role, passwordHash: await hashPassword(body.password) }),
    );
    res.status(201).json({ user: publicUser(user) });
  });

  r.patch('/users/:id', requireAdmin, async (req, res) => {
    const body = parseBody(changeBody, req.body);
    const id = String(req.params.id);
    const target = await storage.users.findById(id);
    if (!target) throw new HttpError(404, 'UserNotFound', 'No such person');
    const losesAdmin = target.role === 'admin' && !target.disabled && ((body.role && body.role !== 'admin') || body.disabled === true);
    if (losesAdmin && (await storage.users.countActiveAdmins()) <= 1) {
      throw new HttpError(409, 'LastAdmin', 'The last active admin cannot be demoted or disabled');
    }
    if (body.password !== undefined) checkPassword(body.password, target.username);
    const params = { id, username: target.username, role: body.role, disabled: body.disabled, passwordReset: body.password !== undefined };
    await change(req, 'ChangeUser', params, async () => {
      if (body.role) await storage.users.setRole(id, body.role);
      if (body.disabled !== undefined) await storage.users.setDisabled(id, body.disabled);
      if (body.password !== undefined) {
        await storage.users.setPasswordHash(id, await hashPassword(body.password));
        await storage.loginThrottle.clear({ username: target.username });
      }
    });
    res.json({ user: publicUser((await storage.users.findById(id))!) });
  });

  r.post('/users/:id/unlock', requireAdmin, async (req, res) => {
    const target = await storage.users.findById(String(req.params.id));
    if (!target) throw new HttpError(404, 'UserNotFound', 'No such person');
    await change(req, 'UnlockUser', { username: target.username }, () => storage.loginThrottle.clear({ username: target.username }));
    res.status(204).end();
  });

  r.patch('/me', async (req, res) => {
    const body = parseBody(profileBody, req.body);
    const user = await change(req, 'ChangeProfile', body, () => storage.users.setPreferences(req.user!.id, body));
    res.json({ user: publicUser(user!) });
  });

  r.post('/me/password', async (req, res) => {
    const body = parseBody(passwordBody, req.body);
    const found = await storage.users.findForLogin(req.user!.username);
    if (!found || !(await verifyPassword(body.currentPassword, found.passwordHash))) {
      throw new HttpError(400, 'InvalidCredentials', 'The current password is wrong', { issues: [{ path: 'currentPassword', message: 'The current password is wrong' }] });
    }
    checkPassword(body.newPassword, found.user.username);
    // setPasswordHash ends every session of this person, this one included: sign in again.
    await change(req, 'ChangeOwnPassword', {}, async () => storage.users.setPasswordHash(found.user.id, await hashPassword(body.newPassword)));
    res.status(204).end();
  });

  return r;
}

/** Storage's own validation and conflicts become 400 and 409 with its message. */
export async function withStorageErrors<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof StorageValidationError) throw new HttpError(400, 'ValidationError', err.message);
    if (err instanceof ConflictError) throw new HttpError(409, 'Conflict', err.message);
    throw err;
  }
}
