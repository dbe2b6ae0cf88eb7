import { cdsCcs, type ActionDef } from '@console/api-types';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { memoryAuditLog } from '../audit/audit-log';
import { readCoalescer } from './coalesce';
import { executeAction, type ExecuteDeps } from './execute';

/** A read whose answer schema counts how often it runs. */
function countingRead() {
  const counts = { parses: 0 };
  const def: ActionDef = {
    provider: 'cds', product: 'ccs', action: 'DescribeThings', method: 'POST', path: '/ccs', kind: 'read',
    input: z.object({ PageSize: z.number().optional() }),
    output: z.object({ Code: z.string(), Data: z.object({ Things: z.array(z.string()) }) }).transform((v) => (counts.parses++, v)),
    normalize: (raw: { Data: { Things: string[] } }) => ({ items: raw.Data.Things }),
    summary: { en: 'test', zh: 'test' },
  } as ActionDef;
  return { def, counts };
}

function depsWith(fetches: { count: number }, answer: unknown): ExecuteDeps {
  return {
    audit: memoryAuditLog(),
    upstreamTimeoutMs: 5_000,
    resolveAccount: async () => ({ id: 'acc-1', creds: { endpoint: 'http://cds.test', accessKeyId: 'AK', secret: 'SK' } }),
    reads: readCoalescer(),
    fetchImpl: (async () => {
      fetches.count++;
      await new Promise((r) => setTimeout(r, 20));
      return new Response(JSON.stringify(answer), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }) as typeof fetch,
  };
}

const ctx = (requestId: string) => ({
  requestId,
  user: { id: 'u1', username: 'viewer', displayName: 'V', role: 'viewer' as const, language: 'en', theme: 'light' },
  ip: '127.0.0.1',
  log: pino({ level: 'silent' }),
});

describe('executeAction on coalesced reads', () => {
  it('checks and normalizes a shared answer once; each caller keeps its own requestId', async () => {
    const { def, counts } = countingRead();
    const fetches = { count: 0 };
    const deps = depsWith(fetches, { Code: 'Success', Data: { Things: ['a', 'b'] } });
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => executeAction(def, { PageSize: 5 }, ctx(`req-${i}`), deps)));
    expect(fetches.count).toBe(1);
    expect(counts.parses).toBe(1);
    expect(results.map((r) => r.requestId)).toEqual(Array.from({ length: 10 }, (_, i) => `req-${i}`));
    expect(results.every((r) => JSON.stringify(r.data) === '{"items":["a","b"]}')).toBe(true);
  });

  it('a shared answer in the wrong shape is a 502 for every caller', async () => {
    const { def } = countingRead();
    const deps = depsWith({ count: 0 }, { Code: 'Success', Data: { Things: 'not a list' } });
    const results = await Promise.allSettled(Array.from({ length: 3 }, (_, i) => executeAction(def, {}, ctx(`bad-${i}`), deps)));
    expect(results.map((r) => (r.status === 'rejected' ? (r.reason as { code?: string }).code : 'answered'))).toEqual(Array(3).fill('UpstreamMalformed'));
  });
});

describe('executeAction on a catalog read', () => {
  it('answers what zod and the normalizer make of the answer (checked in place, not copied)', async () => {
    const answer = {
      Code: 'Success',
      Data: {
        Instances: [{ InstanceId: 'i-1', InstanceStatus: 'running', Cpu: 2, Disks: { SystemDisk: { Size: '40', Type: 'ssd' } }, PublicNetworkInterface: [] }],
        TotalCount: '1',
      },
    };
    const deps = depsWith({ count: 0 }, answer);
    const result = await executeAction(cdsCcs.DescribeInstances, { PageSize: 20 }, ctx('read-1'), deps);
    expect(result.data).toStrictEqual(cdsCcs.DescribeInstances.normalize(cdsCcs.DescribeInstances.output.parse(structuredClone(answer))));
    expect(result.data).toMatchObject({ totalCount: 1, pageNumber: 1, items: [{ id: 'i-1', name: '', systemDisk: { size: 40 } }] });
  });
});
