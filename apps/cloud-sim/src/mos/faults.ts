import type { Request, Response } from 'express';
import type { FaultWire } from '../faults/inject';
import { MosError } from './errors';
import { sendMosError, type MosFormat } from './wire/respond';

/**
 * What the MOS front needs to fault a call: its action (the query, or the form body a POST
 * carries: mount after the body is read), and the answers in the format the call asked for.
 * The document names no 5xx or throttling code, so these are EC2's, as the rest of the MOS
 * errors (README "MOS decisions"): InternalError 500 / Unavailable 503, and throttling as
 * RequestLimitExceeded (503, EC2's) or the Query API's Throttling (400), alternately.
 */
export const MOS_FAULT_WIRE: FaultWire = {
  provider: 'mos',
  scopeOf: (req) => ({ product: 'mcs', action: paramOf(req, 'Action') }),
  serverError: (req, res, n) =>
    answer(req, res, n % 2 ? new MosError(500, 'InternalError', 'An internal error has occurred. Retry your request.') : new MosError(503, 'Unavailable', 'The server is overloaded and cannot handle the request.')),
  throttled: (req, res, n) =>
    answer(req, res, n % 2 ? new MosError(503, 'RequestLimitExceeded', 'Request limit exceeded.') : new MosError(400, 'Throttling', 'Rate exceeded')),
};

function answer(req: Request, res: Response, err: MosError) {
  const format = paramOf(req, 'Format')?.toLowerCase();
  sendMosError(res, (format === 'json' ? 'json' : 'xml') satisfies MosFormat, err);
}

/** One parameter from the query or the form body, without the strict checks the router makes later. */
function paramOf(req: Request, name: string): string | undefined {
  const q = req.originalUrl.indexOf('?');
  const fromQuery = q === -1 ? null : safeParams(req.originalUrl.slice(q + 1)).get(name);
  if (fromQuery) return fromQuery;
  const body = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
  return safeParams(body).get(name) ?? undefined;
}

function safeParams(text: string): URLSearchParams {
  try {
    return new URLSearchParams(text);
  } catch {
    return new URLSearchParams();
  }
}
