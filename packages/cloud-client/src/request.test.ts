import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { Agent, fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchText } from './http';

/**
 * The `request` path (request.ts) against the fetch path it replaces in the BFF (undici's fetch
 * over an Agent): every answer below is read both ways, and what the caller gets (text, status,
 * type, or the error's code, message and status) must be the same, as must what the cloud receives.
 */
const CAP = 1000;
const json = JSON.stringify({ Code: 'Success', Data: { Name: 'é ü 中' } });
const big = JSON.stringify({ pad: 'x'.repeat(2 * CAP) });
const sent: Record<string, string[][]> = { fetch: [], request: [] };

const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  '/json': (_q, r) => r.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(json) }).end(json),
  '/chunked': (_q, r) => {
    r.writeHead(200, { 'Content-Type': 'application/json' });
    r.write(json.slice(0, 5));
    setTimeout(() => r.end(json.slice(5)), 5);
  },
  '/over-cap-announced': (_q, r) => r.writeHead(200, { 'Content-Length': big.length }).end(big),
  '/over-cap-chunked': (_q, r) => {
    r.writeHead(200, { 'Content-Type': 'application/json' });
    for (let i = 0; i < big.length; i += 300) r.write(big.slice(i, i + 300));
    r.end();
  },
  // Announces less than it sends: the client reads what was announced.
  '/lying-short': (_q, r) => {
    r.socket!.end(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 10\r\n\r\n${big}`);
  },
  // Announces more than it sends, then hangs up.
  '/lying-long': (_q, r) => {
    r.socket!.end(`HTTP/1.1 200 OK\r\nContent-Length: 500\r\n\r\n${json}`);
  },
  // Announces a length within the cap and sends that many bytes, which decompress far past it.
  '/gzip-bomb': (_q, r) => {
    const body = gzipSync(Buffer.alloc(50 * CAP, 'a'));
    r.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Length': body.length }).end(body);
  },
  '/gzip': (_q, r) => r.writeHead(200, { 'Content-Encoding': 'gzip' }).end(gzipSync(json)),
  '/x-gzip': (_q, r) => r.writeHead(200, { 'Content-Encoding': 'X-Gzip' }).end(gzipSync(json)),
  '/deflate': (_q, r) => r.writeHead(200, { 'Content-Encoding': 'deflate' }).end(deflateSync(json)),
  '/deflate-raw': (_q, r) => r.writeHead(200, { 'Content-Encoding': 'deflate' }).end(deflateRawSync(json)),
  '/br': (_q, r) => r.writeHead(200, { 'Content-Encoding': 'br' }).end(brotliCompressSync(json)),
  '/gzip-then-br': (_q, r) => r.writeHead(200, { 'Content-Encoding': 'gzip, br' }).end(brotliCompressSync(gzipSync(json))),
  '/unknown-coding': (_q, r) => r.writeHead(200, { 'Content-Encoding': 'gzip, snappy' }).end(json),
  '/six-codings': (_q, r) => r.writeHead(200, { 'Content-Encoding': 'gzip,gzip,gzip,gzip,gzip,gzip' }).end(json),
  '/bad-gzip': (_q, r) => r.writeHead(200, { 'Content-Encoding': 'gzip' }).end('not gzip at all'),
  '/redirect': (_q, r) => r.writeHead(302, { Location: '/json' }).end('moved'),
  '/redirect-no-location': (_q, r) => r.writeHead(307).end(),
  '/bom': (_q, r) => r.writeHead(200).end(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json)])),
  '/bad-utf8': (_q, r) => r.writeHead(200).end(Buffer.from([0x7b, 0xff, 0xc3, 0x28, 0xe2, 0x82, 0x7d])),
  '/500': (_q, r) => r.writeHead(500, { 'Content-Type': 'text/plain' }).end('broken'),
  '/204': (_q, r) => r.writeHead(204).end(),
  '/two-types': (_q, r) => r.writeHead(200, { 'Content-Type': ['application/json', 'text/plain'] }).end(json),
  '/stall-headers': () => {},
  '/stall-body': (_q, r) => {
    r.writeHead(200, { 'Content-Length': 100 });
    r.write('{"a":');
  },
};

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]!;
    const body: Buffer[] = [];
    req.on('data', (c: Buffer) => body.push(c));
    if (path === '/echo') {
      req.on('end', () => sent[req.headers['x-console-request-id'] as string]!.push([req.method!, req.url!, ...req.rawHeaders, Buffer.concat(body).toString()]));
    }
    req.on('end', () => (routes[path] ?? ((_q, r) => r.end(json)))(req, res));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((r) => server.close(() => r()));
});

/** What the BFF used before (undici's fetch over its own Agent) and the request path, each over a pool of its own. */
const ways = () => {
  const fetchPool = new Agent();
  const requestPool = new Agent();
  const viaFetch = ((url: string, init: RequestInit) => undiciFetch(url, { ...init, dispatcher: fetchPool } as never)) as unknown as typeof fetch;
  return {
    fetch: (url: string, init: Parameters<typeof fetchText>[1], timeoutMs = 2000) =>
      fetchText(url, init, { timeoutMs, maxBytes: CAP, requestId: 'fetch', fetchImpl: viaFetch }),
    request: (url: string, init: Parameters<typeof fetchText>[1], timeoutMs = 2000) =>
      fetchText(url, init, { timeoutMs, maxBytes: CAP, requestId: 'request', dispatcher: requestPool }),
  };
};

const outcome = (p: Promise<unknown>) =>
  p.then(
    (answer) => ({ answer }),
    (e: { name?: string; code?: string; message?: string; httpStatus?: number }) => ({ error: { name: e.name, code: e.code, message: e.message, httpStatus: e.httpStatus } }),
  );

async function both(path: string, timeoutMs?: number) {
  const { fetch, request } = ways();
  const init = { method: 'GET' };
  const viaFetch = await outcome(fetch(`${base}${path}`, init, timeoutMs));
  const viaRequest = await outcome(request(`${base}${path}`, init, timeoutMs));
  expect(viaRequest).toEqual(viaFetch);
  return viaRequest as { answer?: { text: string; status: number; contentType: string }; error?: { code: string; message: string } };
}

describe('fetchText through request, as through fetch', () => {
  it.each(['/json', '/chunked', '/gzip', '/x-gzip', '/deflate', '/deflate-raw', '/br', '/gzip-then-br'])('reads %s', async (path) => {
    expect((await both(path)).answer?.text).toBe(json);
  });

  it('keeps the type and status it was given, repeated types joined', async () => {
    expect((await both('/json')).answer).toMatchObject({ status: 200, contentType: 'application/json' });
    expect((await both('/two-types')).answer?.contentType).toBe('application/json, text/plain');
    expect((await both('/500')).answer).toMatchObject({ status: 500, text: 'broken' });
    expect((await both('/204')).answer).toMatchObject({ status: 204, text: '' });
  });

  it.each(['/over-cap-announced', '/over-cap-chunked', '/gzip-bomb'])('refuses %s as too large', async (path) => {
    expect((await both(path)).error?.code).toBe('UpstreamTooLarge');
  });

  it('reads what a short Content-Length announces, and fails a body cut before its announced end', async () => {
    expect((await both('/lying-short')).answer?.text).toBe(big.slice(0, 10));
    expect((await both('/lying-long')).error?.code).toBe('UpstreamUnreachable');
  });

  it('leaves an unknown coding as sent and fails bad or too many codings', async () => {
    expect((await both('/unknown-coding')).answer?.text).toBe(json);
    expect((await both('/bad-gzip')).error?.code).toBe('UpstreamUnreachable');
    expect((await both('/six-codings')).error?.code).toBe('UpstreamUnreachable');
  });

  it('never follows a redirect', async () => {
    expect((await both('/redirect')).error?.code).toBe('UpstreamUnreachable');
    expect((await both('/redirect-no-location')).error?.code).toBe('UpstreamUnreachable');
  });

  it('decodes UTF-8 as fetch does: a leading BOM dropped, bad bytes replaced', async () => {
    expect((await both('/bom')).answer?.text).toBe(json);
    expect((await both('/bad-utf8')).answer?.text).toBe('{\ufffd\ufffd(\ufffd}');
  });

  it('times out before the headers and in the middle of the body', async () => {
    expect((await both('/stall-headers', 300)).error?.code).toBe('UpstreamTimeout');
    expect((await both('/stall-body', 300)).error?.code).toBe('UpstreamTimeout');
  });

  it('says a refused connection is unreachable, with its code', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const { fetch, request } = ways();
    const viaFetch = await outcome(fetch(`http://127.0.0.1:${port}/`, { method: 'GET' }));
    expect(await outcome(request(`http://127.0.0.1:${port}/`, { method: 'GET' }))).toEqual(viaFetch);
    expect(viaFetch).toMatchObject({ error: { code: 'UpstreamUnreachable', message: expect.stringContaining('ECONNREFUSED') } });
  });

  it('sends the cloud the same request: method, path, headers in order, body', async () => {
    const { fetch, request } = ways();
    const inits: Array<Parameters<typeof fetchText>[1]> = [
      { method: 'POST', body: '{"PageSize":20,"Name":"é"}', headers: { 'Content-Type': 'application/json' } },
      { method: 'GET', headers: {} },
      // A header fetch would add, set by the caller: the caller's value is sent, once.
      { method: 'GET', headers: { Accept: 'application/json', 'User-Agent': 'console' } },
    ];
    for (const init of inits) {
      sent.fetch = [];
      sent.request = [];
      await fetch(`${base}/echo?Action=X&Sig=a%2Bb%20c&List=[1,2]`, init);
      await request(`${base}/echo?Action=X&Sig=a%2Bb%20c&List=[1,2]`, init);
      expect(sent.fetch).toHaveLength(1);
      expect(sent.request).toEqual(sent.fetch.map((h) => h.map((v) => (v === 'fetch' ? 'request' : v))));
    }
    expect(sent.request![0]).toContain('accept-encoding');
  });
});
