import type { IncomingHttpHeaders } from 'node:http';
import type { RequestHandler } from 'express';
import { HttpError } from './api-error';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Writes (every method but GET/HEAD/OPTIONS) from another site are refused here, not only by the
 * browser: a foreign `Origin` (or "null"), or `Sec-Fetch-Site: cross-site` / `same-site`, is a
 * 403. The console's own origin is the request's Host; `allowedOrigins` (ALLOWED_ORIGINS) adds
 * others, for a proxy that rewrites Host. Clients that send neither header (scripts) pass on to
 * the X-CSRF check.
 */
export function refuseCrossSite(allowedOrigins: readonly string[] = []): RequestHandler {
  const refusal = crossSiteRefusal(allowedOrigins);
  return (req, _res, next) => next(refusal(req.method, req.headers));
}

/** What refuseCrossSite checks, on a method and the request's headers: the error to answer with, if any. */
export function crossSiteRefusal(allowedOrigins: readonly string[] = []) {
  const allowed = new Set(allowedOrigins.map((o) => o.replace(/\/+$/, '').toLowerCase()));
  return (method: string, headers: IncomingHttpHeaders): HttpError | undefined => {
    if (READ_METHODS.has(method)) return undefined;
    const site = headers['sec-fetch-site'];
    const origin = headers.origin;
    const foreignSite = site === 'cross-site' || site === 'same-site';
    if (foreignSite || (origin !== undefined && !isOwnOrigin(origin, headers.host, allowed))) {
      return new HttpError(403, 'CrossSiteRequest', 'Changes must come from the console itself; this request came from another site');
    }
    return undefined;
  };
}

function isOwnOrigin(origin: string, host: string | undefined, allowed: Set<string>): boolean {
  if (allowed.has(origin.toLowerCase())) return true;
  try {
    return host !== undefined && new URL(origin).host.toLowerCase() === host.toLowerCase();
  } catch {
    return false; // "null" and anything else that is not a URL
  }
}

/** JSON routes read only JSON: another body type (a form's, text/plain) is a 415. Body-less calls pass. */
export const requireJsonBody: RequestHandler = (req, _res, next) => {
  const hasBody = Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;
  if (!hasBody || req.is('application/json')) return next();
  next(new HttpError(415, 'UnsupportedMediaType', 'Send the body as application/json'));
};
