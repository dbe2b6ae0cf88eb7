import { request } from 'node:http';
import { Writable } from 'node:stream';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startSimulator } from '@console/cloud-sim';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryAuditLog, openConsoleStorage, startBff, type RunningBff, type Storage } from '../src/index';
import { bffConfig, signIn, SIM_KEY } from './fake-upstream';

// Cloud reads are served beside Express (src/actions/fast-read.ts). Two BFFs on one storage and
// simulator, one with that path and one sending everything through Express, must answer every
// read alike: status, headers (names, order, values), bytes, access log line, audit records.

const READ = '/api/actions/cds/ccs/DescribeInstances';
let sim: Awaited<ReturnType<typeof startSimulator>>;
let storage: Storage;
let fast: RunningBff;
let viaExpress: RunningBff;
let cookie: string;
const audit = memoryAuditLog();
const logs: { fast: Record<string, unknown>[]; express: Record<string, unknown>[] } = { fast: [], express: [] };
const sink = (into: Record<string, unknown>[]) =>
  new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const l of chunk.toString().split('\n').filter(Boolean)) into.push(JSON.parse(l) as Record<string, unknown>);
      cb();
    },
  });

beforeAll(async () => {
  sim = await startSimulator({ port: 0, accessKeyId: SIM_KEY.id, secret: SIM_KEY.secret, logLevel: 'silent' });
  const config = bffConfig(sim.url, { logLevel: 'info', allowedOrigins: ['https://console.example'] });
  storage = await openConsoleStorage(config);
  fast = await startBff(config, { storage, audit, logStream: sink(logs.fast) });
  viaExpress = await startBff(config, { storage, audit, logStream: sink(logs.express), expressOnly: true });
  cookie = await signIn(fast.url);
});
afterAll(async () => {
  await fast?.close();
  await viaExpress?.close();
  await storage?.close();
  await sim?.close();
});

interface Answer {
  status: number;
  /** Header names and values in the order sent, without Date. */
  headers: [string, string][];
  body: Buffer;
}

/** One request exactly as given (node:http adds nothing but Host and the framing headers). */
function send(base: string, path: string, headers: Record<string, string>, body?: string | Buffer, method = 'POST'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(base + path, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const headers: [string, string][] = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) if (res.rawHeaders[i]!.toLowerCase() !== 'date') headers.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
        resolve({ status: res.statusCode!, headers, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const decoded = (a: Answer) => {
  const enc = a.headers.find(([k]) => k.toLowerCase() === 'content-encoding')?.[1];
  const bytes = enc === 'br' ? brotliDecompressSync(a.body) : enc === 'gzip' ? gunzipSync(a.body) : a.body;
  return JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
};

let n = 0;
/** The same request to both BFFs (one X-Request-Id, so even the bytes can match); both answers. */
async function both(path: string, headers: Record<string, string>, body?: string | Buffer, method?: string) {
  const id = `fast-read-case-${String(++n).padStart(4, '0')}`;
  const h = { 'X-Request-Id': id, ...headers };
  const a = await send(fast.url, path, h, body, method);
  const b = await send(viaExpress.url, path, h, body, method);
  return { a, b, id };
}

const json = { 'Content-Type': 'application/json' };
const signedIn = () => ({ ...json, 'X-CSRF': '1', Cookie: cookie });

describe('cloud reads beside Express', () => {
  const cases: [string, string, () => Record<string, string>, string | Buffer | undefined][] = [
    ['a read', READ, signedIn, '{"PageSize":3}'],
    ['a read, brotli', READ, () => ({ ...signedIn(), 'Accept-Encoding': 'gzip, deflate, br, zstd' }), '{"PageSize":30}'],
    ['a read, gzip', READ, () => ({ ...signedIn(), 'Accept-Encoding': 'gzip' }), '{"PageSize":30}'],
    ['a small answer, not compressed', READ, () => ({ ...signedIn(), 'Accept-Encoding': 'br' }), '{"PageSize":1,"PageNumber":999}'],
    ['no session', READ, () => ({ ...json, 'X-CSRF': '1' }), '{}'],
    ['a session that does not exist', READ, () => ({ ...json, 'X-CSRF': '1', Cookie: 'console_sid=' + 'a'.repeat(43) }), '{}'],
    ['no X-CSRF header', READ, () => ({ ...json, Cookie: cookie }), '{}'],
    ['no X-CSRF header and no session', READ, () => json, '{}'],
    ['another site (Origin)', READ, () => ({ ...signedIn(), Origin: 'https://evil.example' }), '{}'],
    ['another site (Sec-Fetch-Site)', READ, () => ({ ...signedIn(), 'Sec-Fetch-Site': 'cross-site' }), '{}'],
    ['its own site (Sec-Fetch-Site)', READ, () => ({ ...signedIn(), 'Sec-Fetch-Site': 'same-origin' }), '{"PageSize":2}'],
    ['an origin named in ALLOWED_ORIGINS', READ, () => ({ ...signedIn(), Origin: 'https://console.example' }), '{"PageSize":2}'],
    ['JSON that does not parse', READ, signedIn, '{"PageSize":'],
    ['JSON that does not parse, no session', READ, () => ({ ...json, 'X-CSRF': '1' }), '{"PageSize":'],
    ['a string, not an object (strict JSON)', READ, signedIn, '"PageSize"'],
    ['blanks only', READ, signedIn, '   '],
    ['a leading byte order mark', READ, signedIn, '\ufeff{"PageSize":2}'],
    ['an array', READ, signedIn, '[]'],
    ['a control character', READ, signedIn, '{"InstanceName":"a\\u0001b"}'],
    ['nested too deep', READ, signedIn, '{"a":'.repeat(40) + '1' + '}'.repeat(40)],
    ['an unknown field', READ, signedIn, '{"PageSize":2,"Nope":1}'],
    ['a field of the wrong type', READ, signedIn, '{"PageSize":"many"}'],
    ['an account that is not an id', READ + '?account=nope', signedIn, '{}'],
    ['an account given twice', READ + '?account=a&account=b', signedIn, '{}'],
    ['an empty account (no account)', READ + '?account=&x=1', signedIn, '{"PageSize":2}'],
    ['a charset', READ, () => ({ ...signedIn(), 'Content-Type': 'application/json; charset=utf-8' }), '{"PageSize":2}'],
    // Not taken beside Express (it answers them): compared all the same.
    ['another charset', READ, () => ({ ...signedIn(), 'Content-Type': 'application/json; charset=latin1' }), '{}'],
    ['text, not JSON', READ, () => ({ ...signedIn(), 'Content-Type': 'text/plain' }), '{}'],
    ['a trailing slash', READ + '/', signedIn, '{"PageSize":2}'],
    ['a name in another case', '/api/actions/cds/ccs/describeinstances', signedIn, '{}'],
    ['an unknown action', '/api/actions/cds/ccs/DescribeNothing', signedIn, '{}'],
    ['no body', READ, () => ({ ...signedIn(), 'Content-Length': '0' }), undefined],
    ['a body over 64 KB', READ, signedIn, JSON.stringify({ x: 'y'.repeat(70 * 1024) })],
  ];
  it.each(cases)('%s: the same answer as through Express', async (_name, path, headers, body) => {
    const { a, b, id } = await both(path, headers(), body);
    expect(a.status).toBe(b.status);
    expect(a.headers).toEqual(b.headers);
    expect(decoded(a)).toEqual(decoded(b));
    // Both BFFs read one simulator whose world does not change between the two calls: the same bytes.
    expect(a.body.equals(b.body)).toBe(true);
    expect(a.headers.find(([k]) => k === 'X-Request-Id')?.[1]).toBe(id);
    await new Promise((r) => setTimeout(r, 10));
    const line = (lines: Record<string, unknown>[]) => {
      const found = lines.filter((l) => (l.req as { id?: string } | undefined)?.id === id);
      return found.map(({ time: _t, responseTime: _r, pid: _p, ...rest }) => rest);
    };
    expect(line(logs.fast)).toEqual(line(logs.express));
    expect(line(logs.fast)).toHaveLength(1);
  });

  it('answers a read, checked like any other (200 with data, 401, 403, 400 with the field named)', async () => {
    const ok = await send(fast.url, READ, signedIn(), '{"PageSize":2}');
    expect(ok.status).toBe(200);
    const own = await send(fast.url, READ, { ...signedIn(), Origin: fast.url }, '{"PageSize":2}');
    expect(own.status).toBe(200);
    expect((decoded(ok).data as { items: unknown[] }).items).toHaveLength(2);
    expect(decoded(await send(fast.url, READ, { ...json, 'X-CSRF': '1' }, '{}'))).toMatchObject({ code: 'NotSignedIn', httpStatus: 401 });
    expect(decoded(await send(fast.url, READ, { ...json, Cookie: cookie }, '{}'))).toMatchObject({ code: 'CsrfHeaderMissing', httpStatus: 403 });
    const bad = decoded(await send(fast.url, READ, signedIn(), '{"PageSize":"many"}'));
    expect(bad).toMatchObject({ code: 'ValidationError', httpStatus: 400 });
    expect(bad.message).toMatch(/^DescribeInstances: PageSize: /);
    expect(bad.issues).toEqual([{ path: 'PageSize', message: expect.any(String) }]);
  });

  it('ends a session at once: signed out, disabled, or revoked by an admin', async () => {
    const mine = await signIn(fast.url);
    const read = (c: string) => send(fast.url, READ, { ...json, 'X-CSRF': '1', Cookie: c }, '{"PageSize":1}').then((r) => r.status);
    expect(await read(mine)).toBe(200);
    expect((await send(fast.url, '/api/session', { ...json, 'X-CSRF': '1', Cookie: mine }, undefined, 'DELETE')).status).toBe(204);
    expect(await read(mine)).toBe(401);

    const admin = { ...json, 'X-CSRF': '1', Cookie: cookie };
    const created = await send(fast.url, '/api/users', admin, JSON.stringify({ username: 'fast-reader', role: 'viewer', password: 'Person-Pass-4-Tests!' }));
    expect(created.status).toBe(201);
    const user = (decoded(created).user as { id: string }).id;
    const viewer = await signIn(fast.url, { username: 'fast-reader', password: 'Person-Pass-4-Tests!' });
    expect(await read(viewer)).toBe(200);
    // A viewer's read is allowed; a write (Express's path) is forbidden and audited.
    const write = await send(fast.url, '/api/actions/cds/ccs/StopInstance', { ...json, 'X-CSRF': '1', Cookie: viewer }, '{"InstanceId":"x"}');
    expect(decoded(write)).toMatchObject({ code: 'Forbidden', httpStatus: 403 });
    expect(audit.entries.filter((e) => e.user === 'fast-reader' && e.provider === 'cds').map((e) => [e.action, e.outcome])).toEqual([['StopInstance', 'forbidden']]);
    expect((await send(fast.url, `/api/users/${user}`, admin, JSON.stringify({ disabled: true }), 'PATCH')).status).toBe(200);
    expect(await read(viewer)).toBe(401);
  }, 30_000); // three sign-ins and a password hash: scrypt on a busy machine

  it('records nothing for reads, answered or refused', async () => {
    const before = audit.entries.length;
    await send(fast.url, READ, signedIn(), '{"PageSize":2}');
    await send(fast.url, READ, signedIn(), '{"Nope":1}');
    await send(fast.url, READ, { ...json, Cookie: cookie }, '{}');
    expect(audit.entries.slice(before)).toEqual([]);
  });
});
