import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../src/index';
import { countingFetch } from './counting-fetch';
import { startHarness, type Harness } from './harness';

let h: Harness;
const upstream = countingFetch();
beforeAll(async () => {
  h = await startHarness({ fetchImpl: upstream.fetch, bff: { upstreamTimeoutMs: 1_000 } });
}, 60_000);
afterAll(async () => h?.close());

describe('the audit write has a deadline', () => {
  it('writes whose audit record is stuck are refused in time and never sent later', async () => {
    const working = h.audit.record;
    const stuck: (() => void)[] = [];
    // The audit table is locked: every record waits until the test lets it go.
    h.audit.record = (e: AuditEntry) => new Promise<void>((resolve) => stuck.push(() => void working(e).then(resolve)));
    const before = upstream.calls;
    const started = Date.now();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => h.action('ccs', 'StopInstance', { InstanceId: '00000000-0000-4000-8000-000000000009' })),
    );
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(answers.map((a) => a.status)).toEqual([503, 503, 503, 503, 503]);
    expect(answers[0]!.body.code).toBe('AuditUnavailable');
    // A read does not wait for them.
    const read = await h.action('ccs', 'DescribeInstances', { PageSize: 1 });
    expect(read.status).toBe(200);
    const readsSent = upstream.calls;
    // The table unlocks: the late records land, and still nothing is sent.
    h.audit.record = working;
    stuck.forEach((go) => go());
    await new Promise((r) => setTimeout(r, 500));
    expect(upstream.calls).toBe(readsSent);
    expect(readsSent - before).toBe(1);
  }, 30_000);
});
