import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's headers, worked out once: with these options they are the same for every answer
 * (no nonce, nothing read from the request), yet Helmet's dozen middleware rebuild and set them on
 * each response. This runs Helmet once at start-up on a recording response and then sets what it
 * set, in its order, with its values (and removes what it removed).
 */
export function securityHeaders(options: HelmetOptions): RequestHandler {
  const set = securityHeaderSetter(options);
  return (_req, res, next) => {
    set(res);
    next();
  };
}

/** Sets Helmet's headers for `options` (worked out once, see above) on a response. */
export function securityHeaderSetter(options: HelmetOptions): (res: Pick<ServerResponse, 'setHeader' | 'removeHeader'>) => void {
  const set: [string, string | number | readonly string[]][] = [];
  const removed: string[] = [];
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      set.push([name, value]);
      return recorder;
    },
    removeHeader(name: string) {
      removed.push(name);
    },
  };
  let called = false;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
    called = true;
  });
  // Helmet ends synchronously when nothing is read from the request; if it ever stops doing so, fail at start-up.
  if (!called) throw new Error('helmet did not finish synchronously: its headers cannot be computed once');
  return (res) => {
    for (const name of removed) res.removeHeader(name);
    for (const [name, value] of set) res.setHeader(name, value);
  };
}
