import { createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalQuery } from './percent-encode';

export type MosAlgorithm = 'HmacSHA256' | 'HmacSHA1';

/** Host as signed: lower case, with :port only when it is not the scheme's default. */
export function mosSignedHost(url: URL): string {
  const host = url.hostname.toLowerCase();
  const isDefault =
    !url.port || (url.protocol === 'http:' && url.port === '80') || (url.protocol === 'https:' && url.port === '443');
  return isDefault ? host : `${host}:${url.port}`;
}

export function mosStringToSign(
  method: string,
  host: string,
  path: string,
  params: Record<string, string>,
): string {
  return [method.toUpperCase(), host, path || '/', canonicalQuery(params)].join('\n');
}

/** AWS Signature Version 2 as botocore's SigV2Auth computes it. */
export function mosSignature(
  method: string,
  host: string,
  path: string,
  params: Record<string, string>,
  secret: string,
  algorithm: MosAlgorithm = (params.SignatureMethod as MosAlgorithm) ?? 'HmacSHA256',
): string {
  const hash = algorithm === 'HmacSHA1' ? 'sha1' : 'sha256';
  return createHmac(hash, secret).update(mosStringToSign(method, host, path, params)).digest('base64');
}

export interface MosSignInput {
  method: 'GET' | 'POST';
  url: URL;
  action: string;
  accessKeyId: string;
  secret: string;
  params?: Record<string, string>;
  algorithm?: MosAlgorithm;
  now?: Date;
  format?: 'json' | 'xml';
}

export function signMosParams(input: MosSignInput): Record<string, string> {
  const algorithm = input.algorithm ?? 'HmacSHA256';
  const params: Record<string, string> = {
    ...(input.params ?? {}),
    Action: input.action,
    AWSAccessKeyId: input.accessKeyId,
    SignatureMethod: algorithm,
    SignatureVersion: '2',
    Timestamp: (input.now ?? new Date()).toISOString(),
    ...(input.format ? { Format: input.format } : {}),
  };
  const signature = mosSignature(
    input.method,
    mosSignedHost(input.url),
    input.url.pathname || '/',
    params,
    input.secret,
    algorithm,
  );
  return { ...params, Signature: signature };
}

export function verifyMosSignature(
  method: string,
  host: string,
  path: string,
  params: Record<string, string>,
  secret: string,
): boolean {
  const given = params.Signature;
  const algorithm = params.SignatureMethod;
  if (!given || (algorithm !== 'HmacSHA256' && algorithm !== 'HmacSHA1')) return false;
  const expected = Buffer.from(mosSignature(method, host, path, params, secret, algorithm));
  const received = Buffer.from(given);
  return expected.length === received.length && timingSafeEqual(expected, received);
}
