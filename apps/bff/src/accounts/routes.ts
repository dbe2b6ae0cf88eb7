import { cdsNetwork } from '@console/api-types';
import { callCds, cdsEndpointFor, UpstreamError } from '@console/cloud-client';
import { Router, type Request } from 'express';
import { z } from 'zod';
import type { AuditLog } from '../audit/audit-log';
import { audited } from '../audit/audited';
import { HttpError } from '../http/api-error';
import { parseBody } from '../http/parse-body';
import { withStorageErrors } from '../people/routes';
import { requireAdmin } from '../session/user';
import type { CloudAccountRepo } from '../storage';

const area = z.enum(['mainland', 'asia-pacific', 'americas-europe', 'custom']);
const fields = {
  name: z.string().trim().min(1, 'Name is required').max(64),
  accessKeyId: z.string().trim().min(1, 'AccessKey id is required').max(128),
  secret: z.string().min(1, 'AccessKey secret is required').max(256),
  endpointArea: area,
  endpointUrl: z.url({ message: 'The custom endpoint must be a URL' }).nullish(),
};
const createBody = z
  .object({ provider: z.enum(['cds', 'mos']), ...fields })
  .refine((b) => b.endpointArea !== 'custom' || b.endpointUrl, { message: 'A custom endpoint needs a URL', path: ['endpointUrl'] });
const updateBody = z.object({
  name: fields.name.optional(),
  accessKeyId: fields.accessKeyId.optional(),
  secret: fields.secret.optional(),
  endpointArea: area.optional(),
  endpointUrl: fields.endpointUrl,
});

/** Cloud accounts: everyone lists them (hints only); admins change them. Secrets never leave. */
export function accountsRouter(accounts: CloudAccountRepo, audit: AuditLog, upstreamTimeoutMs: number): Router {
  const r = Router();
  const change = <T>(req: Request, action: string, params: unknown, fn: () => Promise<T>) =>
    audited(audit, req, { product: 'accounts', action, params }, () => withStorageErrors(fn));

  r.get('/accounts', async (_req, res) => {
    res.json({ items: await accounts.list() });
  });

  r.post('/accounts', requireAdmin, async (req, res) => {
    const body = parseBody(createBody, req.body);
    const account = await change(req, 'CreateCloudAccount', body, () =>
      accounts.create({ ...body, endpointUrl: body.endpointUrl ?? null, createdBy: req.user!.username }),
    );
    res.status(201).json({ account });
  });

  r.patch('/accounts/:id', requireAdmin, async (req, res) => {
    const body = parseBody(updateBody, req.body);
    const account = await change(req, 'ChangeCloudAccount', { id: req.params.id, ...body }, () => accounts.update(String(req.params.id), body));
    if (!account) throw new HttpError(404, 'CloudAccountNotFound', 'That cloud account does not exist');
    res.json({ account });
  });

  r.delete('/accounts/:id', requireAdmin, async (req, res) => {
    const gone = await change(req, 'DeleteCloudAccount', { id: req.params.id }, () => accounts.delete(String(req.params.id)));
    if (!gone) throw new HttpError(404, 'CloudAccountNotFound', 'That cloud account does not exist');
    res.status(204).end();
  });

  // A harmless signed read (DescribeVdc) tells whether the key pair and endpoint work.
  r.post('/accounts/:id/test', requireAdmin, async (req, res) => {
    const creds = await accounts.getCredentials(String(req.params.id));
    if (!creds) throw new HttpError(404, 'CloudAccountNotFound', 'That cloud account does not exist');
    if (creds.provider !== 'cds') throw new HttpError(501, 'NotSupportedYet', 'Testing MOS accounts comes with MOS support');
    try {
      await callCds(
        cdsNetwork.DescribeVdc,
        {},
        { endpoint: cdsEndpointFor(creds.endpointArea, creds.endpointUrl), accessKeyId: creds.accessKeyId, secret: creds.secret },
        { timeoutMs: upstreamTimeoutMs, requestId: req.requestId },
      );
      res.json({ ok: true, message: 'The key works: a signed DescribeVdc succeeded' });
    } catch (err) {
      if (!(err instanceof UpstreamError)) throw err;
      res.json({ ok: false, code: err.code, message: err.message, upstream: err.upstream });
    }
  });

  return r;
}
