import type { RequestHandler } from 'express';
import { pino, type Logger } from 'pino';

/** Paths whose values must never reach a log line. */
const REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.password',
  '*.Password',
  '*.secret',
  '*.accessKeySecret',
];

export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  const options = { level, redact: { paths: REDACT, censor: '[redacted]' }, base: { service: 'bff' } };
  return destination ? pino(options, destination) : pino(options);
}

type Level = 'info' | 'warn' | 'error';
const levelOf = (status: number): Level => (status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info');

/**
 * One access-log line per request, carrying the request id; query strings are not logged.
 * `req.log` (a child logger bound to the request) is made only when something logs through it:
 * most requests log nothing but their access line, and a child per request was measurable
 * CPU per read (bench/bff-overhead.bench.ts).
 */
export function httpLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = Date.now();
    const info = { id: req.requestId ?? 'unknown', method: req.method, path: req.originalUrl.split('?')[0] };
    let child: Logger | undefined;
    Object.defineProperty(req, 'log', { configurable: true, enumerable: false, get: () => (child ??= logger.child({ req: info })) });
    const done = () => {
      res.off('finish', done);
      res.off('close', done);
      const level = levelOf(res.statusCode);
      if (!logger.isLevelEnabled(level)) return;
      const line = { res: { statusCode: res.statusCode }, responseTime: Date.now() - started };
      const msg = res.writableFinished ? (level === 'error' ? 'request errored' : 'request completed') : 'request aborted';
      if (child) child[level](line, msg);
      else logger[level]({ req: info, ...line }, msg);
    };
    res.on('finish', done);
    res.on('close', done);
    next();
  };
}
