import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './fake-upstream';
import { startHarness, type Harness } from './harness';

let h: Harness;
let webDist: string;
beforeAll(async () => {
  webDist = await mkdtemp(path.join(tmpdir(), 'first-data-'));
  await mkdir(path.join(webDist, '.vite'));
  await writeFile(path.join(webDist, 'index.html'), '<!doctype html><html><head><script type="module" src="/assets/index-1.js"></script></head><body></body></html>');
  await writeFile(path.join(webDist, '.vite/manifest.json'), JSON.stringify({ 'index.html': { file: 'assets/index-1.js', isEntry: true } }));
  h = await startHarness({ bff: { webDist } });
});
afterAll(async () => {
  await h?.close();
  await rm(webDist, { recursive: true, force: true });
});

const page = async (address: string, cookie?: string) => {
  const res = await fetch(h.bffUrl + address, { headers: cookie ? { Cookie: cookie } : {} });
  const html = await res.text();
  const json = /<script type="application\/json" id="console-first-data">(.*?)<\/script>/s.exec(html)?.[1];
  return { res, html, data: json === undefined ? undefined : JSON.parse(json) };
};

describe("a signed-in page's index.html", () => {
  it('carries the answers of GET /api/session and GET /api/accounts for that session, for no cache to keep', async () => {
    const { res, data } = await page('/instances?region=CN_Beijing_A', h.cookie);
    expect(res.status).toBe(200);
    expect(data).toEqual({ user: (await h.call('/api/session')).body.user, accounts: (await h.call('/api/accounts')).body.items });
    expect(data.user.username).toBe('admin');
    expect(data.accounts.length).toBeGreaterThan(0);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('etag')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/Cookie/);
  });

  it('carries nothing without a session, on the sign-in page, or once the session has ended', async () => {
    expect((await page('/instances')).data).toBeUndefined();
    expect((await page('/login', h.cookie)).data).toBeUndefined();
    const cookie = await signIn(h.bffUrl);
    expect((await page('/overview', cookie)).data?.user.username).toBe('admin');
    const out = await fetch(`${h.bffUrl}/api/session`, { method: 'DELETE', headers: { Cookie: cookie, 'X-CSRF': '1' } });
    expect(out.status).toBeLessThan(300);
    const after = await page('/overview', cookie);
    expect(after.res.status).toBe(200);
    expect(after.data).toBeUndefined();
  });

  it('cannot be closed early by what an account is named', async () => {
    const made = await h.call('/api/accounts', {
      provider: 'cds',
      name: '</script><script>alert(1)</script>',
      accessKeyId: 'AK-first-data',
      secret: 'first-data-secret-value',
      endpointArea: 'mainland',
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    const { html, data } = await page('/instances', h.cookie);
    expect(html).not.toContain('</script><script>');
    expect(data.accounts.map((a: { name: string }) => a.name)).toContain('</script><script>alert(1)</script>');
    expect(html).not.toContain('first-data-secret-value');
  });
});
