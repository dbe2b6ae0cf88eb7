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

export interface RequestLog {
  logger: Logger;
  info: { id: string; method: string; path: string };
  child?: Logger;
}
const STATE = Symbol('request log');
type WithLog = { [STATE]?: RequestLog };

/** The request's child logger (bound to its id, method and path), made on first use. */
export const requestLogger = (state: RequestLog): Logger => (state.child ??= state.logger.child({ req: state.info }));

/** `req.log` reads the request's state through one getter on the request prototype (see below). */
const withGetter = new WeakSet<object>();
function defineLogGetter(proto: object) {
  if (withGetter.has(proto)) return;
  withGetter.add(proto);
  Object.defineProperty(proto, 'log', {
    configurable: true,
    enumerable: false,
    get(this: WithLog) {
      const state = this[STATE];
      return state && requestLogger(state);
    },
  });
}

/**
 * The access line of one answered (or abandoned) request: 4xx warn, 5xx error; "request aborted"
 * when the answer was not sent to the end.
 */
export function writeAccessLine(state: RequestLog, res: { statusCode: number; writableFinished: boolean }, started: number): void {
  const level = levelOf(res.statusCode);
  if (!state.logger.isLevelEnabled(level)) return;
  const line = { res: { statusCode: res.statusCode }, responseTime: Date.now() - started };
  const msg = res.writableFinished ? (level === 'error' ? 'request errored' : 'request completed') : 'request aborted';
  if (state.child) state.child[level](line, msg);
  else state.logger[level]({ req: state.info, ...line }, msg);
}

/**
 * One access-log line per request, carrying the request id; query strings are not logged.
 * `req.log` (a child logger bound to the request) is made only when something logs through it:
 * most requests log nothing but their access line, and a child per request was measurable
 * CPU per read (bench/bff-overhead.bench.ts). Its getter sits once on the request prototype, not
 * on each request: a getter defined per object gives every request a hidden class of its own,
 * which slowed every later property read on it (Express, body parsing, the checks) threefold in
 * a micro-benchmark. (Cloud reads served beside Express write the same line: actions/fast-read.ts.)
 */
export function httpLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = Date.now();
    const state: RequestLog = { logger, info: { id: req.requestId ?? 'unknown', method: req.method, path: req.originalUrl.split('?')[0]! } };
    defineLogGetter(Object.getPrototypeOf(req) as object);
    (req as WithLog)[STATE] = state;
    const done = () => {
      res.off('finish', done);
      res.off('close', done);
      writeAccessLine(state, res, started);
    };
    res.on('finish', done);
    res.on('close', done);
    next();
  };
}
