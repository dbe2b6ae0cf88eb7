import { catalog } from '@console/api-types';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countingFetch } from './counting-fetch';
import { startHarness, type Harness } from './harness';

/**
 * Random bodies and query strings to every route of /api and every catalog action: the console
 * never answers 5xx of its own, never calls the cloud for input it refused, and leaves an audit
 * record for every write attempt.
 */
let h: Harness;
const upstream = countingFetch();
beforeAll(async () => {
  h = await startHarness({ fetchImpl: upstream.fetch });
}, 60_000);
afterAll(async () => h?.close());

const ID = '00000000-0000-4000-8000-000000000000';
const consoleRoutes: [string, string][] = [
  ['GET', '/api/session'], ['POST', '/api/session'], ['GET', '/api/setup'], ['POST', '/api/setup'],
  ['GET', '/api/users'], ['POST', '/api/users'], ['PATCH', `/api/users/${ID}`], ['PATCH', '/api/users/not-a-uuid'],
  ['POST', `/api/users/${ID}/unlock`], ['PATCH', '/api/me'], ['POST', '/api/me/password'], ['GET', '/api/accounts'], ['POST', '/api/accounts'],
  ['PATCH', `/api/accounts/${ID}`], ['DELETE', '/api/accounts/%00'], ['POST', `/api/accounts/${ID}/test`], ['PUT', '/api/accounts/default'],
  ['GET', '/api/audit'], ['GET', '/api/audit.csv'], ['GET', '/api/audit/tasks'], ['GET', '/api/inventory/cds/instances'], ['POST', '/api/nowhere'], ['GET', '/api/nowhere'],
  ['POST', '/api/actions/cds/ccs/NoSuchAction'],
];
const actionRoutes: [string, string][] = catalog.map((d) => ['POST', `/api/actions/${d.provider}/${d.product}/${d.action}`]);
/** Catalog reads go by POST too, but are not writes: they are not audited. */
const readActions = new Set(catalog.filter((d) => d.kind === 'read').map((d) => `/api/actions/${d.provider}/${d.product}/${d.action}`));

/** Any UTF-16 code unit, controls and lone surrogates included. */
const anyChar = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const nasty = fc.oneof(fc.string(), fc.string({ unit: anyChar }), fc.constantFrom('\u0000', '1e308', '-1', '0000-01-01T00:00:00Z', 'NaN', '[]'));
const json = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.oneof(fc.string(), fc.constantFrom('InstanceIds', 'RegionId', 'PageSize', 'username', 'password', 'role', 'name')), fc.oneof(nasty, fc.jsonValue())),
);
const body = fc.oneof(json.map((v) => JSON.stringify(v) ?? 'null'), nasty);
const query = fc.dictionary(fc.constantFrom('page', 'pageSize', 'q', 'from', 'to', 'user', 'account', 'outcome', 'x'), nasty, { maxKeys: 3 });

describe('fuzz: every route with random input', () => {
  it('no 5xx, no upstream call for refused input, an audit record for every write attempt', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...consoleRoutes, ...actionRoutes), body, query, async ([method, path], raw, q) => {
        const before = upstream.calls;
        const res = await fetch(`${h.bffUrl}${path}?${new URLSearchParams(q)}`, {
          method,
          headers: { 'X-CSRF': '1', 'Content-Type': 'application/json', Cookie: h.cookie },
          body: method === 'GET' ? undefined : raw,
        });
        const text = await res.text();
        expect(res.status, `${method} ${path} ${raw} → ${text}`).toBeLessThan(500);
        const answer = res.headers.get('content-type')?.includes('json') && text ? (JSON.parse(text) as { upstream?: unknown }) : {};
        if (res.status >= 400 && !answer.upstream) expect(upstream.calls, `${method} ${path} sent upstream`).toBe(before);
        if (method !== 'GET' && !readActions.has(path)) {
          const id = res.headers.get('x-request-id');
          expect(h.audit.entries.some((e) => e.requestId === id), `${method} ${path} ${raw} unaudited (${res.status})`).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  }, 240_000);
});
