import { findAction } from '@console/api-types';
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { HttpError } from '../http/api-error';
import type { AuditEntry, AuditLog } from './audit-log';
import { redactParams } from './redact';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** What a refused request tried to do, from its path: a catalog action, or a console route. */
function attempted(req: Request): Pick<AuditEntry, 'provider' | 'product' | 'action'> {
  const action = /^\/actions\/([^/]+)\/([^/]+)\/([^/]+)$/.exec(req.path);
  if (action) return { provider: action[1]!, product: action[2]!, action: action[3]! };
  if (req.path === '/session' && req.method === 'POST') return { provider: 'console', product: 'session', action: 'Login' };
  return { provider: 'console', product: req.path.split('/')[1] || 'api', action: `${req.method} ${req.path}` };
}

const outcomeOf = (status: number): AuditEntry['outcome'] => (status === 401 || status === 403 ? 'forbidden' : 'validation_error');

/**
 * Makes "every write attempt leaves an audit record" hold for every /api route: the routes record
 * through `audit` (which notes the request ids it saw); `track` forgets a request once answered;
 * `auditUnrecorded`, the last error step of /api, records a write whose error nobody audited
 * (refused before the routes — origin, CSRF header, body parsing and bounds, query — or by a
 * route's own checks, or an unknown route). The record holds the parsed body, redacted, escaped
 * and bounded.
 */
export function writeAudit(inner: AuditLog): { audit: AuditLog; track: RequestHandler; auditUnrecorded: ErrorRequestHandler } {
  const recorded = new Set<string>();
  const audit: AuditLog = {
    record(entry) {
      recorded.add(entry.requestId);
      return inner.record(entry);
    },
  };
  const track: RequestHandler = (req, res, next) => {
    res.on('close', () => recorded.delete(req.requestId));
    next();
  };
  const auditUnrecorded: ErrorRequestHandler = (err, req, _res, next) => {
    if (READ_METHODS.has(req.method) || recorded.has(req.requestId)) return next(err);
    // Catalog reads go by POST too but are not writes: a failed read is no write attempt.
    const what = attempted(req);
    if (what.provider !== 'console' && findAction(what.provider, what.product, what.action)?.kind === 'read') return next(err);
    const status = err instanceof HttpError ? err.httpStatus : typeof err?.status === 'number' ? (err.status as number) : 500;
    const code =
      err instanceof HttpError ? err.code : typeof err?.type === 'string' ? (err.type as string) : typeof err?.code === 'string' ? (err.code as string) : 'InternalError';
    const body: unknown = req.body;
    audit
      .record({
        time: new Date().toISOString(),
        requestId: req.requestId,
        user: req.user?.username ?? '',
        ip: req.ip ?? '',
        ...what,
        params: body && typeof body === 'object' ? redactParams(body) : {},
        outcome: outcomeOf(status),
        code,
      })
      .catch((e: unknown) => req.log?.error({ err: e }, 'refused write could not be audited'))
      .finally(() => next(err));
  };
  return { audit, track, auditUnrecorded };
}
