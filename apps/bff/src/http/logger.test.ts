import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, httpLogger } from './logger';
import { requestId } from './request-id';

describe('httpLogger', () => {
  const lines: Record<string, unknown>[] = [];
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, cb) {
        for (const l of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(l) as Record<string, unknown>);
        cb();
      },
    });
    const app = express();
    app.use(requestId);
    app.use(httpLogger(createLogger('info', sink)));
    app.get('/quiet', (_req, res) => void res.json({ ok: true }));
    app.get('/noisy', (req, res) => {
      req.log.warn({ body: { password: 'hunter2-secret' } }, 'something to say');
      res.status(502).json({ ok: false });
    });
    app.get('/missing', (_req, res) => void res.status(404).end());
    server = await new Promise((r) => {
      const s = app.listen(0, '127.0.0.1', () => r(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const linesOf = async (id: string) => {
    await new Promise((r) => setTimeout(r, 20));
    return lines.filter((l) => (l.req as { id?: string } | undefined)?.id === id);
  };

  it('writes one access line with the request id, method, path without its query, status and time', async () => {
    await fetch(`${url}/quiet?token=abc`, { headers: { 'X-Request-Id': 'quiet-request-1' } });
    const [line, ...more] = await linesOf('quiet-request-1');
    expect(more).toEqual([]);
    expect(line).toMatchObject({ level: 30, msg: 'request completed', req: { id: 'quiet-request-1', method: 'GET', path: '/quiet' }, res: { statusCode: 200 } });
    expect(line!.responseTime).toEqual(expect.any(Number));
    expect(JSON.stringify(line)).not.toContain('token=abc');
  });

  it('binds req.log to the request, redacts secrets, and logs by status (4xx warn, 5xx error)', async () => {
    await fetch(`${url}/noisy`, { headers: { 'X-Request-Id': 'noisy-request-1' } });
    await fetch(`${url}/missing`, { headers: { 'X-Request-Id': 'missing-request' } });
    const noisy = await linesOf('noisy-request-1');
    expect(noisy.map((l) => [l.level, l.msg])).toEqual([
      [40, 'something to say'],
      [50, 'request errored'],
    ]);
    expect(noisy[0]!.body).toEqual({ password: '[redacted]' });
    expect((await linesOf('missing-request')).map((l) => [l.level, (l.res as { statusCode: number }).statusCode])).toEqual([[40, 404]]);
  });
});
