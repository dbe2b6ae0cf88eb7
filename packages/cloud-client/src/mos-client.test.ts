import { mosMcs, mosMcsInstanceOps, type ActionDef } from '@console/api-types';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UpstreamError } from './errors';
import { callMos, mosRequest, readMosBody } from './mos-client';
import { mosSignedHost, verifyMosSignature } from './sign/mos';
import { loadVectors } from './sign/vector-files';

interface MosVector {
  name: string;
  method: 'GET' | 'POST';
  url: string;
  path: string;
  algo: 'HmacSHA1' | 'HmacSHA256';
  secret: string;
  params: Record<string, string>;
  signature: string;
}
const vectors = (loadVectors('mos-signature.json') as { vectors: MosVector[] }).vectors;
const vector = (name: string) => vectors.find((v) => v.name.startsWith(name))!;
const def = (d: unknown) => d as ActionDef;

describe('mosRequest reproduces the shared vectors from typed catalog inputs', () => {
  it('v1: DescribeInstances, HmacSHA1, lists as InstanceId.n and filters as Filter.n.Value.m', () => {
    const v = vector('v1');
    const { url, params } = mosRequest(
      def(mosMcs.DescribeInstances),
      {
        InstanceIds: ['027ff1d8-e3a0-4e2e-a1e1-03d6ee03c353', 'testtest'],
        Filters: [{ Name: 'status', Values: ['running', 'ready'] }],
        Limit: 10,
        Offset: 2,
      },
      { endpoint: v.url, accessKeyId: v.params.AWSAccessKeyId!, secret: v.secret },
      { algorithm: v.algo, now: new Date(v.params.Timestamp!), format: 'json' },
    );
    expect(url).toBe(v.url);
    expect(params).toEqual({ ...v.params, Signature: v.signature });
  });

  it('v2: CreateInstance to /mcs/v1 with Region signed, HmacSHA256, asked for XML', () => {
    const v = vector('v2');
    const { Action: _a, AWSAccessKeyId, Timestamp, SignatureVersion: _v, SignatureMethod: _m, Format: _f, Region, ...input } = v.params;
    const { url, params } = mosRequest(
      { ...def(mosMcsInstanceOps.CreateInstance), method: v.method },
      input,
      { endpoint: v.url, region: Region, accessKeyId: AWSAccessKeyId!, secret: v.secret },
      { algorithm: v.algo, now: new Date(Timestamp!), format: 'xml' },
    );
    expect(new URL(url).pathname).toBe('/mcs/v1');
    expect(params).toEqual({ ...v.params, Signature: v.signature });
  });

  it('sends StopInstance Force as "True", and metadata as Name.n / Value.n', () => {
    const creds = { endpoint: 'http://127.0.0.1:8788/mcs/v1', accessKeyId: 'AK', secret: 'S' };
    expect(mosRequest(def(mosMcsInstanceOps.StopInstance), { InstanceId: 'i-1', Force: true }, creds).params).toMatchObject({ Force: 'True' });
    expect(mosRequest(def(mosMcsInstanceOps.StopInstance), { InstanceId: 'i-1' }, creds).params.Force).toBeUndefined();
    expect(
      mosRequest(def(mosMcsInstanceOps.PutInstanceMetadata), { InstanceId: 'i-1', Names: ['a', 'b'], Values: ['1', ''] }, creds).params,
    ).toMatchObject({ 'Name.1': 'a', 'Value.1': '1', 'Name.2': 'b', 'Value.2': '' });
  });
});

describe('the form body', () => {
  const text = fc.string({ unit: fc.constantFrom(...'ab Z9+/=&%~*!\'()中文-_.\n'.split('')), maxLength: 16 });
  it('decodes (as any form parser does) to parameters whose signature verifies over the endpoint path (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text.filter((s) => s.length > 0), text), { minLength: 1, maxLength: 5 }), text, (pairs, secret) => {
        const endpoint = 'http://MOS.example.com:8788/mcs/v1';
        const { body } = mosRequest(
          def(mosMcsInstanceOps.PutInstanceMetadata),
          { InstanceId: 'i', Names: pairs.map(([n]) => n), Values: pairs.map(([, v]) => v) },
          { endpoint, region: 'Beijing', accessKeyId: 'AK', secret: secret || 's' },
        );
        const received = Object.fromEntries(new URLSearchParams(body));
        expect(mosSignedHost(new URL(endpoint))).toBe('mos.example.com:8788');
        expect(verifyMosSignature('POST', 'mos.example.com:8788', '/mcs/v1', received, secret || 's')).toBe(true);
        expect(verifyMosSignature('POST', 'mos.example.com:8788', '/', received, secret || 's')).toBe(false);
        pairs.forEach(([n, v], i) => {
          expect(received[`Name.${i + 1}`]).toBe(n);
          expect(received[`Value.${i + 1}`]).toBe(v);
        });
      }),
    );
  });
});

/** A fetch that records the request and answers with the given body. */
function answering(status: number, body: string, contentType: string) {
  const seen: { url?: string; init?: RequestInit } = {};
  const fetchImpl = (async (url: string, init: RequestInit) => {
    seen.url = url;
    seen.init = init;
    return new Response(body, { status, headers: { 'Content-Type': contentType } });
  }) as unknown as typeof fetch;
  return { fetchImpl, seen };
}

const creds = { endpoint: 'http://127.0.0.1:8788/mcs/v1', region: 'Beijing', accessKeyId: 'AK', secret: 'S' };
const call = (d: unknown, input: Record<string, unknown>, f: ReturnType<typeof answering>) =>
  callMos(def(d), input, creds, { timeoutMs: 1000, fetchImpl: f.fetchImpl, requestId: 'req-1' });

describe('callMos', () => {
  it('POSTs a signed form body to the endpoint path and reads a JSON answer', async () => {
    const f = answering(200, '{"GetBalanceResponse":{"balance":16.66,"timestamp":"2013-07-19T15:52:02Z"}}', 'application/json');
    const raw = await call(mosMcs.GetBalance, {}, f);
    expect(f.seen.url).toBe('http://127.0.0.1:8788/mcs/v1');
    expect(f.seen.init?.method).toBe('POST');
    const headers = f.seen.init?.headers as Record<string, string>;
    expect(headers['Content-Type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(headers['X-Console-Request-Id']).toBe('req-1');
    const sent = Object.fromEntries(new URLSearchParams(String(f.seen.init?.body)));
    expect(sent).toMatchObject({ Action: 'GetBalance', Region: 'Beijing', Format: 'json', SignatureVersion: '2', SignatureMethod: 'HmacSHA256' });
    expect(verifyMosSignature('POST', '127.0.0.1:8788', '/mcs/v1', sent, 'S')).toBe(true);
    expect(mosMcs.GetBalance.normalize(mosMcs.GetBalance.output.parse(raw.body))).toEqual({ balance: 16.66, updatedAt: '2013-07-19T15:52:02Z' });
  });

  it('reads an XML answer: a one-item set as one object, values as strings, through the catalog', async () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<DescribeInstancesResponse><InstanceSet><Instance><status>ready</status><instanceId>i-1</instanceId><cpu>1</cpu><memory>128</memory><volume>59</volume><instanceName>t</instanceName><ipAddresses>10.0.0.1</ipAddresses></Instance><Total>6</Total><Limit>1</Limit><Offset>2</Offset></InstanceSet></DescribeInstancesResponse>`;
    const raw = await call(mosMcs.DescribeInstances, {}, answering(200, xml, 'application/xml'));
    expect(mosMcs.DescribeInstances.normalize(mosMcs.DescribeInstances.output.parse(raw.body))).toEqual({
      items: [{ id: 'i-1', name: 't', status: 'ready', instanceType: undefined, instanceTypeId: undefined, cpu: 1, memoryMb: 128, volumeMb: 59, ipAddresses: ['10.0.0.1'] }],
      total: 6,
      limit: 1,
      offset: 2,
    });
    const empty = await call(mosMcs.GetInstanceMetadata, { InstanceId: 'i' }, answering(200, '<GetInstanceMetadataResponse><InstanceMetadata/></GetInstanceMetadataResponse>', 'text/xml'));
    expect(mosMcs.GetInstanceMetadata.normalize(mosMcs.GetInstanceMetadata.output.parse(empty.body))).toEqual({});
    const noKeys = await call(mosMcs.DescribeKeyPairs, {}, answering(200, '<DescribeKeyPairsResponse><KeyPairSet></KeyPairSet></DescribeKeyPairsResponse>', 'application/xml'));
    expect(mosMcs.DescribeKeyPairs.normalize(mosMcs.DescribeKeyPairs.output.parse(noKeys.body)).items).toEqual([]);
  });

  it.each([
    ['JSON, code as the document’s number', 406, '{"ErrorResponse":{"Error":{"message":"No enough balance","code":406}}}', 'application/json', '406', 406],
    ['JSON, EC2-style code', 400, '{"ErrorResponse":{"Error":{"message":"not ready","code":"IncorrectInstanceState"}}}', 'application/json', 'IncorrectInstanceState', 400],
    ['XML', 403, '<?xml version="1.0"?><ErrorResponse><Error><message>bad signature</message><code>SignatureDoesNotMatch</code></Error></ErrorResponse>', 'application/xml', 'SignatureDoesNotMatch', 403],
    ['an error body on HTTP 200', 200, '{"ErrorResponse":{"Error":{"message":"odd","code":"X"}}}', 'application/json', 'X', 502],
    ['a 5xx without an error body', 503, '{}', 'application/json', 'HTTP503', 502],
  ])('maps an error answer (%s) to UpstreamError with the upstream code', async (_what, status, body, type, code, bffStatus) => {
    const err = await call(mosMcs.GetBalance, {}, answering(status, body, type)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamError);
    expect(err).toMatchObject({ code, httpStatus: bffStatus, upstream: { httpStatus: status } });
  });

  it('says plainly when the body is neither JSON nor XML', async () => {
    const err = await call(mosMcs.GetBalance, {}, answering(200, 'oops', 'text/plain')).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'UpstreamMalformed', httpStatus: 502 });
    const bad = await call(mosMcs.GetBalance, {}, answering(200, '<a><b></a>', 'application/xml')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UpstreamError);
    expect((bad as Error).message).toMatch(/XML that cannot be read: <\/a> closes <b>/);
  });

  it('reads by content type first, then by the first character', () => {
    expect(readMosBody('<R>1</R>', '')).toEqual({ R: '1' });
    expect(readMosBody(' {"R":1}', 'text/plain')).toEqual({ R: 1 });
    expect(() => readMosBody('<R>1</R>', 'application/json')).toThrow(SyntaxError);
  });
});
