import { findAction } from '@console/api-types';
import { Router, type Request, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import { HttpError } from '../http/api-error';
import { parseQuery, queryText } from '../http/parse-query';
import { readCoalescer } from './coalesce';
import { executeAction, type ExecuteDeps } from './execute';

export const actionQuery = z.object({ account: queryText(128).optional() });

/**
 * The paths Express's route below matches without decoding anything (no `%`): matched here
 * directly, as Express matches them (case-insensitive, one optional trailing slash, a parameter
 * is one or more characters other than `/`). Anything else (an encoded name) takes Express's route.
 */
const PLAIN_ACTION_PATH = /^\/actions\/([^/%]+)\/([^/%]+)\/([^/%]+)\/?$/i;

/**
 * POST /api/actions/:provider/:product/:action — catalog actions only, never a host or URL.
 * Nearly every API request is one: it is dispatched by one middleware that matches the path
 * itself (no nested router and route layers to pass), running the same handler; the router
 * stays behind it for what that match leaves (the same answers either way).
 */
export function actionsRouter(given: ExecuteDeps): RequestHandler {
  const handler = actionHandler({ ...given, reads: given.reads ?? readCoalescer() });
  const r = Router();
  r.post('/actions/:provider/:product/:action', handler);
  return (req, res, next) => {
    const m = req.method === 'POST' ? PLAIN_ACTION_PATH.exec(req.path) : null;
    if (!m) return r(req, res, next);
    const params: ActionParams = { provider: m[1]!, product: m[2]!, action: m[3]! };
    req.params = params;
    handler(req as Request<ActionParams>, res).catch((err: unknown) => next(err || new Error('Rejected promise')));
  };
}

type ActionParams = Record<'provider' | 'product' | 'action', string>;

function actionHandler(deps: ExecuteDeps) {
  return async (req: Request<ActionParams>, res: Response) => {
    const { provider, product, action } = req.params;
    const def = findAction(provider, product, action);
    if (!def) {
      throw new HttpError(404, 'UnknownAction', `${provider}/${product}/${action} is not an action of the catalog`);
    }
    if (!req.user) throw new HttpError(401, 'NotSignedIn', 'Sign in first');
    // A caller that hangs up before its answer: a write still waiting is then never sent.
    const gone = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) gone.abort();
    });
    const result = await executeAction(
      def,
      req.body,
      {
        requestId: req.requestId,
        accountId: parseQuery(actionQuery, req.query).account,
        user: req.user,
        ip: req.ip ?? '',
        // Read only when something is logged (a retry, an error): most reads log nothing here.
        get log() {
          return req.log;
        },
        signal: gone.signal,
        deadlineAt: (req.receivedAt ?? Date.now()) + deps.upstreamTimeoutMs,
      },
      deps,
    );
    res.json(result);
  };
}
