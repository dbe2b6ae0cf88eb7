import { findAction } from '@console/api-types';
import { Router } from 'express';
import { z } from 'zod';
import { HttpError } from '../http/api-error';
import { parseQuery, queryText } from '../http/parse-query';
import { readCoalescer } from './coalesce';
import { executeAction, type ExecuteDeps } from './execute';

const actionQuery = z.object({ account: queryText(128).optional() });

/** POST /api/actions/:provider/:product/:action — catalog actions only, never a host or URL. */
export function actionsRouter(given: ExecuteDeps): Router {
  const deps: ExecuteDeps = { ...given, reads: given.reads ?? readCoalescer() };
  const r = Router();
  r.post('/actions/:provider/:product/:action', async (req, res) => {
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
  });
  return r;
}
