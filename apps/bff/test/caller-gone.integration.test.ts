import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../src/index';
import { countingFetch } from './counting-fetch';
import { startHarness, type Harness } from './harness';

let h: Harness;
const upstream = countingFetch();
beforeAll(async () => {
  h = await startHarness({ fetchImpl: upstream.fetch });
}, 60_000);
afterAll(async () => h?.close());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a write whose caller is gone', () => {
  it('is never sent when the caller hangs up while it waits for its audit record, and is recorded as not sent', async () => {
    const working = h.audit.record;
    // A slow audit table: each record lands 600 ms late, well inside the audit deadline.
    h.audit.record = async (e: AuditEntry) => {
      await sleep(600);
      await working(e);
    };
    const requestId = `caller-gone-${Date.now()}`;
    const before = upstream.calls;
    const hangUp = new AbortController();
    const call = fetch(`${h.bffUrl}/api/actions/cds/ccs/StopInstance`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: h.cookie, 'X-CSRF': '1', 'X-Request-Id': requestId },
      body: JSON.stringify({ InstanceId: '00000000-0000-4000-8000-000000000009' }),
      signal: hangUp.signal,
    });
    await sleep(200);
    hangUp.abort();
    await expect(call).rejects.toThrow();
    // The pending record lands, then the outcome: not sent, the caller gone.
    await sleep(1_500);
    h.audit.record = working;
    expect(upstream.calls).toBe(before);
    const records = h.audit.entries.filter((e) => e.requestId === requestId);
    expect(records.map((e) => [e.outcome, e.code])).toEqual([
      ['pending', undefined],
      ['error', 'CallerGone'],
    ]);
    // The same write from a caller that waits is sent as usual.
    const stayed = await h.action('ccs', 'StopInstance', { InstanceId: '00000000-0000-4000-8000-000000000009' });
    expect(stayed.body.code).not.toBe('CallerGone');
    expect(upstream.calls).toBe(before + 1);
  }, 30_000);
});
