import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { memoryAuditLog, openConsoleStorage, startBff } from '../src/index';
import type { Storage } from '../src/storage';
import { bffConfig, fakeUpstream, signIn } from './fake-upstream';

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});
// One embedded database for every BFF of this file: each start re-seeds the account's endpoint.
let storage: Storage;
beforeAll(async () => {
  storage = await openConsoleStorage(bffConfig('http://127.0.0.1:1'));
});
afterAll(async () => storage?.close());

async function bffAgainst(endpoint: string, timeoutMs = 300) {
  const bff = await startBff(bffConfig(endpoint, { upstreamTimeoutMs: timeoutMs }), { audit: memoryAuditLog(), storage });
  closers.push(bff.close);
  const cookie = await signIn(bff.url);
  return (action: string, body: unknown) =>
    fetch(`${bff.url}/api/actions/cds/ccs/${action}`, {
      method: 'POST',
      headers: { 'X-CSRF': '1', 'Content-Type': 'application/json', Cookie: cookie },
      body: JSON.stringify(body),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
}

describe('upstream failures become one error shape', () => {
  it('a cloud that never answers is a 504 UpstreamTimeout', async () => {
    const up = await fakeUpstream(() => {});
    closers.push(up.close);
    const call = await bffAgainst(up.url, 200);
    const r = await call('DescribeInstances', {});
    expect(r.status).toBe(504);
    expect(r.body).toMatchObject({ code: 'UpstreamTimeout', httpStatus: 504 });
  });

  it('an unreachable cloud is a 502 UpstreamUnreachable', async () => {
    const up = await fakeUpstream(() => {});
    await up.close();
    const call = await bffAgainst(up.url);
    const r = await call('DescribeInstances', {});
    expect(r.status).toBe(502);
    expect(r.body.code).toBe('UpstreamUnreachable');
  });

  it('a body that is not JSON, or JSON in the wrong shape, is a 502 UpstreamMalformed', async () => {
    const html = await fakeUpstream((_q, s) => s.end('<html>gateway error</html>'));
    const wrong = await fakeUpstream((_q, s) => s.end(JSON.stringify({ Code: 'Success', Data: { Instances: [{ InstanceStatus: 7 }] } })));
    closers.push(html.close, wrong.close);
    for (const up of [html, wrong]) {
      const r = await (await bffAgainst(up.url))('DescribeInstances', {});
      expect(r.status).toBe(502);
      expect(r.body.code).toBe('UpstreamMalformed');
    }
  });

  it('a 200 whose Code is not a success code is an error, not data', async () => {
    const up = await fakeUpstream((_q, s) => s.end(JSON.stringify({ Code: 'Throttling', Message: 'Slow down', RequestId: 'up-1' })));
    closers.push(up.close);
    const r = await (await bffAgainst(up.url))('DescribeInstances', {});
    expect(r.status).toBe(502);
    expect(r.body).toMatchObject({ code: 'Throttling', message: 'Slow down', upstream: { requestId: 'up-1' } });
  });

  it('signs every call: the upstream sees a signature and never the browser\'s headers', async () => {
    let seen: { url?: string; cookie?: string; csrf?: string } = {};
    const up = await fakeUpstream((q, s) => {
      seen = { url: q.url, cookie: q.headers.cookie, csrf: q.headers['x-csrf'] as string };
      s.end(JSON.stringify({ Code: 'Success', Data: { Instances: [], PageNumber: 1, PageCount: 0 } }));
    });
    closers.push(up.close);
    const bff = await startBff(bffConfig(up.url), { audit: memoryAuditLog(), storage });
    closers.push(bff.close);
    const cookie = await signIn(bff.url);
    await fetch(`${bff.url}/api/actions/cds/ccs/DescribeInstances`, {
      method: 'POST',
      headers: { 'X-CSRF': '1', 'Content-Type': 'application/json', Cookie: `${cookie}; other=abc` },
      body: '{}',
    });
    expect(seen.url).toMatch(/^\/ccs\?.*Signature=/);
    expect(seen.url).toMatch(/Action=DescribeInstances/);
    expect(seen.cookie).toBeUndefined();
    expect(seen.csrf).toBeUndefined();
  });
});
