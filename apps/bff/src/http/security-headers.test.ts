import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type RequestHandler } from 'express';
import helmet from 'helmet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HELMET_OPTIONS } from '../app';
import { securityHeaders } from './security-headers';

/** An app shaped like the BFF's front (headers first, then a JSON answer, a 404 and a thrown error). */
async function serve(headers: RequestHandler) {
  const app = express(); // X-Powered-By left on: Helmet removes it, so must the precomputed set
  app.use(headers);
  app.post('/api/answer', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ ok: true });
  });
  app.get('/boom', () => {
    throw new Error('boom');
  });
  // A fixed error body (Express's default page carries a stack trace, whose length differs by build).
  app.use(((_err, _req, res, _next) => {
    res.status(500).json({ code: 'InternalError' });
  }) as express.ErrorRequestHandler);
  const server: Server = await new Promise((r) => {
    const s = app.listen(0, '127.0.0.1', () => r(s));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Every header but Date, in the order sent, names lower-cased as fetch gives them. */
async function headersOf(url: string, init?: RequestInit): Promise<[string, string][]> {
  const res = await fetch(url, init);
  await res.arrayBuffer();
  return [...res.headers].filter(([name]) => name !== 'date');
}

describe('precomputed security headers', () => {
  let withHelmet: Awaited<ReturnType<typeof serve>>;
  let precomputed: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    withHelmet = await serve(helmet(HELMET_OPTIONS));
    precomputed = await serve(securityHeaders(HELMET_OPTIONS));
  });
  afterAll(async () => {
    await withHelmet.close();
    await precomputed.close();
  });

  it.each([
    ['an API answer', '/api/answer', { method: 'POST' }],
    ['a 404', '/nothing-here', undefined],
    ['an error', '/boom', undefined],
  ])('sends the same headers as Helmet on %s', async (_what, pathName, init) => {
    const before = await headersOf(withHelmet.url + pathName, init);
    const after = await headersOf(precomputed.url + pathName, init);
    expect(after).toEqual(before);
    expect(after.map(([name]) => name)).toEqual(expect.arrayContaining(['content-security-policy', 'strict-transport-security', 'x-content-type-options']));
    expect(after.map(([name]) => name)).not.toContain('x-powered-by');
  });

  it('keeps the console CSP directives', async () => {
    const csp = new Map(await headersOf(precomputed.url + '/api/answer', { method: 'POST' })).get('content-security-policy') ?? '';
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('upgrade-insecure-requests');
  });
});
