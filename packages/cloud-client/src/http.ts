import { UpstreamError } from './errors';

export interface CallOptions {
  timeoutMs: number;
  /** The console's own request id, sent along so upstream logs can be joined with ours. */
  requestId?: string;
  fetchImpl?: typeof fetch;
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
 * UpstreamError (504 / 502); what the body means is the caller's business.
 */
export async function fetchText(
  url: string,
  init: { method: string; body?: string; headers?: Record<string, string> },
  opts: CallOptions,
): Promise<TextAnswer> {
  const doFetch = opts.fetchImpl ?? fetch;
  try {
    const res = await doFetch(url, {
      method: init.method,
      body: init.body,
      headers: {
        ...init.headers,
        ...(opts.requestId ? { 'X-Console-Request-Id': opts.requestId } : {}),
      },
      signal: AbortSignal.timeout(opts.timeoutMs),
      redirect: 'error',
    });
    const text = await readCapped(res, opts.maxBytes ?? MAX_ANSWER_BYTES);
    return {
      status: res.status,
      ok: res.ok,
      contentType: res.headers.get('content-type') ?? '',
      text,
    };
  } catch (err) {
    if (err instanceof UpstreamError) throw err;
    throw transportError(err, opts.timeoutMs);
  }
}

/** The body as text, refused as soon as it (or its announced length) passes `maxBytes`. */
async function readCapped(res: Response, maxBytes: number): Promise<string> {
  const tooLarge = () =>
    new UpstreamError(
      'UpstreamTooLarge',
      `The cloud's answer is larger than ${maxBytes} bytes; it was not read`,
      502,
    );
  if (Number(res.headers.get('content-length') ?? 0) > maxBytes) {
    await res.body?.cancel();
    throw tooLarge();
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  // TextDecoder, like Response.text(): UTF-8, a leading BOM dropped.
  return new TextDecoder().decode(Buffer.concat(chunks));
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
