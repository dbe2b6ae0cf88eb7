import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchText } from '@console/cloud-client';
import { guardedAgent, guardedLookup } from './guarded-fetch';

/** A resolver that answers from a table, as DNS would (one address, or all of them). */
const fakeDns =
  (table: Record<string, string>) =>
  (
    hostname: string,
    options: { all?: boolean },
    cb: (err: NodeJS.ErrnoException | null, a: never, f?: number) => void,
  ) => {
    const address = table[hostname];
    if (!address)
      return cb(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }), undefined as never);
    const family = address.includes(':') ? 6 : 4;
    return options.all
      ? cb(null, [{ address, family }] as never)
      : cb(null, address as never, family);
  };

describe('guarded lookup', () => {
  const lookup = guardedLookup(
    fakeDns({
      'meta.example': '169.254.169.254',
      'v6meta.example': 'fd00:ec2::254',
      'sim.example': '127.0.0.1',
    }),
  );
  const run = (host: string, all: boolean) =>
    new Promise<{ err: NodeJS.ErrnoException | null; address: unknown }>((resolve) =>
      lookup(host, { all }, (err, address) => resolve({ err, address })),
    );

  it('refuses names that resolve to link-local or metadata addresses, one address or all', async () => {
    for (const all of [false, true]) {
      expect((await run('meta.example', all)).err?.code).toBe('EFORBIDDENADDRESS');
      expect((await run('v6meta.example', all)).err?.message).toMatch(
        /fd00:ec2::254.*never a cloud endpoint/,
      );
    }
  });

  it('passes other addresses and resolver errors through', async () => {
    expect(await run('sim.example', false)).toEqual({ err: null, address: '127.0.0.1' });
    expect((await run('nowhere.example', true)).err?.code).toBe('ENOTFOUND');
  });
});

describe('guarded agent', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  const dispatcher = guardedAgent(
    fakeDns({ 'sim.example': '127.0.0.1', 'meta.example': '169.254.169.254' }),
  );
  // The way the BFF calls a cloud through it (cloud-client's request path).
  const call = (host: string) =>
    fetchText(`http://${host}:${port}/`, { method: 'GET' }, { timeoutMs: 5000, dispatcher });

  it('calls a host whose address is allowed', async () => {
    expect((await call('sim.example')).text).toBe('ok');
  });

  it('never connects to a name that resolves to a metadata address, and says why', async () => {
    await expect(call('meta.example')).rejects.toMatchObject({
      code: 'ForbiddenEndpointAddress',
      message: expect.stringContaining('169.254.169.254'),
    });
  });
});
