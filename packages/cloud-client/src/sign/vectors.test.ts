import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalQuery } from './percent-encode';
import { cdsSignature, cdsStringToSign, signCdsQuery, toQueryString, verifyCdsSignature } from './cds';
import { mosSignature, mosSignedHost, mosStringToSign, verifyMosSignature } from './mos';

import { loadVectors as load, SHARED_VECTORS_DIR, sharedVectorsPresent, VECTOR_FILES, VECTORS_DIR } from './vector-files';

describe.runIf(sharedVectorsPresent())('the repository copies of ../shared/vectors', () => {
  it.each(VECTOR_FILES)('%s equals the original', (name) => {
    expect(readFileSync(VECTORS_DIR + name, 'utf8')).toBe(readFileSync(SHARED_VECTORS_DIR + name, 'utf8'));
  });
});

interface CdsVector {
  name: string;
  method: string;
  params: Record<string, string>;
  canonical_query: string;
  string_to_sign: string;
  signature: string;
  signed_query: string;
}

describe('CDS vectors', () => {
  const file = load('cds-signature.json') as { secret: string; access_key_id: string; vectors: CdsVector[] };
  it.each(file.vectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    expect(canonicalQuery(v.params)).toBe(v.canonical_query);
    expect(cdsStringToSign(v.method, v.params)).toBe(v.string_to_sign);
    expect(cdsSignature(v.method, v.params, file.secret)).toBe(v.signature);
    const signed = { ...v.params, Signature: v.signature };
    const sorted = Object.fromEntries(Object.entries(signed).sort(([a], [b]) => (a < b ? -1 : 1)));
    expect(toQueryString(sorted)).toBe(v.signed_query);
    expect(verifyCdsSignature(v.method, signed, file.secret)).toBe(true);
  });

  it('signCdsQuery with the vector inputs gives the vector signature', () => {
    const v = file.vectors[0]!;
    const { AccessKeyId, Action, SignatureNonce, Timestamp, ...rest } = v.params;
    void SignatureNonce;
    const out = signCdsQuery({
      method: v.method as 'GET',
      action: Action!,
      accessKeyId: AccessKeyId!,
      secret: file.secret,
      query: Object.fromEntries(
        Object.entries(rest).filter(([k]) => !k.startsWith('Signature') && k !== 'Version'),
      ),
      nonce: v.params.SignatureNonce,
      now: new Date(Timestamp!),
    });
    expect(out.Signature).toBe(v.signature);
  });
});

interface MosVector {
  name: string;
  method: string;
  url: string;
  host: string;
  path: string;
  algo: 'HmacSHA1' | 'HmacSHA256';
  secret: string;
  params: Record<string, string>;
  canonical_query: string;
  string_to_sign: string;
  signature: string;
}

describe('MOS vectors', () => {
  const file = load('mos-signature.json') as { vectors: MosVector[] };
  it.each(file.vectors.map((v) => [v.name, v] as const))('%s', (_name, v) => {
    expect(mosSignedHost(new URL(v.url))).toBe(v.host);
    expect(canonicalQuery(v.params)).toBe(v.canonical_query);
    expect(mosStringToSign(v.method, v.host, v.path, v.params)).toBe(v.string_to_sign);
    expect(mosSignature(v.method, v.host, v.path, v.params, v.secret, v.algo)).toBe(v.signature);
    expect(verifyMosSignature(v.method, v.host, v.path, { ...v.params, Signature: v.signature }, v.secret)).toBe(true);
  });
});
