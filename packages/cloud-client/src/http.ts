import { UpstreamError } from './errors';

export interface CallOptions {
  timeoutMs: number;
  /** The console's own request id, sent along so upstream logs can be joined with ours. */
  requestId?: string;
  fetchImpl?: typeof fetch;
}

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
    const text = await res.text();
    return { status: res.status, ok: res.ok, contentType: res.headers.get('content-type') ?? '', text };
  } catch (err) {
    throw transportError(err, opts.timeoutMs);
  }
}

function transportError(err: unknown, timeoutMs: number): UpstreamError {
  const e = err as { name?: string; cause?: { code?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') {
    return new UpstreamError('UpstreamTimeout', `The cloud did not answer within ${timeoutMs} ms`, 504);
  }
  const cause = e?.cause?.code ? ` (${e.cause.code})` : '';
  return new UpstreamError('UpstreamUnreachable', `The cloud could not be reached${cause}`, 502);
}
