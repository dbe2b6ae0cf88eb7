import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { canonicalQuery, percentEncode } from './percent-encode';

export const CDS_API_VERSION = '2019-08-08';

/** yyyy-MM-ddTHH:mm:ssZ in UTC, as the document requires (no milliseconds). */
export const cdsTimestamp = (d: Date = new Date()) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function cdsStringToSign(method: string, params: Record<string, string>): string {
  return `${method.toUpperCase()}&%2F&${percentEncode(canonicalQuery(params))}`;
}

/**
 * HMAC-SHA1 keyed with the bare AccessKeySecret. The document's prose says secret + '&';
 * its own code and the published SDKs use the bare secret, and so does the real service.
 */
export function cdsSignature(method: string, params: Record<string, string>, secret: string): string {
  return createHmac('sha1', secret).update(cdsStringToSign(method, params)).digest('base64');
}

export interface CdsSignInput {
  method: 'GET' | 'POST';
  action: string;
  accessKeyId: string;
  secret: string;
  /** Action parameters that travel in the query (all of them for GET, none for POST). */
  query?: Record<string, string>;
  now?: Date;
  nonce?: string;
}

/** The full signed query for a CDS call: common parameters, action parameters, Signature. */
export function signCdsQuery(input: CdsSignInput): Record<string, string> {
  const params: Record<string, string> = {
    ...(input.query ?? {}),
    Action: input.action,
    AccessKeyId: input.accessKeyId,
    SignatureMethod: 'HMAC-SHA1',
    SignatureNonce: input.nonce ?? randomUUID(),
    SignatureVersion: '1.0',
    Timestamp: cdsTimestamp(input.now),
    Version: CDS_API_VERSION,
  };
  return { ...params, Signature: cdsSignature(input.method, params, input.secret) };
}

/** Encodes a signed parameter set as a query string (RFC 3986, order kept). */
export function toQueryString(params: Record<string, string>): string {
  return Object.entries(params)
    .map(([k, v]) => `${percentEncode(k)}=${percentEncode(v)}`)
    .join('&');
}

/** Constant-time check of a received signature over whatever query arrived. */
export function verifyCdsSignature(
  method: string,
  query: Record<string, string>,
  secret: string,
): boolean {
  const given = query.Signature;
  if (!given) return false;
  const expected = Buffer.from(cdsSignature(method, query, secret));
  const received = Buffer.from(given);
  return expected.length === received.length && timingSafeEqual(expected, received);
}
