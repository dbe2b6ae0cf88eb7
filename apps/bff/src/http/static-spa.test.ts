import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { negotiateEncoding } from './compress';
import { rawRequest } from './raw-get';
import { safeRelativePath, spaRouter } from './static-spa';

const BUNDLE = `export const hello = ${JSON.stringify('console '.repeat(4000))};\n//# sourceMappingURL=index-abc123.js.map\n`;
const INDEX = `<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body>${'<!-- pad -->'.repeat(200)}</body></html>`;

async function serve(dir: string, serveSourceMaps: boolean) {
  const app = express();
  app.use(spaRouter(dir, { serveSourceMaps }));
  const server: Server = await new Promise((r) => {
    const s = app.listen(0, '127.0.0.1', () => r(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(r)) };
}

describe('static SPA serving', () => {
  let dir: string;
  let plain: Awaited<ReturnType<typeof serve>>;
  let withMaps: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'spa-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), INDEX);
    await writeFile(path.join(dir, 'assets/index-abc123.js'), BUNDLE);
    await writeFile(path.join(dir, 'assets/index-abc123.js.map'), JSON.stringify({ version: 3, sources: ['secret.ts'] }));
    await writeFile(path.join(dir, 'assets/logo-abc123.png'), Buffer.alloc(4096, 7));
    await writeFile(path.join(dir, '.env'), 'SECRET=1');
    plain = await serve(dir, false);
    withMaps = await serve(dir, true);
  });
  afterAll(async () => {
    await plain.close();
    await withMaps.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('sends hashed assets brotli-compressed and cacheable for a year', async () => {
    const r = await rawRequest(`${plain.url}/assets/index-abc123.js`, { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('br');
    expect(r.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(r.headers['content-type']).toMatch(/javascript/);
    expect(r.headers.vary).toMatch(/Accept-Encoding/i);
    expect(r.body.length).toBeLessThan(BUNDLE.length / 10);
    expect(brotliDecompressSync(r.body).toString()).toBe(BUNDLE);
  });

  it('falls back to gzip, and to the plain bytes when the client accepts neither', async () => {
    const gz = await rawRequest(`${plain.url}/assets/index-abc123.js`, { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(BUNDLE);
    const none = await rawRequest(`${plain.url}/assets/index-abc123.js`);
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(none.body.toString()).toBe(BUNDLE);
    expect(none.headers.etag).not.toBe(gz.headers.etag);
  });

  it('answers a repeated request with 304 when the ETag matches', async () => {
    const first = await rawRequest(`${plain.url}/assets/index-abc123.js`, { 'Accept-Encoding': 'br' });
    const again = await rawRequest(`${plain.url}/assets/index-abc123.js`, {
      'Accept-Encoding': 'br',
      'If-None-Match': String(first.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('does not compress files that are already compressed (images)', async () => {
    const r = await rawRequest(`${plain.url}/assets/logo-abc123.png`, { 'Accept-Encoding': 'br, gzip' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.length).toBe(4096);
  });

  it('serves index.html and every deep link with no-cache, compressed', async () => {
    for (const p of ['/', '/index.html', '/instances/ins-1?page=2']) {
      const r = await rawRequest(plain.url + p, { 'Accept-Encoding': 'gzip' });
      expect(r.status, p).toBe(200);
      expect(r.headers['cache-control'], p).toBe('no-cache');
      expect(r.headers['content-type'], p).toMatch(/text\/html/);
      expect(gunzipSync(r.body).toString(), p).toBe(INDEX);
    }
  });

  it('sees a rebuilt file under the same name (index.html changes, mtime moves)', async () => {
    const next = INDEX.replace('abc123', 'def456');
    await writeFile(path.join(dir, 'index.html'), next);
    const later = new Date(Date.now() + 5000);
    await utimes(path.join(dir, 'index.html'), later, later);
    const r = await rawRequest(`${plain.url}/`);
    expect(r.body.toString()).toBe(next);
    await writeFile(path.join(dir, 'index.html'), INDEX);
  });

  it('does not serve source maps unless asked, and never turns a missing asset into index.html', async () => {
    const map = await rawRequest(`${plain.url}/assets/index-abc123.js.map`);
    expect(map.status).toBe(404);
    expect(map.body.toString()).not.toContain('secret.ts');
    const missing = await rawRequest(`${plain.url}/assets/index-gone.js`);
    expect(missing.status).toBe(404);
    const served = await rawRequest(`${withMaps.url}/assets/index-abc123.js.map`);
    expect(served.status).toBe(200);
    expect(served.body.toString()).toContain('secret.ts');
  });

  it('refuses dotfiles and paths that climb out of the root', async () => {
    expect((await rawRequest(`${plain.url}/.env`)).status).toBe(400);
    expect((await rawRequest(`${plain.url}/assets/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(400);
    expect((await rawRequest(`${plain.url}/%E0%A4%A`)).status).toBe(400);
  });

  it('leaves /api paths and other methods to the routes after it', async () => {
    expect((await rawRequest(`${plain.url}/api/nothing`)).status).toBe(404);
    expect((await rawRequest(`${plain.url}/`, {}, 'POST')).status).toBe(404);
  });
});

describe('safeRelativePath', () => {
  it('maps URL paths below the root and rejects the rest', () => {
    expect(safeRelativePath('/')).toBe('');
    expect(safeRelativePath('/assets/a%20b.js')).toBe('assets/a b.js');
    expect(safeRelativePath('//assets//x.js')).toBe('assets/x.js');
    expect(safeRelativePath('/../x')).toBeUndefined();
    expect(safeRelativePath('/a/.git/config')).toBeUndefined();
    expect(safeRelativePath('/a%5c..%5cb')).toBeUndefined();
    expect(safeRelativePath('/a%00b')).toBeUndefined();
  });
});

describe('negotiateEncoding', () => {
  const pick = (h?: string) => negotiateEncoding({ headers: h === undefined ? {} : { 'accept-encoding': h } });
  it('prefers brotli on a tie, follows weights, honours q=0', () => {
    expect(pick('gzip, deflate, br, zstd')).toBe('br');
    expect(pick('gzip;q=1, br;q=0.5')).toBe('gzip');
    expect(pick('br;q=0, gzip')).toBe('gzip');
    expect(pick('identity')).toBeUndefined();
    expect(pick('*')).toBe('br');
    expect(pick('*;q=0')).toBeUndefined();
    expect(pick()).toBeUndefined();
  });
});

describe('index.html with an inline script', () => {
  it('is allowed by hash in the CSP of its own answer only', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'spa-csp-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), '<html><head><script>document.title = "x";</script></head><body></body></html>');
    await writeFile(path.join(dir, 'assets/a-1.js'), 'export {};');
    const app = express();
    app.use((_req, res, next) => {
      res.setHeader('Content-Security-Policy', "default-src 'self';script-src 'self'");
      next();
    });
    app.use(spaRouter(dir));
    const server: Server = await new Promise((r) => {
      const s = app.listen(0, '127.0.0.1', () => r(s));
    });
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const page = await rawRequest(`${url}/instances`, {});
      expect(page.headers['content-security-policy']).toMatch(/^default-src 'self';script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'$/);
      const asset = await rawRequest(`${url}/assets/a-1.js`, {});
      expect(asset.headers['content-security-policy']).toBe("default-src 'self';script-src 'self'");
    } finally {
      await new Promise((r) => server.close(r));
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** A built SPA in a new folder: an index.html loading its entry, Vite's manifest and, if given, the route table. */
async function builtSpa(manifest: object, routes?: object) {
  const dir = await mkdtemp(path.join(tmpdir(), 'spa-built-'));
  await mkdir(path.join(dir, '.vite'), { recursive: true });
  await writeFile(path.join(dir, 'index.html'), '<html><head><script type="module" src="/assets/index-1.js"></script></head><body></body></html>');
  await writeFile(path.join(dir, '.vite/manifest.json'), JSON.stringify(manifest));
  if (routes) await writeFile(path.join(dir, '.vite/routes.json'), JSON.stringify(routes));
  return dir;
}

describe('index.html for a signed-in address', () => {
  it("preloads the console's shell there, not on the sign-in page", async () => {
    const dir = await builtSpa({
      'index.html': { file: 'assets/index-1.js', isEntry: true },
      'src/app/SignedIn.tsx': { file: 'assets/SignedIn-2.js' },
    });
    const app = express();
    app.use(spaRouter(dir));
    const server: Server = await new Promise((r) => {
      const s = app.listen(0, '127.0.0.1', () => r(s));
    });
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const link = '<link rel="modulepreload" crossorigin href="/assets/SignedIn-2.js">';
      const list = await rawRequest(`${url}/instances`, {});
      expect(list.body.toString()).toContain(link);
      const login = await rawRequest(`${url}/login`, {});
      expect(login.body.toString()).not.toContain(link);
      expect(login.headers.etag).not.toBe(list.headers.etag);
      expect((await rawRequest(`${url}/.vite/manifest.json`, {})).status).toBe(400);
    } finally {
      await new Promise((r) => server.close(r));
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("index.html for a signed-in page's address", () => {
  it("preloads the page's chunks and its messages in the browser's language, and says it varies by it", async () => {
    const manifest = {
      'index.html': { file: 'assets/index-1.js', isEntry: true },
      'src/app/SignedIn.tsx': { file: 'assets/SignedIn-2.js' },
      'src/features/things/ThingsPage.tsx': { file: 'assets/ThingsPage-3.js', imports: ['_list-4.js'] },
      '_list-4.js': { file: 'assets/list-4.js' },
      'src/features/things/messages.ts': { file: 'assets/messages-5.js' },
      'src/features/things/messages.en.ts': { file: 'assets/messages.en-6.js' },
      'src/features/things/messages.zh.ts': { file: 'assets/messages.zh-7.js' },
    };
    const messages = { loader: 'src/features/things/messages.ts', en: 'src/features/things/messages.en.ts', 'zh-CN': 'src/features/things/messages.zh.ts' };
    const dir = await builtSpa(manifest, [{ path: 'things', page: 'src/features/things/ThingsPage.tsx', messages }]);
    const server = await serve(dir, false);
    const link = (file: string) => `<link rel="modulepreload" crossorigin href="/assets/${file}">`;
    try {
      const { url } = server;
      const en = await rawRequest(`${url}/things?region=x`, { 'Accept-Language': 'en-GB,en;q=0.9' });
      for (const file of ['SignedIn-2.js', 'ThingsPage-3.js', 'list-4.js', 'messages-5.js', 'messages.en-6.js']) expect(en.body.toString()).toContain(link(file));
      expect(en.body.toString()).not.toContain(link('messages.zh-7.js'));
      expect(en.headers.vary).toMatch(/Accept-Language/);
      const zh = await rawRequest(`${url}/things`, { 'Accept-Language': 'zh-CN,zh;q=0.9' });
      expect(zh.body.toString()).toContain(link('messages.zh-7.js'));
      expect(zh.body.toString()).not.toContain(link('messages.en-6.js'));
      expect(zh.headers.etag).not.toBe(en.headers.etag);
      // An address no module declares gets the shell only, the same for every language.
      const other = await rawRequest(`${url}/nowhere`, { 'Accept-Language': 'zh-CN' });
      expect(other.body.toString()).toContain(link('SignedIn-2.js'));
      expect(other.body.toString()).not.toContain(link('ThingsPage-3.js'));
      expect(other.headers.vary ?? '').not.toMatch(/Accept-Language/);
    } finally {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe("a signed-in page's first data", () => {
  it('is left out, not failed, when it cannot be read', async () => {
    const dir = await builtSpa({ 'index.html': { file: 'assets/index-1.js', isEntry: true } });
    const app = express();
    app.use(spaRouter(dir, { firstData: () => Promise.reject(new Error('database down')) }));
    const server: Server = await new Promise((r) => {
      const s = app.listen(0, '127.0.0.1', () => r(s));
    });
    try {
      const res = await rawRequest(`http://127.0.0.1:${(server.address() as AddressInfo).port}/instances`, {});
      expect(res.status).toBe(200);
      expect(res.body.toString()).not.toContain('console-first-data');
      expect(res.headers['cache-control']).toBe('no-cache');
    } finally {
      await new Promise((r) => server.close(r));
      await rm(dir, { recursive: true, force: true });
    }
  });
});
