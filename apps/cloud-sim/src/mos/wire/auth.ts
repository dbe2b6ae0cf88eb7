import { mosStringToSign, verifyMosSignature } from '@console/cloud-client';
import {
  authFailure,
  invalidParameterValue,
  missingParameter,
  requestExpired,
  requestReplayed,
  signatureDoesNotMatch,
} from '../errors';
import type { MosAccount } from '../models/account';

/** How far a Timestamp may be from the server's clock, and how long a signature stays used. */
export const MOS_SIGNATURE_WINDOW_MS = 15 * 60_000;

/** ISO 8601 as the clients send it: "2013-07-20T15:02:17.000Z" (the document), seconds or millis, Z or an offset. */
const TIMESTAMP_RULE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;

export function parseMosTimestamp(s: string): number {
  if (!TIMESTAMP_RULE.test(s)) return NaN;
  const ms = Date.parse(s);
  // Date.parse rolls 2013-02-30 over to March: refuse what does not read back the same day.
  const day = s.slice(0, 10);
  return Number.isNaN(ms) || (s.endsWith('Z') && new Date(ms).toISOString().slice(0, 10) !== day) ? NaN : ms;
}

export interface SignedRequest {
  method: string;
  /** As signed: lower case, with the port when it is not the scheme's default. */
  host: string;
  /** The path actually requested. */
  path: string;
  params: Record<string, string>;
}

/**
 * AWS Signature Version 2 as the service checks it (document, 数字签名生成方法): the common
 * parameters present, SignatureVersion 2, HmacSHA256 or HmacSHA1, a Timestamp within 15 minutes,
 * a known key, the signature over METHOD, host, the real path and the sorted parameters, and a
 * signature not seen in the last 15 minutes (SigV2 has no nonce: the signature is the request's
 * fingerprint). A signature is only remembered once it is valid, so forgeries cannot burn any.
 */
export function authenticate(
  req: SignedRequest,
  findAccount: (accessKeyId: string) => MosAccount | undefined,
  now: number,
): MosAccount {
  const p = req.params;
  for (const name of ['Action', 'AWSAccessKeyId', 'SignatureVersion', 'SignatureMethod', 'Timestamp', 'Signature']) {
    if (!p[name]) throw missingParameter(name);
  }
  if (p.SignatureVersion !== '2') throw invalidParameterValue(`SignatureVersion must be 2, not "${p.SignatureVersion}".`);
  if (p.SignatureMethod !== 'HmacSHA256' && p.SignatureMethod !== 'HmacSHA1') {
    throw invalidParameterValue(`SignatureMethod must be HmacSHA256 or HmacSHA1, not "${p.SignatureMethod}".`);
  }
  const ts = parseMosTimestamp(p.Timestamp!);
  if (Number.isNaN(ts)) {
    throw invalidParameterValue(`Timestamp "${p.Timestamp}" is not ISO 8601 such as 2013-07-20T15:02:17.000Z.`);
  }
  if (Math.abs(now - ts) > MOS_SIGNATURE_WINDOW_MS) throw requestExpired(p.Timestamp!, new Date(now).toISOString());
  const account = findAccount(p.AWSAccessKeyId!);
  if (!account) throw authFailure();
  if (!verifyMosSignature(req.method, req.host, req.path, p, account.secret)) {
    throw signatureDoesNotMatch(mosStringToSign(req.method, req.host, req.path, p));
  }
  if (!account.signatures.use(p.Signature!, now)) throw requestReplayed();
  return account;
}
