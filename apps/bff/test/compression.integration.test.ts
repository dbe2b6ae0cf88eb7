import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../src/http/raw-get';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(async () => h?.close());

const post = (path: string, body: unknown, encoding?: string) =>
  rawRequest(
    h.bffUrl + path,
    {
      'Content-Type': 'application/json',
      'X-CSRF': '1',
      Cookie: h.cookie,
      ...(encoding ? { 'Accept-Encoding': encoding } : {}),
    },
    'POST',
    JSON.stringify(body),
  );

describe('API answers on the wire', () => {
  it('compresses a large JSON answer with the encoding the client prefers', async () => {
    const plain = await post('/api/actions/cds/ccs/DescribeInstances', { PageSize: 100 });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    const expected = JSON.parse(plain.body.toString());
    expect(plain.body.length).toBeGreaterThan(1024);

    const br = await post('/api/actions/cds/ccs/DescribeInstances', { PageSize: 100 }, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^application\/json/);
    const fromBr = JSON.parse(brotliDecompressSync(br.body).toString());
    expect(fromBr.data).toEqual(expected.data);
    expect(fromBr.requestId).not.toBe(expected.requestId);
    expect(br.body.length).toBeLessThan(plain.body.length / 3);

    const gz = await post('/api/actions/cds/ccs/DescribeInstances', { PageSize: 100 }, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.body).toString()).data).toEqual(expected.data);
  });

  it('leaves small answers (errors, the session) uncompressed', async () => {
    const err = await post('/api/actions/cds/ccs/NoSuchAction', {}, 'br, gzip');
    expect(err.status).toBe(404);
    expect(err.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(err.body.toString())).toMatchObject({ code: 'UnknownAction' });
    const me = await rawRequest(h.bffUrl + '/api/session', { 'X-CSRF': '1', Cookie: h.cookie, 'Accept-Encoding': 'br' });
    expect(me.status).toBe(200);
    expect(me.body.length).toBeLessThan(1024);
    expect(me.headers['content-encoding']).toBeUndefined();
  });
});
