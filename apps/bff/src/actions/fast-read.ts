import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQueryString } from 'node:querystring';
import { findAction, type ActionDef } from '@console/api-types';
import type { Logger } from 'pino';
import { HttpError } from '../http/api-error';
import { bodyRefusal } from '../http/body-guard';
import { sendJson } from '../http/compress';
import { csrfRefusal } from '../http/csrf';
import { apiErrorBody } from '../http/error-handler';
import { requestLogger, writeAccessLine, type RequestLog } from '../http/logger';
import { parseQuery } from '../http/parse-query';
import { requestIdOf } from '../http/request-id';
import type { crossSiteRefusal } from '../http/same-origin';
import { sessionOf } from '../session/load-session';
import type { SessionRepo } from '../storage';
import { executeAction, type ActionContext, type ExecuteDeps } from './execute';
import { actionQuery } from './router';

export interface FastReadDeps {
  logger: Logger;
  sessions: SessionRepo;
  /** The app's origin check (http/same-origin.ts), with its ALLOWED_ORIGINS. */
  crossSite: ReturnType<typeof crossSiteRefusal>;
  setSecurityHeaders: (res: ServerResponse) => void;
  /** The action route's own deps: the same coalescer, resolver, audit and afterCall. */
  execute: ExecuteDeps;
  /** req.ip as Express works it out (its `trust proxy` setting). */
  ipOf: (req: IncomingMessage) => string;
}

/** POST /api/actions/:provider/:product/:action[?query], each name plain (no `%`), exactly as the catalog spells it. */
const READ_URL = /^\/api\/actions\/([^/?#%]+)\/([^/?#%]+)\/([^/?#%]+)(?:\?(.*))?$/;
/** What express.json reads without a question: JSON in UTF-8 (its default charset). */
const JSON_TYPE = /^application\/json\s*(?:;\s*charset\s*=\s*(?:utf-8|"utf-8")\s*)?$/i;
/** express.json's limit in the app ('64kb'). */
const BODY_LIMIT = 64 * 1024;
/** body-parser's strict mode: the first non-blank character of a JSON body opens an object or array. */
const FIRST_CHAR = /^[ \t\n\r]*([^ \t\n\r]|$)/;

/**
 * Cloud reads (a catalog action of kind `read`, POSTed with a JSON body) served by a plain Node
 * handler in front of the Express app, without Express's request and response objects, router
 * and body parser: nearly every API request is one, and that machinery was most of what the BFF
 * added to a read beyond the cloud call (docs/performance.md). Every step is the Express path's,
 * in its order, through the same functions: request id, access log line, security headers,
 * no-store, session, origin check, X-CSRF header, JSON body (64 KB, strict), body bounds, signed-in
 * person, query, then executeAction (permission, input validation, account, coalescing, audit
 * rules: reads record nothing, refused or not) and the same answer, compressed the same way, or
 * the same error shape.
 *
 * Anything unusual is not taken here and goes to Express unread: another method, path or action
 * kind, a name with `%`, no or another content type or charset, a compressed or chunked body, none
 * or one over the limit. The returned function says whether it took the request.
 */
export function fastReads(deps: FastReadDeps): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    const read = fastReadOf(req);
    if (read) void serve(deps, read.def, read.query, req, res);
    return read !== undefined;
  };
}

/** The read a request is, when the fast path takes it (see fastReads); undefined leaves it to Express. */
export function fastReadOf(req: Pick<IncomingMessage, 'method' | 'url' | 'headers'>): { def: ActionDef; query?: string } | undefined {
  if (req.method !== 'POST') return undefined;
  const m = READ_URL.exec(req.url ?? '');
  if (!m) return undefined;
  const def = findAction(m[1]!, m[2]!, m[3]!);
  if (def?.kind !== 'read') return undefined;
  const h = req.headers;
  const type = h['content-type'];
  if (!type || !JSON_TYPE.test(type) || h['content-encoding'] !== undefined || h['transfer-encoding'] !== undefined) return undefined;
  const length = Number(h['content-length']);
  if (!(length > 0 && length <= BODY_LIMIT)) return undefined;
  return { def, query: m[4] };
}

async function serve(deps: FastReadDeps, def: ActionDef, query: string | undefined, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const receivedAt = Date.now();
  const requestId = requestIdOf(req.headers);
  res.setHeader('X-Request-Id', requestId);
  const url = req.url!;
  const log: RequestLog = { logger: deps.logger, info: { id: requestId, method: 'POST', path: query === undefined ? url : url.slice(0, url.indexOf('?')) } };
  // One listener for the access line and for the caller hanging up (what the route's AbortController was for).
  let closed = false;
  let gone: AbortController | undefined;
  res.once('close', () => {
    closed = true;
    if (!res.writableFinished) gone?.abort();
    writeAccessLine(log, res, receivedAt);
  });
  deps.setSecurityHeaders(res);
  res.setHeader('Cache-Control', 'no-store');
  try {
    const session = await sessionOf(deps.sessions, req);
    const refused = deps.crossSite('POST', req.headers) ?? csrfRefusal(req.headers);
    if (refused) throw refused;
    const body = await readJsonBody(req);
    const invalid = bodyRefusal(body);
    if (invalid) throw invalid;
    if (!session) throw new HttpError(401, 'NotSignedIn', 'Sign in to use the console');
    const ctx: ActionContext = {
      requestId,
      accountId: parseQuery(actionQuery, query === undefined ? {} : parseQueryString(query)).account,
      user: session.user,
      get ip() {
        return deps.ipOf(req);
      },
      get log() {
        return requestLogger(log);
      },
      // Made when asked for (a write's last check asks; reads never do), aborted if the caller is gone.
      get signal() {
        if (!gone) {
          gone = new AbortController();
          if (closed && !res.writableFinished) gone.abort();
        }
        return gone.signal;
      },
      deadlineAt: receivedAt + deps.execute.upstreamTimeoutMs,
    };
    sendJson(req, res, 200, await executeAction(def, body, ctx, deps.execute));
  } catch (err) {
    const answer = apiErrorBody(err, requestId, () => requestLogger(log));
    if (!res.headersSent) sendJson(req, res, answer.httpStatus, answer);
  }
}

/** A parse error as body-parser makes it (the error handler answers 400 InvalidJson). */
const invalidJson = (message: string) => Object.assign(new SyntaxError(message), { status: 400, type: 'entity.parse.failed' });

/**
 * The body as express.json reads it here: UTF-8 with a leading BOM dropped, strict (an object or
 * array), parsed with JSON.parse. Its length was checked against the limit from Content-Length,
 * which Node holds the body to.
 */
function readJsonBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let ended = false;
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.once('end', () => {
      ended = true;
      let text = (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8');
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const first = text[0] === '{' || text[0] === '[' ? text[0] : FIRST_CHAR.exec(text)?.[1];
      if (text.length && first !== '{' && first !== '[') return reject(invalidJson('strict violation'));
      try {
        resolve(text.length ? JSON.parse(text) : {});
      } catch (err) {
        reject(invalidJson((err as Error).message));
      }
    });
    // The caller hung up before sending it all (body-parser: 400 request.aborted; nobody reads the answer).
    req.once('close', () => {
      if (!ended) reject(Object.assign(new Error('request aborted'), { status: 400, type: 'request.aborted' }));
    });
    req.once('error', reject);
  });
}
