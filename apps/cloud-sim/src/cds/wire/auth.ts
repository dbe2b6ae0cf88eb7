import { cdsStringToSign, verifyCdsSignature } from '@console/cloud-client';
import {
  accessKeyNotFound,
  invalidSignatureMethod,
  invalidSignatureVersion,
  invalidVersion,
  missingParameter,
  nonceUsed,
  signatureDoesNotMatch,
  timestampExpired,
  timestampFormat,
} from '../exceptions';
import { SIGNATURE_WINDOW_MS, type Account } from '../models/account';

/** The common parameters every call carries (document, 公共请求参数), in the order they are checked. */
export const COMMON_PARAMETERS = [
  'Action',
  'AccessKeyId',
  'Signature',
  'SignatureMethod',
  'SignatureVersion',
  'SignatureNonce',
  'Timestamp',
  'Version',
] as const;

const TIMESTAMP_RULE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/** Milliseconds of a yyyy-MM-ddTHH:mm:ssZ timestamp, or NaN when it is not one (e.g. 2024-02-30). */
export function parseTimestamp(s: string): number {
  const m = TIMESTAMP_RULE.exec(s);
  if (!m) return NaN;
  const [y, mo, d, h, mi, se] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, se);
  const back = new Date(ms);
  const same = back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && h < 24 && mi < 60 && se < 60;
  return same ? ms : NaN;
}

/**
 * Authenticates a call like the real service: every common parameter present, supported
 * method/version, a timestamp within 15 minutes, a known key, a matching HMAC-SHA1 signature
 * (bare secret, over whatever query arrived), and a nonce not used in the last 15 minutes.
 * The nonce is only recorded once the signature is good, so forged calls cannot burn nonces.
 */
export function authenticate(
  method: string,
  query: Record<string, string>,
  findAccount: (accessKeyId: string) => Account | undefined,
  now: number,
): Account {
  for (const name of COMMON_PARAMETERS) {
    if (query[name] === undefined || query[name] === '') throw missingParameter(name);
  }
  if (query.SignatureMethod !== 'HMAC-SHA1') throw invalidSignatureMethod(query.SignatureMethod!);
  if (query.SignatureVersion !== '1.0') throw invalidSignatureVersion(query.SignatureVersion!);
  if (query.Version !== '2019-08-08') throw invalidVersion(query.Version!);
  const ts = parseTimestamp(query.Timestamp!);
  if (Number.isNaN(ts)) throw timestampFormat(query.Timestamp!);
  if (Math.abs(now - ts) > SIGNATURE_WINDOW_MS) {
    throw timestampExpired(query.Timestamp!, new Date(now).toISOString().replace(/\.\d{3}Z$/, 'Z'));
  }
  const account = findAccount(query.AccessKeyId!);
  if (!account) throw accessKeyNotFound();
  if (!verifyCdsSignature(method, query, account.secret)) {
    const { Signature: _ignored, ...signed } = query;
    throw signatureDoesNotMatch(cdsStringToSign(method, signed));
  }
  if (!account.nonces.use(query.SignatureNonce!, now)) throw nonceUsed();
  return account;
}
