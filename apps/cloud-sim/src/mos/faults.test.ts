import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FAULTS_PATH } from '../faults/inject';
import { cdsClient } from '../testing/client';
import { errorOf, MOS_TEST_KEY, mosSuite, type mosTestClient } from './testing/client';

/** Faults on demand on the MOS port: the same plan as CDS's, MOS's own (EC2-style) answers. */
const suite = mosSuite({ beforeAll, beforeEach, afterAll });
const call: ReturnType<typeof mosTestClient> = (...args) => suite.call(...args);
beforeEach(() => suite.t.sim.faults.set({ rules: [] }));

const admin = (method: string, body?: unknown, base = suite.t.sim.mos.url) =>
  fetch(`${base}${FAULTS_PATH}`, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
const hasKey = (name: string) => suite.t.sim.mos.world.account(MOS_TEST_KEY.accessKeyId)!.keyPairs.has(name);
const deleteKey = (format: 'json' | 'xml' = 'json') => call('DeleteKeyPair', { KeyName: 'alice-laptop' }, { format });

describe('faults on the MOS port', () => {
  it('answers 5xx in the format asked for (InternalError 500, then Unavailable 503) without running the action', async () => {
    expect((await admin('PUT', { rules: [{ provider: 'mos', action: 'DeleteKeyPair', error5xx: 1 }] })).status).toBe(200);
    const first = await deleteKey('xml');
    expect(first.type).toMatch(/xml/);
    expect(errorOf(first)).toEqual([500, 'InternalError']);
    expect(errorOf(await deleteKey('json'))).toEqual([503, 'Unavailable']);
    expect(hasKey('alice-laptop')).toBe(true);
  });

  it('throttles with EC2 codes (RequestLimitExceeded 503, Throttling 400), only where the rule says', async () => {
    await admin('PUT', { rules: [{ provider: 'mos', throttle: 1 }] });
    expect(errorOf(await deleteKey())).toEqual([503, 'RequestLimitExceeded']);
    expect(errorOf(await deleteKey())).toEqual([400, 'Throttling']);
    expect(hasKey('alice-laptop')).toBe(true);
    // A MOS rule leaves CDS alone: its call reaches its handler (which judges it on its own).
    const cds = await cdsClient(suite.t.sim).get('/network', 'DescribeVdc');
    expect(cds.body.Code).not.toBe('Throttling.User');
    expect(suite.t.sim.faults.counters['network/DescribeVdc']).toEqual({ received: 1, handled: 1 });
  });

  it('a rule for CDS leaves MOS alone, and one naming no provider covers both', async () => {
    await admin('PUT', { rules: [{ provider: 'cds', error5xx: 1 }] });
    expect((await call('DescribeKeyPairs')).status).toBe(200);
    await admin('PUT', { rules: [{ action: 'DescribeKeyPairs', error5xx: 1 }] });
    expect((await call('DescribeKeyPairs')).status).toBe(500);
  });

  it('spoils the body of an action that ran: malformed (JSON or XML and an HTML page) or truncated', async () => {
    await admin('PUT', { rules: [{ action: 'DeleteKeyPair', malformed: 1 }] });
    await expect(deleteKey('xml')).rejects.toThrow();
    expect(hasKey('alice-laptop')).toBe(false);
    await admin('PUT', { rules: [{ provider: 'mos', action: 'DescribeKeyPairs', malformed: 1 }] });
    await expect(call('DescribeKeyPairs', {}, { format: 'json' })).rejects.toThrow(SyntaxError);
    await admin('PUT', { rules: [{ provider: 'mos', action: 'DescribeKeyPairs', truncated: 1 }] });
    await expect(call('DescribeKeyPairs', {}, { format: 'json' })).rejects.toThrow();
  });

  it('drops the connection, adds latency, and counts per product/Action on either port', async () => {
    await admin('PUT', { rules: [{ provider: 'mos', action: 'DescribeKeyPairs', drop: 1 }, { provider: 'mos', latencyMs: 150 }] });
    await expect(call('DescribeKeyPairs')).rejects.toThrow();
    const t0 = performance.now();
    expect((await call('GetBalance')).status).toBe(200);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(140);
    // One plan: what the MOS port set, the CDS port shows, counters included.
    const seen = (await (await admin('GET', undefined, suite.t.sim.url)).json()) as { plan: { rules: unknown[] }; counters: Record<string, unknown> };
    expect(seen.plan.rules).toHaveLength(2);
    expect(seen.counters['mcs/DescribeKeyPairs']).toEqual({ received: 1, handled: 0, drop: 1 });
    expect(seen.counters['mcs/GetBalance']).toEqual({ received: 1, handled: 1 });
    expect((await admin('DELETE')).status).toBe(200);
    expect((await call('DescribeKeyPairs')).status).toBe(200);
  });

  it('a GET call is faulted by the Action in its query', async () => {
    await admin('PUT', { rules: [{ provider: 'mos', action: 'DescribeKeyPairs', error5xx: 1 }] });
    expect((await call('DescribeKeyPairs', {}, { method: 'GET' })).status).toBe(500);
  });
});
