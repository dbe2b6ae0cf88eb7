import { flattenMosParams } from '@console/api-types';
import { readMosBody, signMosParams, toQueryString, type MosAlgorithm } from '@console/cloud-client';
import { startSimulator, type Simulator, type SimulatorOptions } from '../../index';

/** The MOS key pair the simulator tests use. */
export const MOS_TEST_KEY = { accessKeyId: 'MOSTEST00000000000000001', secret: 'mos-test-sim-secret-0001' };

export type Json = Record<string, any>;

/** A simulator on free ports with the MOS test key, quiet, on a clock the test moves. */
export async function startMosTestSim(opts: SimulatorOptions = {}) {
  let now = Date.parse('2026-03-01T08:00:00Z');
  const sim = await startSimulator({
    port: 0,
    logLevel: 'silent',
    mosAccessKeyId: MOS_TEST_KEY.accessKeyId,
    mosSecret: MOS_TEST_KEY.secret,
    mosTransitionMs: 4000,
    clock: () => now,
    ...opts,
  });
  return {
    sim,
    /** Moves the shared clock forward. */
    advance: (ms: number) => (now += ms),
    now: () => now,
  };
}

export interface MosCallOptions {
  format?: 'json' | 'xml';
  method?: 'GET' | 'POST';
  path?: '/' | '/mcs/v1';
  algorithm?: MosAlgorithm;
  key?: { accessKeyId: string; secret: string };
  now?: number;
}

/** Calls the MOS simulator with typed catalog-style params (flattened and signed as the console does). */
export function mosTestClient(sim: Simulator, clock: () => number) {
  // Each call a millisecond apart, as real calls are: the same signed request twice is a replay.
  let seq = 0;
  return async (action: string, params: Record<string, unknown> = {}, o: MosCallOptions = {}) => {
    const method = o.method ?? 'POST';
    const url = new URL(sim.mos.url + (o.path ?? '/mcs/v1'));
    const key = o.key ?? MOS_TEST_KEY;
    const signed = signMosParams({
      method,
      url,
      action,
      accessKeyId: key.accessKeyId,
      secret: key.secret,
      params: flattenMosParams(params),
      algorithm: o.algorithm,
      now: new Date(o.now ?? clock() + (seq++ % 60_000)),
      format: o.format ?? 'json',
    });
    const body = toQueryString(signed);
    const res = await fetch(method === 'GET' ? `${url}?${body}` : url, {
      method,
      body: method === 'POST' ? body : undefined,
      headers: method === 'POST' ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {},
    });
    const text = await res.text();
    return { status: res.status, type: res.headers.get('content-type') ?? '', text, body: readMosBody(text, res.headers.get('content-type') ?? '') as Json };
  };
}

/** The error code and status of an answer, as the tests compare them. */
export const errorOf = (r: { status: number; body: Json }) => [r.status, r.body.ErrorResponse?.Error?.code];

/**
 * One simulator for a test file (started before, reset before each test, closed after) and a
 * client for it. Read `t` and `call` inside tests: they are set in beforeAll.
 */
export function mosSuite(hooks: { beforeAll: (f: () => Promise<void>) => void; beforeEach: (f: () => void) => void; afterAll: (f: () => Promise<void>) => void }) {
  const suite = {} as { t: Awaited<ReturnType<typeof startMosTestSim>>; call: ReturnType<typeof mosTestClient> };
  hooks.beforeAll(async () => {
    suite.t = await startMosTestSim();
    suite.call = mosTestClient(suite.t.sim, suite.t.now);
  });
  hooks.beforeEach(() => suite.t.sim.reset());
  hooks.afterAll(async () => suite.t?.sim.close());
  return suite;
}
