import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countingFetch } from './counting-fetch';
import { startHarness, type Harness } from './harness';

let h: Harness;
const upstream = countingFetch();
beforeAll(async () => {
  h = await startHarness({ fetchImpl: upstream.fetch });
}, 60_000);
afterAll(async () => h?.close());

const send = async (headers: Record<string, string>, body = '{"InstanceId":"00000000-0000-4000-8000-000000000001"}', path = '/api/actions/cds/ccs/StopInstance') => {
  const before = upstream.calls;
  const res = await fetch(h.bffUrl + path, { method: 'POST', headers: { 'X-CSRF': '1', Cookie: h.cookie, ...headers }, body });
  const answer = (await res.json()) as { code: string };
  return { status: res.status, code: answer.code, sent: upstream.calls - before, requestId: res.headers.get('x-request-id') };
};
const audited = (requestId: string | null) => h.audit.entries.find((e) => e.requestId === requestId);

describe('cross-site writes are refused by the server', () => {
  it('a foreign Origin gets 403, nothing is sent, and the attempt is audited', async () => {
    const r = await send({ 'Content-Type': 'application/json', Origin: 'https://evil.example' });
    expect(r).toMatchObject({ status: 403, code: 'CrossSiteRequest', sent: 0 });
    expect(audited(r.requestId)).toMatchObject({ action: 'StopInstance', outcome: 'forbidden', code: 'CrossSiteRequest' });
  });

  it('Sec-Fetch-Site: cross-site gets 403 even without an Origin', async () => {
    const r = await send({ 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'cross-site' });
    expect(r).toMatchObject({ status: 403, code: 'CrossSiteRequest', sent: 0 });
  });

  it('a body that is not application/json gets 415, nothing sent', async () => {
    const r = await send({ 'Content-Type': 'text/plain' });
    expect(r).toMatchObject({ status: 415, code: 'UnsupportedMediaType', sent: 0 });
    expect(audited(r.requestId)).toMatchObject({ action: 'StopInstance', code: 'UnsupportedMediaType' });
  });

  it('the console’s own origin and same-origin fetches still work', async () => {
    const origin = new URL(h.bffUrl).origin;
    const r = await send({ 'Content-Type': 'application/json; charset=utf-8', Origin: origin, 'Sec-Fetch-Site': 'same-origin' }, '{"PageSize":1}', '/api/actions/cds/ccs/DescribeInstances');
    expect(r.status).toBe(200);
  });
});
