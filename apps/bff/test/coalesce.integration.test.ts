import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readCoalescer, type ReadCoalescer } from '../src/actions/coalesce';
import { asPerson, newPerson } from './console-client';
import { SIM_KEY } from './fake-upstream';
import { startHarness, type Harness } from './harness';

/**
 * Identical concurrent reads share one upstream call, counted where it lands: the simulator's
 * count of accepted signed calls for the key (every call that reached it and passed its checks).
 *
 * "Concurrent" is made so, not left to timing: a burst's upstream calls wait at a gate until every
 * request of the burst has reached the coalescer (on a loaded machine the requests came in over
 * longer than one upstream call, and 27 of 100 reached the cloud). Not coalescing still costs
 * one call per request; a read that skips the coalescer never opens the gate.
 */
let reached = 0;
const coalescer = readCoalescer();
const reads: ReadCoalescer = {
  run: (key, call) => {
    reached++;
    return coalescer.run(key, call);
  },
  get inFlight() {
    return coalescer.inFlight;
  },
};
let gate: Promise<void> | undefined;
const heldFetch: typeof fetch = async (input, init) => {
  await gate;
  return fetch(input, init);
};

let h: Harness;
let secondAccount: string;
beforeAll(async () => {
  // The upstream time limit well above the gate's wait, so a held call is not timed out.
  h = await startHarness({ reads, fetchImpl: heldFetch, bff: { upstreamTimeoutMs: 30_000 } });
  const created = await h.call('/api/accounts', {
    provider: 'cds', name: 'same key, second account', accessKeyId: SIM_KEY.id, secret: SIM_KEY.secret, endpointArea: 'custom', endpointUrl: h.sim.url,
  });
  expect(created.status).toBe(201);
  secondAccount = created.body.account.id;
}, 60_000);
afterAll(async () => h?.close());

const upstreamCalls = () => h.sim.world.account(SIM_KEY.id)!.nonces.accepted;
const describeInstances = (call: ReturnType<typeof asPerson>, account?: string) =>
  call('POST', `/api/actions/cds/ccs/DescribeInstances${account ? `?account=${account}` : ''}`, { PageSize: 20 });

/** Upstream calls made by `work`; with `requests`, its calls held until that many reached the coalescer. */
async function counted<T>(work: () => Promise<T>, requests = 0): Promise<{ result: T; calls: number }> {
  const before = upstreamCalls();
  if (!requests) return { result: await work(), calls: upstreamCalls() - before };
  let open!: () => void;
  gate = new Promise<void>((resolve) => (open = resolve));
  const start = reached;
  const running = work();
  try {
    await vi.waitFor(() => expect(reached - start).toBe(requests), { timeout: 20_000, interval: 5 });
  } finally {
    gate = undefined;
    open();
  }
  const result = await running;
  return { result, calls: upstreamCalls() - before };
}

describe('coalescing identical reads', () => {
  it('100 identical concurrent DescribeInstances cost at most 2 upstream calls; each caller has its own requestId', async () => {
    const admin = asPerson(h.bffUrl, h.cookie);
    // A first burst opens 100 keep-alive connections and warms the session and account caches,
    // so the measured burst reaches the BFF together (as from 100 browsers already connected).
    const burst = () => Promise.all(Array.from({ length: 100 }, () => describeInstances(admin)));
    await burst();
    const { result, calls } = await counted(burst, 100);
    expect(result.every((r) => r.status === 200)).toBe(true);
    expect(calls).toBeGreaterThanOrEqual(1);
    expect(calls).toBeLessThanOrEqual(2);
    expect(new Set(result.map((r) => r.body.requestId)).size).toBe(100);
    expect(new Set(result.map((r) => JSON.stringify(r.body.data))).size).toBe(1);
  });

  it('does not share across cloud accounts', async () => {
    const admin = asPerson(h.bffUrl, h.cookie);
    const { result, calls } = await counted(
      () => Promise.all(Array.from({ length: 40 }, (_, i) => describeInstances(admin, i % 2 ? secondAccount : undefined))),
      40,
    );
    expect(result.every((r) => r.status === 200)).toBe(true);
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(calls).toBeLessThanOrEqual(4);
  });

  it('does not share between people whose roles differ; shares between people of one role', async () => {
    const viewer = await newPerson(h.bffUrl, h.cookie, 'coalesce-viewer', 'viewer');
    const viewer2 = await newPerson(h.bffUrl, h.cookie, 'coalesce-viewer2', 'viewer');
    const admin = asPerson(h.bffUrl, h.cookie);
    for (const call of [viewer.call, viewer2.call]) await describeInstances(call);
    const mixed = await counted(() => Promise.all(Array.from({ length: 40 }, (_, i) => describeInstances(i % 2 ? viewer.call : admin))), 40);
    expect(mixed.result.every((r) => r.status === 200)).toBe(true);
    expect(mixed.calls).toBeGreaterThanOrEqual(2);
    const sameRole = await counted(() => Promise.all(Array.from({ length: 40 }, (_, i) => describeInstances(i % 2 ? viewer.call : viewer2.call))), 40);
    expect(sameRole.calls).toBeLessThanOrEqual(2);
  });

  it('never shares writes: three identical StopInstance calls are three upstream calls', async () => {
    const admin = asPerson(h.bffUrl, h.cookie);
    const running = (await describeInstances(admin)).body.data.items.find((i: { status: string }) => i.status === 'running');
    const { result, calls } = await counted(() =>
      Promise.all(Array.from({ length: 3 }, () => admin('POST', '/api/actions/cds/ccs/StopInstance', { InstanceId: running.id }))),
    );
    expect(result.some((r) => r.status === 200)).toBe(true);
    expect(calls).toBe(3);
  });
});
