import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BffConfig } from '../src/index';
import { pgliteTemplate } from '../src/storage/pglite-template';

export const SIM_KEY = { id: 'AKTEST00000000000000001', secret: 'SKtest-integration-secret-42' };
export const ADMIN = { username: 'admin', password: 'Integration-Root-Pass-42!' };

/** Signs in and returns the session cookie to send with later calls. */
export async function signIn(bffUrl: string, who: { username: string; password: string } = ADMIN): Promise<string> {
  const res = await fetch(`${bffUrl}/api/session`, {
    method: 'POST',
    headers: { 'X-CSRF': '1', 'Content-Type': 'application/json' },
    body: JSON.stringify(who),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie') ?? '';
  return cookie.split(';')[0]!;
}

// Every in-memory BFF database starts from a freshly initdb'd template (loaded once per file)
// instead of running PGlite's initdb again: seconds per BFF on a busy 2-core machine.
const template = await pgliteTemplate();

export function bffConfig(endpoint: string, extra: Partial<BffConfig> = {}): BffConfig {
  const config: BffConfig = {
    port: 0,
    host: '127.0.0.1',
    cds: { endpoint, accessKeyId: SIM_KEY.id, secret: SIM_KEY.secret },
    upstreamTimeoutMs: 2000,
    logLevel: 'silent',
    webDist: '/nonexistent',
    dataDir: ':memory:',
    admin: { ...ADMIN },
    session: { idleMs: 30 * 60_000, absoluteMs: 12 * 3_600_000 },
    ...extra,
  };
  // A folder may hold a database already (restart tests): only a new in-memory one loads the template.
  return config.dataDir === ':memory:' && !config.databaseUrl ? { pglite: { loadDataDir: template }, ...config } : config;
}

/** A stand-in upstream that answers however a test needs (or never). */
export async function fakeUpstream(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const server: Server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

