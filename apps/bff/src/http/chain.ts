import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * Middleware run one after the other as one Express layer: the same functions in the same order,
 * by Express 5's rules (a thrown error or a rejected promise, or `next(err)`, ends the chain and
 * goes on to the router's error handlers; `next()` goes to the next one, the last one's `next()`
 * to the router). Each Express layer a request passes costs a path match and a dispatch, and every
 * API request passes all of these. Not for handlers that call `next('route')` or `next('router')`.
 */
export function chain(...handlers: RequestHandler[]): RequestHandler {
  return (req, res, done) => run(handlers, 0, req, res, done);
}

function run(handlers: readonly RequestHandler[], i: number, req: Request, res: Response, done: NextFunction): void {
  const handler = handlers[i];
  if (!handler) return done();
  const next = ((err?: unknown) => {
    if (err) done(err);
    else run(handlers, i + 1, req, res, done);
  }) as NextFunction;
  try {
    const ret: unknown = handler(req, res, next);
    if (ret instanceof Promise) ret.then(undefined, (err: unknown) => done(err || new Error('Rejected promise')));
  } catch (err) {
    done(err);
  }
}

/**
 * Hands a request to `handler` only when its path (in the router it is mounted on) starts with one
 * of `prefixes`, compared as Express compares paths (ignoring case); any other request skips it
 * without entering it. For routers whose every route lies under these prefixes.
 */
export function onlyUnder(prefixes: readonly string[], handler: RequestHandler): RequestHandler {
  const lower = prefixes.map((p) => p.toLowerCase());
  return (req, res, next) => {
    const p = req.path.toLowerCase();
    return lower.some((prefix) => p.startsWith(prefix)) ? handler(req, res, next) : next();
  };
}
