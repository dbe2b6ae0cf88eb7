import { cdsNetwork, mosMcs } from '@console/api-types';
import { callCds, callMos, UpstreamError, type MosFormat } from '@console/cloud-client';
import { Router, type Request } from 'express';
import { z } from 'zod';
import type { AuditLog } from '../audit/audit-log';
import { audited } from '../audit/audited';
import { HttpError } from '../http/api-error';
import { parseBody } from '../http/parse-body';
import { withStorageErrors } from '../people/routes';
import { requireAdmin } from '../session/user';
import { isUuid, type CloudAccountRepo } from '../storage';
import { defaultAccounts, type DefaultAccounts } from './default-account';
import { endpointPolicy, type EndpointPolicy } from './endpoint-policy';
import { readCredentials, signingCredentials } from './resolve';

const area = z.enum(['mainland', 'asia-pacific', 'americas-europe', 'custom']);
const fields = {
  name: z.string().trim().min(1, 'Name is required').max(64),
  accessKeyId: z.string().trim().min(1, 'AccessKey id is required').max(128),
  secret: z.string().min(1, 'AccessKey secret is required').max(256),
  endpointArea: area,
  endpointUrl: z.url({ message: 'The custom endpoint must be a URL' }).nullish(),
  region: z.string().trim().min(1, 'Region must not be empty').max(64).nullish(),
};
const cdsCreate = z
  .object({ provider: z.literal('cds'), ...fields, region: z.null().optional() })
  .refine((b) => b.endpointArea !== 'custom' || b.endpointUrl, { message: 'A custom endpoint needs a URL', path: ['endpointUrl'] });
// MOS has one endpoint per region, from the MOS account settings page: always a URL.
const mosCreate = z.object({
  provider: z.literal('mos'),
  name: fields.name,
  accessKeyId: fields.accessKeyId,
  secret: fields.secret,
  endpointArea: z.literal('custom').default('custom'),
  endpointUrl: z.url({ message: 'A MOS account needs its endpoint URL, e.g. https://mosapi.example.com/mcs/v1' }),
  region: fields.region,
});
const createBody = z.discriminatedUnion('provider', [cdsCreate, mosCreate], { error: 'provider must be cds or mos' });
const updateBody = z.object({
  name: fields.name.optional(),
  accessKeyId: fields.accessKeyId.optional(),
  secret: fields.secret.optional(),
  endpointArea: area.optional(),
  endpointUrl: fields.endpointUrl,
  region: fields.region,
});

/**
 * The signed key must not follow a changed field to another host: a new endpoint (area or URL)
 * needs the secret typed again. Fields sent unchanged (as the edit form does) need nothing.
 */
async function requireSecretToMove(accounts: CloudAccountRepo, id: string, body: z.infer<typeof updateBody>) {
  if (body.secret || (body.endpointArea === undefined && body.endpointUrl === undefined)) return;
  const current = isUuid(id) ? await accounts.get(id) : undefined;
  if (!current) return; // the update answers 404
  const area = body.endpointArea ?? current.endpointArea;
  const url = body.endpointUrl === undefined ? current.endpointUrl : body.endpointUrl;
  if (area === current.endpointArea && (area !== 'custom' || url === current.endpointUrl)) return;
  const message = 'Moving the account to another endpoint needs its AccessKey secret again';
  throw new HttpError(400, 'ValidationError', `secret: ${message}`, { issues: [{ path: 'secret', message }] });
}

const chooseDefaultBody = z.strictObject({
  provider: z.enum(['cds', 'mos'], { error: 'provider must be cds or mos' }),
  accountId: z.uuid({ message: 'accountId must be an account id' }),
});

/** Every cloud account, each marked whether it is its provider's default (GET /api/accounts). */
export async function listAccounts(accounts: CloudAccountRepo, defaults: DefaultAccounts) {
  const items = await accounts.list();
  const isDefault = await defaults.idsAmong(items);
  return items.map((a) => ({ ...a, isDefault: isDefault.has(a.id) }));
}

/**
 * Cloud accounts: everyone lists them (hints only, each provider's default marked); admins change
 * them and choose the defaults. Secrets never leave.
 */
export function accountsRouter(
  accounts: CloudAccountRepo,
  audit: AuditLog,
  upstreamTimeoutMs: number,
  mosFormat?: MosFormat,
  endpoints: EndpointPolicy = endpointPolicy(['*']),
  defaults: DefaultAccounts = defaultAccounts(accounts, undefined),
): Router {
  const r = Router();
  const checkEndpoint = (url: string | null | undefined) => {
    const problem = url ? endpoints.problem(url) : undefined;
    if (problem) throw new HttpError(400, 'ValidationError', `endpointUrl: ${problem}`, { issues: [{ path: 'endpointUrl', message: problem }] });
  };
  const change = <T>(req: Request, action: string, params: unknown, fn: () => Promise<T>) =>
    audited(audit, req, { product: 'accounts', action, params }, () => withStorageErrors(fn));

  r.get('/accounts', async (_req, res) => {
    res.json({ items: await listAccounts(accounts, defaults) });
  });

  // The account a call (and a person who has not picked one) uses when none is named.
  r.put('/accounts/default', requireAdmin, async (req, res) => {
    const body = parseBody(chooseDefaultBody, req.body);
    await change(req, 'SetDefaultCloudAccount', body, async () => {
      const account = await accounts.get(body.accountId);
      if (!account) throw new HttpError(404, 'CloudAccountNotFound', 'That cloud account does not exist');
      if (account.provider !== body.provider) {
        throw new HttpError(400, 'WrongCloudAccount', `That account is a ${account.provider.toUpperCase()} account, not ${body.provider.toUpperCase()}`);
      }
      await defaults.choose(body.provider, account.id, req.user!.username);
    });
    res.json({ provider: body.provider, accountId: body.accountId });
  });

  r.post('/accounts', requireAdmin, async (req, res) => {
    const body = parseBody(createBody, req.body);
    checkEndpoint(body.endpointUrl);
    const account = await change(req, 'CreateCloudAccount', body, () =>
      accounts.create({ ...body, endpointUrl: body.endpointUrl ?? null, region: body.region ?? null, createdBy: req.user!.username }),
    );
    res.status(201).json({ account });
  });

  r.patch('/accounts/:id', requireAdmin, async (req, res) => {
    const body = parseBody(updateBody, req.body);
    checkEndpoint(body.endpointUrl);
    await requireSecretToMove(accounts, String(req.params.id), body);
    const account = await change(req, 'ChangeCloudAccount', { id: req.params.id, ...body }, () => accounts.update(String(req.params.id), body));
    if (!account) throw new HttpError(404, 'CloudAccountNotFound', 'That cloud account does not exist');
    res.json({ account });
  });

  r.delete('/accounts/:id', requireAdmin, async (req, res) => {
    const gone = await change(req, 'DeleteCloudAccount', { id: req.params.id }, () => accounts.delete(String(req.params.id)));
    if (!gone) throw new HttpError(404, 'CloudAccountNotFound', 'That cloud account does not exist');
    res.status(204).end();
  });

  // A harmless signed read tells whether the key pair and endpoint work: DescribeVdc on CDS,
  // GetBalance on MOS.
  // Audited like every other POST: it signs a call with the stored secret.
  r.post('/accounts/:id/test', requireAdmin, async (req, res) => {
    const id = String(req.params.id);
    const result = await audited(audit, req, { product: 'accounts', action: 'TestCloudAccount', params: { id } }, async () => {
      const creds = await readCredentials(accounts, id);
      if (!creds) throw new HttpError(404, 'CloudAccountNotFound', 'That cloud account does not exist');
      const signing = signingCredentials(creds, { mosFormat });
      const opts = { timeoutMs: upstreamTimeoutMs, requestId: req.requestId, format: mosFormat };
      try {
        if (creds.provider === 'mos') await callMos(mosMcs.GetBalance, {}, signing, opts);
        else await callCds(cdsNetwork.DescribeVdc, {}, signing, opts);
        const probe = creds.provider === 'mos' ? 'GetBalance' : 'DescribeVdc';
        return { ok: true, message: `The key works: a signed ${probe} succeeded` };
      } catch (err) {
        if (!(err instanceof UpstreamError)) throw err;
        return { ok: false, code: err.code, message: err.message, upstream: err.upstream };
      }
    });
    res.json(result);
  });

  return r;
}
