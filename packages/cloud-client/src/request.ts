import { pipeline, Transform, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { Agent, request, type Dispatcher } from 'undici';

/**
 * One exchange through undici's `request` instead of its `fetch`: the same connection pool
 * (dispatcher), without fetch's WHATWG Request, Response, Headers and streams, which made a call
 * cost about twice the CPU (docs/performance.md). What goes on the wire and what comes back is
 * fetch's, as `fetchText` used it (request.test.ts compares the two): the headers fetch adds, in its
 * order; its redirect mode "error"; its content decoding; its timeout over the whole exchange.
 */

/** What fetch answers a redirect with when told `redirect: 'error'`: a network error. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** Statuses whose body fetch neither decodes nor gives (null body). */
const NULL_BODY = new Set([101, 204, 205, 304]);
/** fetch refuses more stacked content codings than this (undici: a resource-exhaustion guard). */
const MAX_CODINGS = 5;

/** A connection pool to pass as `dispatcher` (the BFF makes its own, with a guarded lookup). */
export const connectionPool = (options?: Agent.Options): Dispatcher => new Agent(options);

export interface RawExchange {
  status: number;
  /** Content-Type and Content-Length as received (lower-case names, as undici gives them). */
  headers: Record<string, string | string[] | undefined>;
  /** The body, decoded as fetch would; null when fetch gives no body. */
  body: AsyncIterable<Uint8Array> | null;
  /** Stops reading the body (an answer over the cap). */
  cancel(): void;
}

/** A network error as fetch makes it: TypeError('fetch failed') with the reason as its cause. */
export const networkError = (cause: unknown) => Object.assign(new TypeError('fetch failed'), { cause });

export async function requestExchange(
  url: string,
  init: { method: string; body?: string; headers: Record<string, string> },
  signal: AbortSignal,
  dispatcher: Dispatcher,
): Promise<RawExchange> {
  const res = await request(url, {
    method: init.method as Dispatcher.HttpMethod,
    body: init.body,
    headers: withFetchDefaults(init.headers, url),
    signal,
    dispatcher,
  }).catch((err: unknown) => {
    throw isAbort(err) ? err : networkError(err);
  });
  // Errors reach whoever reads the body; one left unread (cancelled: an AbortError) is nobody's.
  res.body.on('error', () => {});
  const cancel = () => void res.body.destroy();
  if (REDIRECTS.has(res.statusCode)) {
    cancel();
    throw networkError(new Error('unexpected redirect'));
  }
  if (NULL_BODY.has(res.statusCode) || init.method === 'HEAD') {
    res.body.resume();
    return { status: res.statusCode, headers: res.headers, body: null, cancel };
  }
  return { status: res.statusCode, headers: res.headers, body: asFetchErrors(decoded(res.body, res.headers['content-encoding'])), cancel };
}

/** What undici's fetch adds to a request that does not set them (accept-encoding depends on the scheme). */
const FETCH_HEADERS = { accept: '*/*', 'accept-language': '*', 'sec-fetch-mode': 'cors', 'user-agent': 'undici' };

/** The caller's headers, then fetch's defaults for the names the caller left unset (in any case). */
function withFetchDefaults(headers: Record<string, string>, url: string): Record<string, string> {
  const out = { ...headers };
  const set = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  const defaults = { ...FETCH_HEADERS, 'accept-encoding': url.startsWith('https:') ? 'br, gzip, deflate' : 'gzip, deflate' };
  for (const [name, value] of Object.entries(defaults)) if (!set.has(name)) out[name] = value;
  return out;
}

const isAbort = (err: unknown) => {
  const name = (err as { name?: string })?.name;
  return name === 'TimeoutError' || name === 'AbortError';
};

/** The body as fetch decodes it (gzip, deflate, br, zstd where zlib has it; an unknown coding leaves it as sent). */
function decoded(body: Readable, encoding: string | string[] | undefined): AsyncIterable<Buffer> {
  const codings = encoding ? String(encoding).toLowerCase().split(',') : [];
  if (codings.length > MAX_CODINGS) {
    const err = new Error(`too many content-encodings in response: ${codings.length}, maximum allowed is ${MAX_CODINGS}`);
    body.destroy();
    return failing(networkError(err));
  }
  const decoders: NodeJS.ReadWriteStream[] = [];
  for (let i = codings.length - 1; i >= 0; i--) {
    const decoder = decoderFor(codings[i]!.trim());
    if (!decoder) {
      decoders.length = 0;
      break;
    }
    decoders.push(decoder);
  }
  if (!decoders.length) return body;
  return pipeline(body, ...(decoders as [NodeJS.ReadWriteStream]), () => {}) as unknown as AsyncIterable<Buffer>;
}

const zstd = zlib as unknown as { createZstdDecompress?: (o: object) => NodeJS.ReadWriteStream; constants: Record<string, number> };

function decoderFor(coding: string): NodeJS.ReadWriteStream | undefined {
  const sync = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  if (coding === 'gzip' || coding === 'x-gzip') return zlib.createGunzip(sync);
  if (coding === 'deflate') return inflate(sync);
  if (coding === 'br') return zlib.createBrotliDecompress({ flush: zlib.constants.BROTLI_OPERATION_FLUSH, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
  if (coding === 'zstd' && zstd.createZstdDecompress) {
    return zstd.createZstdDecompress({ flush: zstd.constants.ZSTD_e_continue, finishFlush: zstd.constants.ZSTD_e_end });
  }
  return undefined;
}

/** "deflate" as fetch reads it: zlib-wrapped, or raw deflate when the first byte says it is not. */
function inflate(options: zlib.ZlibOptions): NodeJS.ReadWriteStream {
  let chosen: zlib.Inflate | zlib.InflateRaw | undefined;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      if (!chosen) {
        if (chunk.length === 0) return done();
        chosen = (chunk[0]! & 0x0f) === 0x08 ? zlib.createInflate(options) : zlib.createInflateRaw(options);
        chosen.on('data', (d: Buffer) => this.push(d));
        chosen.on('end', () => this.push(null));
        chosen.on('error', (err) => this.destroy(err));
      }
      chosen.write(chunk, done);
    },
    final(done) {
      chosen?.end();
      done();
    },
  });
}

/** A body that fails as fetch's does: the reason as the cause of a network error (the timeout as itself). */
async function* asFetchErrors(body: AsyncIterable<Buffer>): AsyncIterable<Buffer> {
  try {
    yield* body;
  } catch (err) {
    throw isAbort(err) ? err : networkError(err);
  }
}

/** A body whose first read fails with `err`. */
const failing = (err: unknown): AsyncIterable<Buffer> => ({ [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(err) }) });
