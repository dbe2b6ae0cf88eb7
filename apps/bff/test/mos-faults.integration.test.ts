import { MOS_DEMO_KEY } from '@console/cloud-sim';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

/**
 * MOS reads ride out the simulator's injected faults like CDS reads (actions/retry.ts), in both
 * answer formats, and a MOS write is sent once whatever happens to it.
 */
describe.each(['json', 'xml'] as const)('MOS through faults, %s answers', (format) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      bff: (sim) => ({ mosFormat: format, mos: { endpoint: `${sim.mos.url}/mcs/v1`, region: 'Beijing', accessKeyId: MOS_DEMO_KEY.accessKeyId, secret: MOS_DEMO_KEY.secret } }),
    });
  }, 60_000);
  beforeEach(() => {
    h.sim.reset();
    h.sim.faults.set({ rules: [] });
  });
  afterAll(async () => h?.close());

  const mos = (action: string, body: Record<string, unknown> = {}) => h.call(`/api/actions/mos/mcs/${action}`, body);
  const counted = (action: string) => h.sim.faults.counters[`mcs/${action}`];

  it('a read is tried again on each kind of transient fault and answered', async () => {
    for (const kind of ['drop', 'error5xx', 'throttle', 'malformed', 'truncated'] as const) {
      // A fault on about every other call: a read meets some, and a retry gets through.
      h.sim.faults.set({ seed: 5, rules: [{ provider: 'mos', action: 'DescribeKeyPairs', [kind]: 0.5 }] });
      for (let i = 0; i < 6; i++) {
        const r = await mos('DescribeKeyPairs');
        expect(r.status, `${kind}: ${JSON.stringify(r.body)}`).toBe(200);
        expect(r.body.data.items.length).toBeGreaterThan(0);
      }
      const met = counted('DescribeKeyPairs')?.[kind] ?? 0;
      expect(met, kind).toBeGreaterThan(0);
      expect(counted('DescribeKeyPairs')!.received).toBe(6 + met);
    }
  }, 60_000);

  it('a read that keeps meeting throttling gives up within its deadline, naming the cloud', async () => {
    h.sim.faults.set({ rules: [{ provider: 'mos', action: 'GetBalance', throttle: 1 }] });
    const r = await mos('GetBalance');
    expect(counted('GetBalance')!.received).toBeGreaterThan(1);
    expect(r.body.code).toMatch(/^(RequestLimitExceeded|Throttling)$/);
    expect([400, 502]).toContain(r.status);
  });

  it('a write met by a fault is never sent again, and its outcome is audited', async () => {
    for (const kind of ['error5xx', 'throttle', 'drop', 'malformed', 'truncated'] as const) {
      h.sim.reset();
      h.sim.faults.set({ rules: [{ provider: 'mos', action: 'DeleteKeyPair', [kind]: 1 }] });
      const r = await mos('DeleteKeyPair', { KeyName: 'alice-laptop' });
      expect(r.status, kind).toBeGreaterThanOrEqual(400);
      expect(counted('DeleteKeyPair')!.received, kind).toBe(1);
      const records = h.audit.entries.filter((e) => e.requestId === r.body.requestId);
      expect(records.map((e) => e.outcome), kind).toEqual(['pending', 'upstream_error']);
      // A spoilt answer came after the action ran; the others did not run it.
      const ran = kind === 'malformed' || kind === 'truncated';
      expect(h.sim.mos.world.account(MOS_DEMO_KEY.accessKeyId)!.keyPairs.has('alice-laptop'), kind).toBe(!ran);
    }
  }, 30_000);
});
