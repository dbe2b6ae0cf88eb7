import type { ActionDef } from '@console/api-types';
import { bffStatusFor, UpstreamError } from './errors';
import { signCdsQuery, toQueryString } from './sign/cds';
import { toWireQuery } from './wire';

export interface CdsCredentials {
  /** Base URL of the CDS API, e.g. https://cdsapi.capitalonline.net or the local simulator. */
  endpoint: string;
  accessKeyId: string;
  secret: string;
}

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

const SUCCESS_CODES = new Set(['success', '0000', '0', 'ok']);

/** The URL a CDS action is sent to: endpoint + the catalog's path, query signed. */
export function cdsRequest(def: ActionDef, input: Record<string, unknown>, creds: CdsCredentials) {
  // GET carries every parameter in the (signed) query; POST sends them as an unsigned JSON
  // body and only the common parameters in the query, exactly as the document's samples do.
  const query = def.method === 'GET' ? toWireQuery(input) : {};
  const signed = signCdsQuery({
    method: def.method,
    action: def.action,
    accessKeyId: creds.accessKeyId,
    secret: creds.secret,
    query,
  });
  const base = creds.endpoint.replace(/\/+$/, '');
  const url = `${base}${def.path}?${toQueryString(signed)}`;
  const body = def.method === 'POST' ? JSON.stringify(input) : undefined;
  return { url, body };
}

/**
 * Sends one signed CDS call and returns the parsed JSON answer when upstream says success.
 * Every failure becomes an UpstreamError: timeouts, unreachable hosts, non-JSON bodies,
 * HTTP errors and 200 answers whose Code is not a success code.
 */
export async function callCds(
  def: ActionDef,
  input: Record<string, unknown>,
  creds: CdsCredentials,
  opts: CallOptions,
): Promise<RawAnswer> {
  const { url, body } = cdsRequest(def, input, creds);
  const doFetch = opts.fetchImpl ?? fetch;
  let res: Response;
  try {
    res = await doFetch(url, {
      method: def.method,
      body,
      headers: {
        ...(body ? { 'Content-Type': 'application/json' } : {}),
        ...(opts.requestId ? { 'X-Console-Request-Id': opts.requestId } : {}),
      },
      signal: AbortSignal.timeout(opts.timeoutMs),
      redirect: 'error',
    });
  } catch (err) {
    throw transportError(err, opts.timeoutMs);
  }
  let text: string;
  try {
    text = await res.text();
  } catch (err) {
    throw transportError(err, opts.timeoutMs);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new UpstreamError(
      'UpstreamMalformed',
      `The cloud answered HTTP ${res.status} with a body that is not JSON`,
      502,
      { httpStatus: res.status },
      text.slice(0, 200),
    );
  }
  const envelope = (typeof parsed === 'object' && parsed ? parsed : {}) as Record<string, unknown>;
  const code = typeof envelope.Code === 'string' ? envelope.Code : undefined;
  const upstreamRequestId = typeof envelope.RequestId === 'string' ? envelope.RequestId : undefined;
  const message = typeof envelope.Message === 'string' ? envelope.Message : undefined;
  if (!res.ok || (code !== undefined && !SUCCESS_CODES.has(code.toLowerCase()))) {
    throw new UpstreamError(
      code ?? `HTTP${res.status}`,
      message ?? `The cloud answered HTTP ${res.status}`,
      res.ok ? 502 : bffStatusFor(res.status),
      { code, requestId: upstreamRequestId, httpStatus: res.status },
    );
  }
  return { httpStatus: res.status, body: parsed, upstreamRequestId };
}

function transportError(err: unknown, timeoutMs: number): UpstreamError {
  const e = err as { name?: string; cause?: { code?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') {
    return new UpstreamError('UpstreamTimeout', `The cloud did not answer within ${timeoutMs} ms`, 504);
  }
  const cause = e?.cause?.code ? ` (${e.cause.code})` : '';
  return new UpstreamError('UpstreamUnreachable', `The cloud could not be reached${cause}`, 502);
}
