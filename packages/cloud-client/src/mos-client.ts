import { flattenMosParams, mosErrorOf, type ActionDef } from '@console/api-types';
import { bffStatusFor, UpstreamError } from './errors';
import { fetchText, type CallOptions, type RawAnswer } from './http';
import { toQueryString } from './sign/cds';
import { signMosParams, type MosAlgorithm } from './sign/mos';
import { parseXml, XmlError } from './xml';

export interface MosCredentials {
  /** The region's API URL from the account's settings page, path included, e.g. https://mosapi.meituan.com/mcs/v1. */
  endpoint: string;
  /** Sent (and so signed) as `Region` when set, as the published clients do. */
  region?: string;
  accessKeyId: string;
  secret: string;
}

export type MosFormat = 'json' | 'xml';

export interface MosCallOptions extends CallOptions {
  /** Which answer to ask for; json by default. An XML answer is read either way. */
  format?: MosFormat;
  algorithm?: MosAlgorithm;
  now?: Date;
}

/**
 * The signed form body of a MOS action: the catalog input flattened (Name.1..n, Filter.n.Value.m),
 * Region, the common parameters and the SigV2 signature over the endpoint's own host and path.
 */
export function mosRequest(
  def: ActionDef,
  input: Record<string, unknown>,
  creds: MosCredentials,
  opts: Pick<MosCallOptions, 'format' | 'algorithm' | 'now'> = {},
) {
  const url = new URL(creds.endpoint);
  const params = flattenMosParams(input);
  if (creds.region) params.Region = creds.region;
  const signed = signMosParams({
    method: def.method,
    url,
    action: def.action,
    accessKeyId: creds.accessKeyId,
    secret: creds.secret,
    params,
    algorithm: opts.algorithm ?? 'HmacSHA256',
    now: opts.now,
    format: opts.format ?? 'json',
  });
  url.search = '';
  url.hash = '';
  return { url: url.toString(), params: signed, body: toQueryString(signed) /* a form body is the same key=value&… encoding */ };
}

/** The answer body as data: JSON, or XML read by parseXml (by content type, else by its first character). */
export function readMosBody(text: string, contentType: string): unknown {
  const looksXml = /xml/i.test(contentType) || (!/json/i.test(contentType) && text.trimStart().startsWith('<'));
  return looksXml ? parseXml(text) : JSON.parse(text);
}

/**
 * Sends one signed MOS call (POST, form body) and answers the parsed body when the cloud says
 * success. An error answer (`{"ErrorResponse":{"Error":{code,message}}}` or its XML twin) becomes
 * an UpstreamError with the cloud's code; so do timeouts, unreachable hosts and unreadable bodies.
 */
export async function callMos(
  def: ActionDef,
  input: Record<string, unknown>,
  creds: MosCredentials,
  opts: MosCallOptions,
): Promise<RawAnswer> {
  const { url, body } = mosRequest(def, input, creds, opts);
  const res = await fetchText(
    url,
    { method: def.method, body, headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8' } },
    opts,
  );
  let parsed: unknown;
  try {
    parsed = readMosBody(res.text, res.contentType);
  } catch (err) {
    const what = err instanceof XmlError ? `XML that cannot be read: ${err.message}` : 'a body that is neither JSON nor XML';
    throw new UpstreamError('UpstreamMalformed', `The cloud answered HTTP ${res.status} with ${what}`, 502, { httpStatus: res.status }, res.text.slice(0, 200));
  }
  const error = mosErrorOf(parsed);
  if (error || !res.ok) {
    throw new UpstreamError(
      error?.code ?? `HTTP${res.status}`,
      error?.message ?? `The cloud answered HTTP ${res.status}`,
      res.ok ? 502 : bffStatusFor(res.status),
      { code: error?.code, httpStatus: res.status },
    );
  }
  return { httpStatus: res.status, body: parsed };
}
