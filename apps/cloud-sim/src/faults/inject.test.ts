import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Simulator } from '../index';
import { FAULTS_PATH } from './inject';
import { cdsClient, startTestSim, type CdsClient } from '../testing/client';

let sim: Simulator;
let client: CdsClient;
beforeAll(async () => {
  sim = await startTestSim({ faults: { rules: [{ action: 'DescribeVdc', latencyMs: 1 }] } });
  client = cdsClient(sim);
});
beforeEach(() => sim.faults.set({ rules: [] }));
afterAll(async () => sim?.close());

const admin = (method: string, body?: unknown) =>
  fetch(`${sim.url}${FAULTS_PATH}`, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
const vdcCount = () => sim.world.account('AKTESTSIM0000000000001')!.vdcs().length;
const createVdc = () => client.post('/network', 'CreateVdc', { RegionId: 'CN_Beijing_A', VdcName: `f${Date.now() % 100000}` });

describe('faults on demand', () => {
  it('starts with the plan it was given (SIM_FAULTS) and shows it with counters at the admin route', async () => {
    const fresh = await startTestSim({ faults: { rules: [{ product: 'ccs', error5xx: 1 }] } });
    try {
      const c = cdsClient(fresh);
      expect((await c.post('/ccs', 'DescribeInstances')).status).toBeGreaterThanOrEqual(500);
      expect((await c.get('/network', 'DescribeVdc')).status).toBe(200);
      const seen = (await (await fetch(`${fresh.url}${FAULTS_PATH}`)).json()) as { plan: unknown; counters: Record<string, unknown> };
      expect(seen.plan).toEqual({ rules: [{ product: 'ccs', error5xx: 1 }] });
      expect(seen.counters['ccs/DescribeInstances']).toEqual({ received: 1, handled: 0, error5xx: 1 });
      expect(seen.counters['network/DescribeVdc']).toEqual({ received: 1, handled: 1 });
    } finally {
      await fresh.close();
    }
  });

  it('answers 5xx and throttling (Throttling.User) without running the action', async () => {
    const before = vdcCount();
    expect((await admin('PUT', { rules: [{ action: 'CreateVdc', error5xx: 1 }] })).status).toBe(200);
    const a = await createVdc();
    expect([500, 503]).toContain(a.status);
    expect(a.body.Code).toMatch(/^(InternalError|ServiceUnavailable)$/);
    await admin('PUT', { rules: [{ product: 'network', throttle: 1 }] });
    const t = await createVdc();
    expect([t.status, t.body.Code]).toEqual([400, 'Throttling.User']);
    expect(vdcCount()).toBe(before);
  });

  it('spoils the body of an action that ran: malformed (not JSON) or truncated (connection cut mid-body)', async () => {
    const before = vdcCount();
    await admin('PUT', { rules: [{ action: 'CreateVdc', malformed: 1 }] });
    await expect(createVdc()).rejects.toThrow(SyntaxError);
    expect(vdcCount()).toBe(before + 1);
    await admin('PUT', { rules: [{ action: 'DescribeVdc', truncated: 1 }] });
    await expect(client.get('/network', 'DescribeVdc')).rejects.toThrow();
  });

  it('drops the connection unanswered, adds latency, and covers only what the rule names', async () => {
    await admin('PUT', { rules: [{ action: 'DescribeVdc', drop: 1 }, { product: 'ccs', latencyMs: 150 }] });
    await expect(client.get('/network', 'DescribeVdc')).rejects.toThrow();
    const t0 = performance.now();
    expect((await client.post('/ccs', 'DescribeInstances')).status).toBe(200);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
    expect((await admin('DELETE')).status).toBe(200);
    expect((await client.get('/network', 'DescribeVdc')).status).toBe(200);
  });

  it('refuses a plan that is not one, naming the problem, and keeps the old one', async () => {
    await admin('PUT', { rules: [{ action: 'DescribeVdc', latencyMs: 1 }] });
    const r = await admin('PUT', { rules: [{ throttle: 3 }] });
    expect(r.status).toBe(400);
    expect(((await r.json()) as { error: string }).error).toMatch(/throttle is at most 1/);
    expect(((await (await admin('GET')).json()) as { plan: unknown }).plan).toEqual({ rules: [{ action: 'DescribeVdc', latencyMs: 1 }] });
  });
});
