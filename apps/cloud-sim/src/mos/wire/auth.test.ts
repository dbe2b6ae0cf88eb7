import { execFile, spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MOS_TEST_KEY, startMosTestSim } from '../testing/client';

/**
 * The simulator's SigV2 check against signers that share no code with it: one written here from
 * the document (node:crypto and hand-made encoding) and, when python3 is present, the standard
 * library one in testing/sigv2_client.py.
 */
type Params = Record<string, string>;

/** RFC 3986 by hand: unreserved characters stay, every other UTF-8 byte is %XX. */
function enc(s: string): string {
  let out = '';
  for (const byte of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-_.~]/.test(c) ? c : '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

function sign(method: string, host: string, path: string, params: Params, secret: string, algo: 'HmacSHA256' | 'HmacSHA1') {
  const keys = Object.keys(params).sort();
  const canonical = keys.map((k) => `${enc(k)}=${enc(params[k]!)}`).join('&');
  const toSign = `${method}\n${host}\n${path}\n${canonical}`;
  return createHmac(algo === 'HmacSHA256' ? 'sha256' : 'sha1', secret).update(toSign).digest('base64');
}

let t: Awaited<ReturnType<typeof startMosTestSim>>;
beforeAll(async () => {
  t = await startMosTestSim();
});
beforeEach(() => t.sim.reset());
afterAll(async () => t?.sim.close());

interface Call {
  method?: 'GET' | 'POST';
  path?: string;
  /** The Host header sent; the signature is over its lower-case form unless signHost says otherwise. */
  hostHeader?: string;
  signHost?: string;
  signPath?: string;
  algo?: 'HmacSHA256' | 'HmacSHA1';
  timestamp?: string;
  secret?: string;
  params?: Params;
  drop?: string;
  /** Format sent; none leaves it out (XML answers). */
  format?: 'json' | 'xml' | 'none';
}

/** Sends a hand-signed call over node:http (so the Host header is ours to choose). */
function call(c: Call = {}): Promise<{ status: number; body: string; signed: Params }> {
  const method = c.method ?? 'POST';
  const port = t.sim.mos.port;
  const hostHeader = c.hostHeader ?? `127.0.0.1:${port}`;
  const path = c.path ?? '/mcs/v1';
  const params: Params = {
    Action: 'GetBalance',
    AWSAccessKeyId: MOS_TEST_KEY.accessKeyId,
    SignatureVersion: '2',
    SignatureMethod: c.algo ?? 'HmacSHA256',
    Timestamp: c.timestamp ?? new Date(t.now()).toISOString(),
    ...(c.format === 'none' ? {} : { Format: c.format ?? 'json' }),
    ...c.params,
  };
  params.Signature = sign(method, c.signHost ?? hostHeader.toLowerCase(), c.signPath ?? path, params, c.secret ?? MOS_TEST_KEY.secret, c.algo ?? 'HmacSHA256');
  if (c.drop) delete params[c.drop];
  const form = Object.entries(params).map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, method, path: method === 'GET' ? `${path}?${form}` : path, headers: { Host: hostHeader, ...(method === 'POST' ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}) } },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, body, signed: params }));
      },
    );
    req.on('error', reject);
    if (method === 'POST') req.write(form);
    req.end();
  });
}

const errorCode = (body: string) => (JSON.parse(body) as { ErrorResponse: { Error: { code: string } } }).ErrorResponse.Error.code;

describe('SigV2 verification against a hand-written signer', () => {
  it.each([
    ['POST', '/mcs/v1', 'HmacSHA256'],
    ['POST', '/', 'HmacSHA1'],
    ['GET', '/', 'HmacSHA256'],
    ['GET', '/mcs/v1', 'HmacSHA1'],
  ] as const)('accepts %s %s signed with %s', async (method, path, algo) => {
    const r = await call({ method, path, algo, params: { Region: 'Beijing', InstanceName: 'web 01 (test)~*' } });
    expect(r.status, r.body).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ GetBalanceResponse: { balance: expect.any(Number) } });
  });

  it('signs the host in lower case with its non-default port', async () => {
    const port = t.sim.mos.port;
    expect((await call({ hostHeader: `LOCALHOST:${port}` })).status).toBe(200);
    const noPort = await call({ hostHeader: `localhost:${port}`, signHost: 'localhost' });
    expect([noPort.status, errorCode(noPort.body)]).toEqual([403, 'SignatureDoesNotMatch']);
    const upper = await call({ hostHeader: `LOCALHOST:${port}`, signHost: `LOCALHOST:${port}` });
    expect(errorCode(upper.body)).toBe('SignatureDoesNotMatch');
  });

  it('verifies over the path actually requested', async () => {
    const r = await call({ path: '/mcs/v1', signPath: '/' });
    expect([r.status, errorCode(r.body)]).toEqual([403, 'SignatureDoesNotMatch']);
    expect(JSON.parse(r.body).ErrorResponse.Error.message).toContain('/mcs/v1');
  });

  it('refuses a stale Timestamp (RequestExpired) and accepts one within 15 minutes', async () => {
    const old = await call({ timestamp: new Date(t.now() - 16 * 60_000).toISOString() });
    expect([old.status, errorCode(old.body)]).toEqual([400, 'RequestExpired']);
    const future = await call({ timestamp: new Date(t.now() + 16 * 60_000).toISOString() });
    expect(errorCode(future.body)).toBe('RequestExpired');
    expect((await call({ timestamp: new Date(t.now() - 14 * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z') })).status).toBe(200);
    expect(errorCode((await call({ timestamp: '2026-02-30T08:00:00Z' })).body)).toBe('InvalidParameterValue');
  });

  it('refuses a replay of the same signed request, but a forged signature does not burn the real one', async () => {
    const timestamp = new Date(t.now()).toISOString();
    const forged = await call({ timestamp, secret: 'wrong' });
    expect(errorCode(forged.body)).toBe('SignatureDoesNotMatch');
    expect((await call({ timestamp })).status).toBe(200);
    const again = await call({ timestamp });
    expect([again.status, errorCode(again.body)]).toEqual([403, 'RequestReplayed']);
  });

  it.each([
    ['an unknown key', { params: { AWSAccessKeyId: 'NOPE' } }, 403, 'AuthFailure'],
    ['a wrong secret', { secret: 'x' }, 403, 'SignatureDoesNotMatch'],
    ['no Signature', { drop: 'Signature' }, 400, 'MissingParameter'],
    ['no Timestamp', { drop: 'Timestamp' }, 400, 'MissingParameter'],
    ['SignatureVersion 1', { params: { SignatureVersion: '1' } }, 400, 'InvalidParameterValue'],
    ['HmacMD5', { params: { SignatureMethod: 'HmacMD5' } }, 400, 'InvalidParameterValue'],
    ['an unknown action', { params: { Action: 'RunInstances' } }, 400, 'InvalidAction'],
    ['Format=yaml', { params: { Format: 'yaml' } }, 400, 'InvalidParameterValue'],
  ] as const)('refuses %s', async (_what, c, status, code) => {
    const r = await call(c as Call);
    expect(r.status, r.body).toBe(status);
    expect(r.body.startsWith('<?xml') ? r.body : errorCode(r.body)).toContain(code);
  });

  it('answers XML without Format and JSON with Format=json, from one model', async () => {
    const xml = await call({ format: 'none' });
    expect(xml.body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<GetBalanceResponse>\n {4}<timestamp>[^<]+<\/timestamp>\n {4}<balance>1286.5<\/balance>\n<\/GetBalanceResponse>\n$/);
    expect((await call({ format: 'xml' })).body).toMatch(/^<\?xml/);
    const json = await call();
    expect(JSON.parse(json.body)).toEqual({ GetBalanceResponse: { timestamp: expect.stringMatching(/Z$/), balance: 1286.5 } });
  });
});

const python = spawnSync('python3', ['--version']).status === 0;
describe.runIf(python)('SigV2 verification against a Python standard-library client', () => {
  const script = fileURLToPath(new URL('../testing/sigv2_client.py', import.meta.url));
  // Asynchronously: the simulator answers from this same thread.
  const run = (input: Record<string, unknown>) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const child = execFile('python3', [script], (err, stdout) => (err ? reject(err) : resolve(JSON.parse(stdout))));
      child.stdin!.end(JSON.stringify(input));
    });
  const input = (method: string, path: string, algo: string, secret = MOS_TEST_KEY.secret) => ({
    key: MOS_TEST_KEY.accessKeyId,
    secret,
    timestamp: new Date(t.now()).toISOString(),
    url: `http://localhost:${t.sim.mos.port}${path}`,
    method,
    algo,
    action: 'DescribeInstances',
    params: { Format: 'json', 'Filter.1.Name': 'name', 'Filter.1.Value.1': '测试机-0*', Region: 'Bei jing (north)+~' },
  });

  it.each([
    ['POST', '/mcs/v1', 'HmacSHA256'],
    ['GET', '/', 'HmacSHA1'],
  ])('%s %s %s, with spaces, Chinese and reserved characters in values', async (method, path, algo) => {
    const r = await run(input(method, path, algo));
    expect(r.status, r.body).toBe(200);
    expect(JSON.parse(r.body).DescribeInstancesResponse.InstanceSet).toMatchObject({ Total: 1, Instance: [{ instanceName: '测试机-01' }] });
  });

  it('is refused with the wrong secret (the check is not a formality)', async () => {
    const r = await run(input('POST', '/mcs/v1', 'HmacSHA256', 'wrong'));
    expect([r.status, errorCode(r.body)]).toEqual([403, 'SignatureDoesNotMatch']);
  });
});
