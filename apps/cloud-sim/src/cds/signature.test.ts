/**
 * Authentication over real HTTP, checked with a second signer written here from the document
 * alone (not cloud-client's): a hand-made UTF-8 percent-encoder, byte-order sorting, the
 * bare secret. Both Python-style (urlencode: '+' for spaces) and RFC 3986 query strings.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../index';
import { startTestSim, TEST_KEY, readJson } from '../testing/client';

// ---- the independent signer ---------------------------------------------------------------

function utf8(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

const isUnreserved = (b: number) =>
  (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || (b >= 0x30 && b <= 0x39) || b === 0x2d || b === 0x5f || b === 0x2e || b === 0x7e;
const hex = (b: number) => '%' + b.toString(16).toUpperCase().padStart(2, '0');

/** RFC 3986 as the document states it: A–Z a–z 0–9 - _ . ~ kept, every other byte %XY. */
const rfc3986 = (s: string) => utf8(s).map((b) => (isUnreserved(b) ? String.fromCharCode(b) : hex(b))).join('');

/** Python 2's urllib.quote_plus, which urlencode uses: space → '+', '~' encoded, '_.-' kept. */
const quotePlus = (s: string) =>
  utf8(s)
    .map((b) => (b === 0x20 ? '+' : isUnreserved(b) && b !== 0x7e ? String.fromCharCode(b) : hex(b)))
    .join('');

const byteOrder = (a: string, b: string) => {
  const x = utf8(a);
  const y = utf8(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
};

function sign(method: string, params: Record<string, string>, secret: string): string {
  const canonical = Object.keys(params)
    .filter((k) => k !== 'Signature')
    .sort(byteOrder)
    .map((k) => `${rfc3986(k)}=${rfc3986(params[k]!)}`)
    .join('&');
  const stringToSign = `${method}&${rfc3986('/')}&${rfc3986(canonical)}`;
  return createHmac('sha1', secret).update(stringToSign, 'utf8').digest('base64');
}

const timestamp = (ms = Date.now()) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

interface Signed {
  method: string;
  params: Record<string, string>;
}

function signed(
  method: 'GET' | 'POST',
  action: string,
  extra: Record<string, string> = {},
  opts: { secret?: string; accessKeyId?: string; now?: number; nonce?: string } = {},
): Signed {
  const params: Record<string, string> = {
    Action: action,
    AccessKeyId: opts.accessKeyId ?? TEST_KEY.accessKeyId,
    SignatureMethod: 'HMAC-SHA1',
    SignatureNonce: opts.nonce ?? randomUUID(),
    SignatureVersion: '1.0',
    Timestamp: timestamp(opts.now),
    Version: '2019-08-08',
    ...extra,
  };
  return { method, params: { ...params, Signature: sign(method, params, opts.secret ?? TEST_KEY.secret) } };
}

const encodeQuery = (params: Record<string, string>, style: 'rfc3986' | 'python') =>
  Object.entries(params)
    .map(([k, v]) => (style === 'python' ? `${quotePlus(k)}=${quotePlus(v)}` : `${rfc3986(k)}=${rfc3986(v)}`))
    .join('&');

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSim();
});
afterAll(async () => sim?.close());

async function send(
  s: Signed,
  opts: { path?: string; body?: string; style?: 'rfc3986' | 'python'; method?: string; headers?: Record<string, string> } = {},
) {
  const res = await fetch(`${sim.url}${opts.path ?? '/network'}?${encodeQuery(s.params, opts.style ?? 'rfc3986')}`, {
    method: opts.method ?? s.method,
    body: opts.body,
    headers: opts.headers,
  });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) };
}

// ---- properties ---------------------------------------------------------------------------

const special = '*~/+=&% 中文云主机测试-_.!\'()#?@:;,$[]"<>\\^`{|}';
const nasty = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ unit: fc.constantFrom(...special.split('')), maxLength: 16 }),
);
const extraKey = fc
  .string({ unit: fc.constantFrom(...'abcXYZ019.-_~*+=&% 中文'.split('')), minLength: 1, maxLength: 8 })
  .map((k) => `Note${k}`);
const extras = fc.dictionary(extraKey, nasty, { maxKeys: 4 });
const style = fc.constantFrom('rfc3986' as const, 'python' as const);
const RUNS = { numRuns: 40 };

describe('signature verification (independent signer, real HTTP)', () => {
  it('accepts any values in a GET, however the query is encoded', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'grapheme', maxLength: 10 }), extras, style, async (keyword, extra, st) => {
        const r = await send(signed('GET', 'DescribeVdc', { Keyword: keyword, ...extra }), { style: st });
        expect(r.status, JSON.stringify(r.body)).toBe(200);
        expect(r.body.Code).toBe('Success');
      }),
      RUNS,
    );
  });

  it('accepts any values in the query of a POST; the JSON body is not signed', async () => {
    await fc.assert(
      fc.asyncProperty(extras, nasty, style, async (extra, vdc, st) => {
        const body = JSON.stringify({ VdcId: `no-such-vdc ${vdc}`, PageSize: 3 });
        const r = await send(signed('POST', 'DescribeInstances', extra), { path: '/ccs', body, style: st });
        expect(r.status, JSON.stringify(r.body)).toBe(200);
        expect(r.body.Data.Instances).toEqual([]);
      }),
      RUNS,
    );
  });

  type Tamper = (s: Signed) => { s: Signed; method?: string };
  const tamperings: [string, Tamper][] = [
    ['a changed value', (s) => ({ s: { ...s, params: { ...s.params, NoteA: s.params.NoteA + 'x' } } })],
    ['an added parameter', (s) => ({ s: { ...s, params: { ...s.params, NoteAdded: '1' } } })],
    ['a removed parameter', (s) => {
      const { NoteA: _gone, ...params } = s.params;
      return { s: { ...s, params } };
    }],
    ['a different method', (s) => ({ s, method: s.method === 'GET' ? 'POST' : 'GET' })],
    ['a changed signature', (s) => {
      const sig = s.params.Signature!;
      return { s: { ...s, params: { ...s.params, Signature: (sig[0] === 'A' ? 'B' : 'A') + sig.slice(1) } } };
    }],
  ];

  it.each(tamperings)('rejects %s with SignatureDoesNotMatch', async (_name, tamper) => {
    await fc.assert(
      fc.asyncProperty(nasty, extras, fc.constantFrom('GET' as const, 'POST' as const), async (a, extra, method) => {
        const original = signed(method, 'DescribeVdc', { ...extra, NoteA: a });
        const { s, method: sendAs } = tamper(original);
        const r = await send(s, { method: sendAs });
        expect(r.status, JSON.stringify(r.body)).toBe(400);
        expect(r.body.Code).toBe('SignatureDoesNotMatch');
        expect(r.body.RequestId).toMatch(/^[0-9a-f-]{36}$/);
      }),
      { numRuns: 15 },
    );
  });

  it('rejects a signature made with a different secret, and with the secret followed by "&"', async () => {
    for (const secret of ['another-secret', `${TEST_KEY.secret}&`, '']) {
      const r = await send(signed('GET', 'DescribeVdc', {}, { secret }));
      expect(r.status).toBe(400);
      expect(r.body.Code).toBe('SignatureDoesNotMatch');
      expect(r.body.Message).toContain('GET&%2F&AccessKeyId%3D');
    }
  });
});

describe('the other authentication rules', () => {
  it('accepts a timestamp up to 15 minutes off and refuses one further away', async () => {
    for (const offset of [-14, 14]) {
      const r = await send(signed('GET', 'DescribeVdc', {}, { now: Date.now() + offset * 60_000 }));
      expect(r.status).toBe(200);
    }
    for (const offset of [-16, 16, -24 * 60]) {
      const r = await send(signed('GET', 'DescribeVdc', {}, { now: Date.now() + offset * 60_000 }));
      expect(r.status).toBe(400);
      expect(r.body.Code).toBe('InvalidTimeStamp.Expired');
    }
  });

  it('refuses a timestamp that is not yyyy-MM-ddTHH:mm:ssZ', async () => {
    for (const ts of ['2024-05-01 08:30:00', '2024-05-01T08:30:00.000Z', '2024-02-30T08:30:00Z', 'yesterday']) {
      const s = signed('GET', 'DescribeVdc', { Timestamp: ts });
      const r = await send(s);
      expect(r.status).toBe(400);
      expect(r.body.Code).toBe('InvalidTimeStamp.Format');
    }
  });

  it('refuses a nonce used before, even with a new timestamp and signature', async () => {
    const nonce = randomUUID();
    const first = signed('GET', 'DescribeVdc', {}, { nonce });
    expect((await send(first)).status).toBe(200);
    const again = await send(first);
    expect(again.status).toBe(400);
    expect(again.body.Code).toBe('SignatureNonceUsed');
    const resigned = await send(signed('GET', 'DescribeVdc', {}, { nonce, now: Date.now() - 60_000 }));
    expect(resigned.body.Code).toBe('SignatureNonceUsed');
  });

  it('does not burn a nonce on a request whose signature is wrong', async () => {
    const nonce = randomUUID();
    expect((await send(signed('GET', 'DescribeVdc', {}, { nonce, secret: 'wrong' }))).body.Code).toBe('SignatureDoesNotMatch');
    expect((await send(signed('GET', 'DescribeVdc', {}, { nonce }))).status).toBe(200);
  });

  it('accepts a nonce again once the 15-minute window has passed', async () => {
    let now = Date.UTC(2024, 4, 1, 8, 0, 0);
    const clocked = await startTestSim({ clock: () => now });
    try {
      const nonce = randomUUID();
      const url = (s: Signed) => `${clocked.url}/network?${encodeQuery(s.params, 'rfc3986')}`;
      expect((await fetch(url(signed('GET', 'DescribeVdc', {}, { nonce, now })))).status).toBe(200);
      now += 14 * 60_000;
      expect((await fetch(url(signed('GET', 'DescribeVdc', {}, { nonce, now })))).status).toBe(400);
      now += 2 * 60_000;
      expect((await fetch(url(signed('GET', 'DescribeVdc', {}, { nonce, now })))).status).toBe(200);
    } finally {
      await clocked.close();
    }
  });

  it('answers 404 InvalidAccessKeyId.NotFound for an unknown key', async () => {
    const r = await send(signed('GET', 'DescribeVdc', {}, { accessKeyId: 'AKNOBODY' }));
    expect(r.status).toBe(404);
    expect(r.body.Code).toBe('InvalidAccessKeyId.NotFound');
  });

  it.each(['Action', 'AccessKeyId', 'Signature', 'SignatureMethod', 'SignatureVersion', 'SignatureNonce', 'Timestamp', 'Version'])(
    'answers 400 MissingParameter naming %s when it is absent',
    async (name) => {
      const s = signed('GET', 'DescribeVdc');
      const { [name]: _gone, ...params } = s.params;
      const r = await send({ ...s, params });
      expect(r.status).toBe(400);
      expect(r.body.Code).toBe('MissingParameter');
      expect(r.body.Message).toContain(`"${name}"`);
    },
  );

  it('refuses an unsupported signature method, signature version or API version', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ SignatureMethod: 'HMAC-SHA256' }, 'InvalidSignatureMethod'],
      [{ SignatureVersion: '2.0' }, 'InvalidSignatureVersion'],
      [{ Version: '2020-01-01' }, 'InvalidVersion'],
    ];
    for (const [extra, code] of cases) {
      const r = await send(signed('GET', 'DescribeVdc', extra));
      expect(r.status).toBe(400);
      expect(r.body.Code).toBe(code);
    }
  });

  it('refuses a parameter given twice and a query that is not UTF-8', async () => {
    const s = signed('GET', 'DescribeVdc');
    const base = `${sim.url}/network?${encodeQuery(s.params, 'rfc3986')}`;
    for (const url of [`${base}&Keyword=a&Keyword=b`, `${base}&Keyword=%E6%B5`]) {
      const res = await fetch(url);
      expect(res.status).toBe(400);
      expect((await readJson(res)).Code).toBe('InvalidParameter');
    }
  });
});

describe('the shared vectors', () => {
  // The repository's copy of ../shared/vectors (cloud-client's test checks it equals the original).
  const vectorsDir = fileURLToPath(new URL('../../../../packages/cloud-client/vectors/', import.meta.url));
  const file = JSON.parse(readFileSync(vectorsDir + 'cds-signature.json', 'utf8')) as {
    access_key_id: string;
    secret: string;
    vectors: { name: string; method: string; params: Record<string, string>; signature: string; signed_query: string }[];
  };

  it('the independent signer reproduces every vector', () => {
    for (const v of file.vectors) expect(sign(v.method, v.params, file.secret)).toBe(v.signature);
  });

  it('the simulator accepts each signed query as sent, at the time it was signed', async () => {
    const at = Date.parse(file.vectors[0]!.params.Timestamp!) + 30_000;
    const vsim = await startSimulator({ port: 0, logLevel: 'silent', accessKeyId: file.access_key_id, secret: file.secret, clock: () => at });
    try {
      const [describe, modify] = file.vectors;
      const ok = await fetch(`${vsim.url}/network?${describe!.signed_query}`);
      expect(ok.status).toBe(200);
      // ModifyVdcName is not an action of the documents: the signature passes, the name does not.
      const unknown = await fetch(`${vsim.url}/network/?${modify!.signed_query}`);
      expect(unknown.status).toBe(404);
      expect((await readJson(unknown)).Code).toBe('InvalidAction.NotFound');
    } finally {
      await vsim.close();
    }
  });
});
