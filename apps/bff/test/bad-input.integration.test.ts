import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(async () => h?.close());

const get = async (path: string) => {
  const res = await fetch(h.bffUrl + path, { headers: { 'X-CSRF': '1', Cookie: h.cookie } });
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
};

describe('no 500 for bad input: query parameters are validated', () => {
  it.each([
    ['/api/audit?from=0000-01-01T00:00:00Z', 'from'],
    ['/api/audit?to=99999-01-01T00:00:00Z', 'to'],
    ['/api/audit.csv?from=0000-01-01T00:00:00Z', 'from'],
    ['/api/audit?page=1e308', 'page'],
    ['/api/audit?user=a&user=b', 'user'],
    ['/api/users?page=1e308', 'page'],
    ['/api/users?pageSize=-5', 'pageSize'],
    ['/api/users?q=%00', 'q'],
    ['/api/actions/cds/ccs/DescribeInstances?account=%00', 'account'],
  ])('%s answers 400 naming %s', async (path, field) => {
    const r = path.includes('/actions/')
      ? await fetch(h.bffUrl + path, { method: 'POST', headers: { 'X-CSRF': '1', Cookie: h.cookie, 'Content-Type': 'application/json' }, body: '{}' }).then(async (res) => ({ status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() }))
      : await get(path);
    expect(r.status, r.text).toBe(400);
    expect(r.type).toContain('application/json');
    const body = JSON.parse(r.text) as { issues: { path: string }[] };
    expect(body.issues.map((i) => i.path)).toContain(field);
  });

  it('a valid CSV export still streams', async () => {
    const r = await get('/api/audit.csv?from=2020-01-01T00:00:00Z');
    expect(r.status).toBe(200);
    expect(r.type).toContain('text/csv');
  });
});
