import { randomUUID } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { bodyTooLarge, internalError, invalidParameterValue, methodNotAllowed, MosError, pathNotFound } from './errors';
import type { MosWorld } from './models/world';
import type { MosRegistry } from './registry';
import { authenticate } from './wire/auth';
import { requestParameters, requestPath, signedHostOf } from './wire/params';
import { sendAnswer, sendMosError, type MosFormat } from './wire/respond';

/** Where the API is served: the document's "/" and the published clients' "/mcs/v1". */
export const MOS_PATHS = ['/', '/mcs/v1'] as const;

/** Format=json or xml (any case); XML when absent, as the document says. */
function formatOf(params: Record<string, string>): MosFormat {
  const f = params.Format;
  if (f === undefined || f === '') return 'xml';
  const lower = f.toLowerCase();
  if (lower === 'json' || lower === 'xml') return lower;
  throw invalidParameterValue(`Format must be json or xml, not "${f}".`);
}

/**
 * The MOS wire front. One pipeline: read the parameters (query, and the form body of a POST)
 * → authenticate (SigV2 over the path actually requested) → bring the account to now → find
 * the action → validate with the catalog → handle → answer in the asked format.
 */
export function mosRouter(
  world: MosWorld,
  registry: MosRegistry,
  log: Logger,
  /** Faults on demand (faults/inject.ts), after the body is read so a POST's Action is known. */
  faults?: express.RequestHandler,
): express.Router {
  const router = express.Router({ strict: true });
  router.use(express.raw({ type: () => true, limit: '1mb' }));

  const handle = (req: Request, res: Response) => {
    const started = performance.now();
    const call: Record<string, unknown> = { requestId: randomUUID(), method: req.method, path: requestPath(req.originalUrl) };
    let format: MosFormat = 'xml';
    let status = 200;
    let code: string | number = 'Success';
    try {
      if (req.method !== 'GET' && req.method !== 'POST') throw methodNotAllowed(req.method);
      const params = requestParameters(req.originalUrl, req.method === 'POST' ? (req.body as Buffer) : undefined);
      call.action = params.Action;
      call.accessKeyId = params.AWSAccessKeyId;
      format = formatOf(params);
      call.format = format;
      const now = world.now();
      const account = authenticate(
        { method: req.method, host: signedHostOf(req.headers.host), path: call.path as string, params },
        (id) => world.account(id),
        now,
      );
      const handler = registry.resolve(params.Action!);
      account.settle(now);
      sendAnswer(res, handler.action, format, handler.run({ world, account, now }, params));
    } catch (err) {
      const e = err instanceof MosError ? err : internalError();
      if (!(err instanceof MosError)) log.error({ ...call, err }, 'MOS handler failed');
      status = e.status;
      code = e.code;
      sendMosError(res, format, e);
    } finally {
      const ms = Math.round((performance.now() - started) * 10) / 10;
      log[status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info']({ ...call, status, code, ms }, 'mos call');
    }
  };

  for (const path of MOS_PATHS) router.all(path, ...(faults ? [faults] : []), handle);
  return router;
}

/** Answers outside the API paths, and body-parser failures, in the MOS error shape (XML). */
export function mosFallbacks(log: Logger) {
  return {
    notFound: (req: Request, res: Response) => sendMosError(res, 'xml', pathNotFound(req.path)),
    errors: (err: unknown, req: Request, res: Response, next: NextFunction) => {
      if (res.headersSent) return next(err);
      const e = err as { type?: string };
      const mos = e.type === 'entity.too.large' ? bodyTooLarge() : internalError();
      if (mos.status >= 500) log.error({ err, path: req.path }, 'MOS request failed');
      sendMosError(res, 'xml', mos);
    },
  };
}
