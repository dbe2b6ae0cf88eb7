import type { RequestHandler } from 'express';
import { HttpError } from './api-error';

/**
 * Every /api call must carry `X-CSRF: 1`. A cross-site form or a simple fetch cannot set a
 * custom header without a CORS preflight, which this server never grants.
 */
export const requireCsrfHeader: RequestHandler = (req, _res, next) => {
  if (req.get('x-csrf') !== '1') {
    next(new HttpError(403, 'CsrfHeaderMissing', 'Requests to /api must carry the header X-CSRF: 1'));
    return;
  }
  next();
};
