import type { ActionDef } from '@console/api-types';
import { bffStatusFor, UpstreamError } from './errors';
import { fetchText, type CallOptions, type RawAnswer } from './http';
import { signCdsQuery, toQueryString } from './sign/cds';
import { toWireQuery } from './wire';

export interface CdsCredentials {
  /** Base URL of the CDS API, e.g. https://cdsapi.capitalonline.net or the local simulator. */
  endpoint: string;
  accessKeyId: string;
  secret: string;
}

export type { CallOptions, RawAnswer } from './http';

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
  const res = await fetchText(
    url,
    { method: def.method, body, headers: body ? { 'Content-Type': 'application/json' } : {} },
    opts,
  );
  const text = res.text;
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
