import type { ActionDef } from '@console/api-types';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import type { Simulator } from '../index';
import { cdsClient, startTestSim, type Answer, type CdsClient, type Json } from './client';

/** Shared look-ups of the instance-operation tests: DescribeInstances through the wire. */
export function instanceLookups(client: CdsClient) {
  const instances = async (params: Record<string, unknown> = {}) =>
    (await client.post('/ccs', 'DescribeInstances', { PageSize: 100, ...params })).body.Data.Instances as Json[];
  const instance = async (id: string) => (await instances({ InstanceId: id }))[0]!;
  /** The first instance in `status` that also passes `also`. */
  const find = async (status: string, also: (i: Json) => boolean = () => true) => {
    const found = (await instances()).find((i) => i.InstanceStatus === status && also(i));
    if (!found) throw new Error(`no ${status} instance that fits`);
    return found;
  };
  return { instances, instance, find };
}

/** An answer is a success that the catalog entry's output schema parses. */
export function expectTaskAnswer(def: ActionDef, r: Answer) {
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  expect(r.body.TaskId).toMatch(/^\d+$/);
  expect(def.output.safeParse(r.body).success).toBe(true);
}

/** [HTTP status, Code] of an answer, for table-driven error cases. */
export const statusAndCode = (r: Answer) => [r.status, r.body.Code] as const;

export const GONE_ID = '0bb08ed7-e686-4168-93e5-e0187579753b';

/**
 * One simulator for a test file (fast tasks) and a fresh world before each test: the set-up of
 * every instance-operation suite. Read its fields inside tests (they are set in beforeAll).
 */
export function opsSimulator() {
  const env = {} as { sim: Simulator; client: CdsClient; look: ReturnType<typeof instanceLookups> };
  beforeAll(async () => {
    env.sim = await startTestSim({ taskMs: 120 });
    env.client = cdsClient(env.sim);
    env.look = instanceLookups(env.client);
  });
  beforeEach(() => env.sim.reset());
  afterAll(async () => env.sim?.close());
  return env;
}
