import { afterAll, describe, expect, it } from 'vitest';
import { openConsoleStorage, startBff } from '../src/index';
import { bffConfig, signIn } from './fake-upstream';
import { startHarness, type Harness } from './harness';

const opened: { close(): Promise<void> }[] = [];
afterAll(async () => {
  for (const o of opened.reverse()) await o.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('/api answers', () => {
  it('carry Cache-Control: no-store, errors included', async () => {
    const h = await startHarness();
    opened.push(h);
    for (const path of ['/api/session', '/api/accounts', '/api/nowhere']) {
      const res = await fetch(h.bffUrl + path, { headers: { 'X-CSRF': '1', Cookie: h.cookie } });
      expect(res.headers.get('cache-control'), path).toBe('no-store');
    }
  }, 60_000);

  it('a session used steadily stays alive past the idle timeout', async () => {
    const h: Harness = await startHarness({ bff: { session: { idleMs: 1_500, absoluteMs: 3_600_000 } } });
    opened.push(h);
    const started = Date.now();
    while (Date.now() - started < 4_000) {
      const r = await h.call('/api/session');
      expect(r.status, `after ${Date.now() - started} ms`).toBe(200);
      await sleep(250);
    }
    await sleep(2_000);
    expect((await h.call('/api/session')).status).toBe(401);
  }, 60_000);

  it('a cloud secret that cannot be unsealed says so plainly', async () => {
    const config = bffConfig('http://127.0.0.1:9');
    const storage = await openConsoleStorage(config);
    const bff = await startBff(config, { storage });
    opened.push({ close: async () => (await bff.close(), await storage.close()) });
    await storage.db.query(`UPDATE cloud_accounts SET secret_sealed = 'v1.AAAA.BBBB.CCCC.DDDD'`);
    const cookie = await signIn(bff.url);
    const res = await fetch(`${bff.url}/api/actions/cds/ccs/DescribeInstances`, {
      method: 'POST',
      headers: { 'X-CSRF': '1', 'Content-Type': 'application/json', Cookie: cookie },
      body: '{}',
    });
    const body = (await res.json()) as { code: string; message: string };
    expect(res.status).toBe(503);
    expect(body.code).toBe('CloudSecretUnreadable');
    expect(body.message).toMatch(/master key/);
    expect(body.message).toMatch(/enter the secret again/);
  }, 60_000);
});
