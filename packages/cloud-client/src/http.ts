import type { Dispatcher } from 'undici';
import { UpstreamError } from './errors';
import { requestExchange, type RawExchange } from './request';

export interface CallOptions {
  timeoutMs: number;
  /** The console's own request id, sent along so upstream logs can be joined with ours. */
  requestId?: string;
  fetchImpl?: typeof fetch;
  /** undici's connection pool to call through with `request` (request.ts); ignored when fetchImpl is given. */
  dispatcher?: Dispatcher;
  /** The largest answer read, in bytes (MAX_ANSWER_BYTES by default); past it the call fails. */
  maxBytes?: number;
}

/** No documented answer comes near this; a bigger one is a fault, not something to hold in memory. */
export const MAX_ANSWER_BYTES = 8 * 1024 * 1024;

export interface RawAnswer {
  httpStatus: number;
  body: unknown;
  upstreamRequestId?: string;
}

export interface TextAnswer {
  status: number;
  ok: boolean;
  contentType: string;
  text: string;
}

/**
 * One HTTP exchange with a cloud, read to the end as text. Timeouts and unreachable hosts become
 * UpstreamError (504 / 502); what the body means is the caller's business. With a `dispatcher`
 * (and no `fetchImpl`) the call goes through undici's `request` (request.ts), which costs about
 * half of fetch's CPU and behaves as fetch does here; otherwise through fetch.
 */
export async function fetchText(
  url: string,
  init: { method: string; body?: string; headers?: Record<string, string> },
  opts: CallOptions,
): Promise<TextAnswer> {
  const headers = {
    ...init.headers,
    ...(opts.requestId ? { 'X-Console-Request-Id': opts.requestId } : {}),
  };
  // AbortSignal.timeout's timer would outlive the call (it is never cleared) and keep a weak
  // reference per call for the GC: one cleared as soon as the answer is read instead.
  const timeout = new AbortController();
  const signal = timeout.signal;
  const timer = setTimeout(() => timeout.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), opts.timeoutMs);
  timer.unref();
  try {
    const res =
      opts.dispatcher && !opts.fetchImpl
        ? await requestExchange(url, { method: init.method, body: init.body, headers }, signal, opts.dispatcher)
        : await fetchExchange(opts.fetchImpl ?? fetch, url, { method: init.method, body: init.body, headers, signal, redirect: 'error' });
    const text = await readCapped(res, opts.maxBytes ?? MAX_ANSWER_BYTES);
    return {
      status: res.status,
      ok: res.status >= 200 && res.status <= 299,
      contentType: headerOf(res.headers, 'content-type') ?? '',
      text,
    };
  } catch (err) {
    if (err instanceof UpstreamError) throw err;
    throw transportError(err, opts.timeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

async function fetchExchange(doFetch: typeof fetch, url: string, init: RequestInit): Promise<RawExchange> {
  const res = await doFetch(url, init);
  const headers: Record<string, string | undefined> = {
    'content-type': res.headers.get('content-type') ?? undefined,
    'content-length': res.headers.get('content-length') ?? undefined,
  };
  const body = res.body as (ReadableStream<Uint8Array> & AsyncIterable<Uint8Array>) | null;
  return { status: res.status, headers, body, cancel: () => void body?.cancel() };
}

/** A header as fetch's Headers.get gives it: repeated values joined by ", ". */
function headerOf(headers: RawExchange['headers'], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v.join(', ') : v;
}

const utf8 = new TextDecoder();

/** The body as text, refused as soon as it (or its announced length) passes `maxBytes`. */
async function readCapped(res: RawExchange, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new UpstreamError(
      'UpstreamTooLarge',
      `The cloud's answer is larger than ${maxBytes} bytes; it was not read`,
      502,
    );
  // The announced length is of the bytes sent: a compressed answer is still counted as decoded below.
  if (Number(headerOf(res.headers, 'content-length') ?? 0) > maxBytes) {
    res.cancel();
    throw tooLarge();
  }
  if (!res.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body) {
    size += chunk.byteLength;
    // Leaving the loop cancels the body (the iterator's return).
    if (size > maxBytes) throw tooLarge();
    chunks.push(chunk);
  }
  // TextDecoder, like Response.text(): UTF-8, a leading BOM dropped.
  return utf8.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
}

function transportError(err: unknown, timeoutMs: number): UpstreamError {
  const e = err as { name?: string; cause?: { code?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') {
    return new UpstreamError(
      'UpstreamTimeout',
      `The cloud did not answer within ${timeoutMs} ms`,
      504,
    );
  }
  if (e?.cause?.code === 'EFORBIDDENADDRESS') {
    // The caller's lookup refused where the name points (a metadata address): say so, not "unreachable".
    const message =
      (e.cause as { message?: string }).message ?? 'The endpoint resolves to a forbidden address';
    return new UpstreamError('ForbiddenEndpointAddress', message, 502);
  }
  const cause = e?.cause?.code ? ` (${e.cause.code})` : '';
  return new UpstreamError('UpstreamUnreachable', `The cloud could not be reached${cause}`, 502);
}
