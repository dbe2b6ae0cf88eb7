import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cdsSignature, signCdsQuery, verifyCdsSignature } from './cds';
import { mosSignature, signMosParams, verifyMosSignature } from './mos';

/** Values with Chinese text, spaces and every character the encoders treat specially. */
const nastyString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 24 }),
  fc.string({ unit: fc.constantFrom(...'*~/+=&% 中文云主机-_.!\'()aZ09'.split('')), maxLength: 24 }),
);
const key = fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.'.split('')), minLength: 1, maxLength: 16 })
  .filter((k) => !['Signature', 'Action', 'AccessKeyId', 'SignatureMethod', 'SignatureNonce', 'SignatureVersion', 'Timestamp', 'Version'].includes(k));
const params = fc.dictionary(key, nastyString, { minKeys: 1, maxKeys: 6 });
const secret = fc.string({ minLength: 1, maxLength: 40 });
const method = fc.constantFrom('GET' as const, 'POST' as const);

/** Round trip through a real query string, as the wire carries it. */
const throughWire = (p: Record<string, string>) => {
  const qs = new URLSearchParams(p).toString();
  return Object.fromEntries(new URLSearchParams(qs));
};

describe('CDS signer properties', () => {
  it('sign → send → verify holds for any values', () => {
    fc.assert(
      fc.property(params, secret, method, (q, s, m) => {
        const signed = signCdsQuery({ method: m, action: 'DescribeVdc', accessKeyId: 'AK', secret: s, query: q });
        expect(verifyCdsSignature(m, throughWire(signed), s)).toBe(true);
      }),
    );
  });

  it('any change to a signed value, a key, the method or the secret changes the signature', () => {
    fc.assert(
      fc.property(params, secret, method, nastyString, (q, s, m, extra) => {
        const signed = signCdsQuery({ method: m, action: 'DescribeVdc', accessKeyId: 'AK', secret: s, query: q });
        const { Signature, ...rest } = signed;
        const k = Object.keys(q)[0]!;
        const otherValue = rest[k] === extra ? extra + 'x' : extra;
        expect(cdsSignature(m, { ...rest, [k]: otherValue }, s)).not.toBe(Signature);
        expect(cdsSignature(m, { ...rest, [k + 'X']: rest[k]! }, s)).not.toBe(Signature);
        const { [k]: _dropped, ...without } = rest;
        void _dropped;
        expect(cdsSignature(m, without, s)).not.toBe(Signature);
        expect(cdsSignature(m === 'GET' ? 'POST' : 'GET', rest, s)).not.toBe(Signature);
        expect(cdsSignature(m, rest, s + 'x')).not.toBe(Signature);
        expect(verifyCdsSignature(m, { ...rest, [k]: otherValue, Signature: Signature! }, s)).toBe(false);
      }),
    );
  });
});

describe('MOS signer properties', () => {
  const url = new URL('http://127.0.0.1:8788/');
  it('sign → send → verify holds for any values, both algorithms', () => {
    fc.assert(
      fc.property(params, secret, method, fc.constantFrom('HmacSHA1' as const, 'HmacSHA256' as const), (q, s, m, algo) => {
        const signed = signMosParams({ method: m, url, action: 'DescribeInstances', accessKeyId: 'AK', secret: s, params: q, algorithm: algo });
        expect(verifyMosSignature(m, '127.0.0.1:8788', '/', throughWire(signed), s)).toBe(true);
      }),
    );
  });

  it('any change to a value, the method, the host, the path or the secret changes the signature', () => {
    fc.assert(
      fc.property(params, secret, method, nastyString, (q, s, m, extra) => {
        const signed = signMosParams({ method: m, url, action: 'DescribeInstances', accessKeyId: 'AK', secret: s, params: q });
        const { Signature, ...rest } = signed;
        const k = Object.keys(q)[0]!;
        const otherValue = rest[k] === extra ? extra + 'x' : extra;
        const host = '127.0.0.1:8788';
        expect(mosSignature(m, host, '/', { ...rest, [k]: otherValue }, s)).not.toBe(Signature);
        expect(mosSignature(m === 'GET' ? 'POST' : 'GET', host, '/', rest, s)).not.toBe(Signature);
        expect(mosSignature(m, '127.0.0.1', '/', rest, s)).not.toBe(Signature);
        expect(mosSignature(m, host, '/x', rest, s)).not.toBe(Signature);
        expect(mosSignature(m, host, '/', rest, s + 'x')).not.toBe(Signature);
      }),
    );
  });
});
