import { randomUUID } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import {
  actionNotFound,
  bodyNotJson,
  bodyTooLarge,
  CdsError,
  internalError,
  methodNotAllowed,
  notImplemented,
  pathNotFound,
} from './exceptions';
import type { World } from './models/world';
import type { Registry } from './registry';
import { CDS_PATHS, type CdsPath } from './upstream-actions';
import { authenticate } from './wire/auth';
import { actionParameters, parseJsonBody } from './wire/params';
import { parseRawQuery, rawQueryOf } from './wire/query';
import { sendError, sendSuccess } from './wire/respond';

/** Largest body read; bigger ones answer 413. */
const BODY_LIMIT = '1mb';

interface CallLog {
  requestId: string;
  method: string;
  path: string;
  action?: string;
  accessKeyId?: string;
  consoleRequestId?: string;
}

/**
 * The CDS wire front: each product path (with and without a trailing slash), GET and POST.
 * One pipeline for every call: parse the raw query → authenticate → find the action →
 * read the body → validate with the catalog → handle → answer in the CDS envelope.
 */
export function cdsRouter(world: World, registry: Registry, log: Logger): express.Router {
  const router = express.Router({ strict: false });
  // Any content type, or none: the body is read as bytes and parsed as JSON only when non-empty.
  router.use(express.raw({ type: () => true, limit: BODY_LIMIT }));

  for (const path of CDS_PATHS) {
    router.all([path, `${path}/`], (req, res) => handle(path, req, res));
  }

  function handle(path: CdsPath, req: Request, res: Response) {
    const started = performance.now();
    const call: CallLog = {
      requestId: randomUUID(),
      method: req.method,
      path,
      consoleRequestId: req.get('x-console-request-id') ?? undefined,
    };
    let status = 200;
    let code = 'Success';
    try {
      if (req.method !== 'GET' && req.method !== 'POST') throw methodNotAllowed(req.method);
      const query = parseRawQuery(rawQueryOf(req.originalUrl));
      call.action = query.Action;
      call.accessKeyId = query.AccessKeyId;
      const account = authenticate(req.method, query, (id) => world.account(id), world.now());
      const found = registry.resolve(path, query.Action!);
      if (found.kind === 'unknown') throw actionNotFound(query.Action!, path);
      if (found.kind === 'not-implemented') throw notImplemented(query.Action!, path);
      const params = actionParameters(query, parseJsonBody(req.body));
      const ctx = { world, account, requestId: call.requestId, log: log.child({ requestId: call.requestId }) };
      const payload = found.handler.run(ctx, params);
      // A read changes nothing; after a write the bills see what it did (task ends are seen by the scheduler).
      if (found.handler.def.kind !== 'read') world.observeBills(account);
      sendSuccess(res, call.requestId, payload);
    } catch (err) {
      const e = err instanceof CdsError ? err : internalError();
      if (!(err instanceof CdsError)) log.error({ ...call, err }, 'handler failed');
      status = e.status;
      code = e.code;
      sendError(res, call.requestId, e);
    } finally {
      const ms = Math.round((performance.now() - started) * 10) / 10;
      const level = status >= 500 && status !== 501 ? 'error' : status >= 400 ? 'warn' : 'info';
      log[level]({ ...call, status, code, ms }, 'cds call');
    }
  }

  return router;
}

/** Answers for what the router does not serve, and for body-parser failures, in the CDS shape. */
export function cdsFallbacks(log: Logger) {
  const notFound = (req: Request, res: Response) => {
    sendError(res, randomUUID(), pathNotFound(req.path));
  };
  const errors = (err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err);
    const e = err as { type?: string; status?: number; message?: string };
    const cds =
      e.type === 'entity.too.large'
        ? bodyTooLarge()
        : e.status && e.status >= 400 && e.status < 500
          ? bodyNotJson(e.message ?? 'unreadable body')
          : internalError();
    if (cds.status >= 500) log.error({ err, path: req.path }, 'request failed');
    sendError(res, randomUUID(), cds);
  };
  return { notFound, errors };
}
