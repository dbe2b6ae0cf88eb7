import { constants, createHash, createPublicKey, publicEncrypt, type KeyObject } from 'node:crypto';
import { keyFormat } from '../errors';

/**
 * OpenSSH public keys as ImportKeyPair receives them ("ssh-rsa AAAAB3Nza… user@host"): the type,
 * the base64 blob, an optional comment. The blob is read field by field (RFC 4253 §6.6, RFC 5656,
 * RFC 8709) and must name the same type; the fingerprint is the MD5 of the blob in colon hex, the
 * form of the document's keyFingerprint ("0a:43:d9:…", 16 bytes).
 */
export interface PublicKeyInfo {
  type: string;
  blob: Buffer;
  fingerprint: string;
  /** Only RSA keys can encrypt an initial password (GetPasswordData). */
  rsa?: KeyObject;
}

const FIELDS: Record<string, readonly ('string' | 'mpint')[]> = {
  'ssh-rsa': ['mpint', 'mpint'],
  'ssh-dss': ['mpint', 'mpint', 'mpint', 'mpint'],
  'ssh-ed25519': ['string'],
  'ecdsa-sha2-nistp256': ['string', 'string'],
  'ecdsa-sha2-nistp384': ['string', 'string'],
  'ecdsa-sha2-nistp521': ['string', 'string'],
};
const MIN_RSA_BITS = 1024;

function readFields(blob: Buffer, count: number): Buffer[] {
  const out: Buffer[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 4 > blob.length) throw keyFormat('the key data ends too early');
    const len = blob.readUInt32BE(at);
    at += 4;
    if (at + len > blob.length) throw keyFormat('the key data ends too early');
    out.push(blob.subarray(at, at + len));
    at += len;
  }
  if (at !== blob.length) throw keyFormat('the key data has bytes after its last field');
  return out;
}

const unsigned = (mpint: Buffer) => (mpint[0] === 0 ? mpint.subarray(1) : mpint);

export function parsePublicKey(material: string): PublicKeyInfo {
  const parts = material.trim().split(/\s+/);
  const [type, data] = parts;
  if (!type || !data) throw keyFormat('expected "<type> <base64 key> [comment]"');
  const fields = FIELDS[type];
  if (!fields) throw keyFormat(`the key type ${type} is not supported (ssh-rsa, ssh-ed25519, ecdsa-sha2-nistp256/384/521, ssh-dss)`);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(data) || data.length % 4 !== 0) throw keyFormat('the key is not base64');
  const blob = Buffer.from(data, 'base64');
  if (blob.toString('base64') !== data) throw keyFormat('the key is not base64');
  const [name, ...rest] = readFields(blob, fields.length + 1);
  if (name!.toString('latin1') !== type) throw keyFormat(`the key data is a ${name!.toString('latin1')} key, not ${type}`);
  const fingerprint = createHash('md5').update(blob).digest('hex').replace(/(..)(?!$)/g, '$1:');
  if (type === 'ssh-ed25519' && rest[0]!.length !== 32) throw keyFormat('an ed25519 key is 32 bytes');
  if (type.startsWith('ecdsa-') && rest[0]!.toString('latin1') !== type.slice('ecdsa-sha2-'.length)) {
    throw keyFormat('the curve inside the key does not match its type');
  }
  if (type !== 'ssh-rsa') return { type, blob, fingerprint };
  const [e, n] = rest.map(unsigned) as [Buffer, Buffer];
  const bits = n.length * 8 - Math.clz32(n[0] ?? 0) + 24;
  if (bits < MIN_RSA_BITS) throw keyFormat(`an RSA key needs at least ${MIN_RSA_BITS} bits (this one has ${bits})`);
  const rsa = createPublicKey({ key: { kty: 'RSA', n: n.toString('base64url'), e: e.toString('base64url') }, format: 'jwk' });
  return { type, blob, fingerprint, rsa };
}

/** The initial password for GetPasswordData, encrypted as EC2 does: RSA PKCS#1 v1.5, base64. */
export function encryptPassword(key: KeyObject, password: string): string {
  return publicEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, Buffer.from(password, 'utf8')).toString('base64');
}
