import type { IncomingHttpHeaders } from 'node:http';
import type { RequestHandler } from 'express';
import { HttpError } from './api-error';

/**
 * Every /api call must carry `X-CSRF: 1`. A cross-site form or a simple fetch cannot set a
 * custom header without a CORS preflight, which this server never grants.
 */
export const requireCsrfHeader: RequestHandler = (req, _res, next) => next(csrfRefusal(req.headers));

/** What requireCsrfHeader answers a request's headers with: a 403 without `X-CSRF: 1`, else undefined. */
export function csrfRefusal(headers: IncomingHttpHeaders): HttpError | undefined {
  return headers['x-csrf'] === '1' ? undefined : new HttpError(403, 'CsrfHeaderMissing', 'Requests to /api must carry the header X-CSRF: 1');
}
