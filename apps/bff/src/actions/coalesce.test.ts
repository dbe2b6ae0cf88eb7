import { describe, expect, it } from 'vitest';
import { readCoalescer, readKeyId, type ReadKey } from './coalesce';

const def = { provider: 'cds', product: 'ccs', action: 'DescribeInstances', kind: 'read' } as const;
const key = (over: Partial<ReadKey> = {}): ReadKey => ({ def, accountId: 'acc-1', role: 'viewer', input: { PageSize: 10 }, ...over });

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('readCoalescer', () => {
  it('shares one call among identical reads in flight, and forgets it once settled', async () => {
    const c = readCoalescer();
    const d = deferred<string>();
    let calls = 0;
    const call = () => (calls++, d.promise);
    const answers = Promise.all(Array.from({ length: 100 }, () => c.run(key(), call)));
    expect(c.inFlight).toBe(1);
    d.resolve('answer');
    expect(await answers).toEqual(Array(100).fill('answer'));
    expect(calls).toBe(1);
    expect(c.inFlight).toBe(0);
    await c.run(key(), async () => (calls++, 'again'));
    expect(calls).toBe(2);
  });

  it('shares a failure too, and the next read tries again', async () => {
    const c = readCoalescer();
    const d = deferred<string>();
    const both = Promise.allSettled([c.run(key(), () => d.promise), c.run(key(), () => d.promise)]);
    d.reject(new Error('upstream down'));
    expect((await both).map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await c.run(key(), async () => 'fine')).toBe('fine');
  });

  it('never shares across accounts, roles, actions or parameters; key order does not matter', () => {
    const base = readKeyId(key());
    expect(readKeyId(key({ accountId: 'acc-2' }))).not.toBe(base);
    expect(readKeyId(key({ role: 'admin' }))).not.toBe(base);
    expect(readKeyId(key({ def: { ...def, action: 'DescribeImages' } }))).not.toBe(base);
    expect(readKeyId(key({ input: { PageSize: 20 } }))).not.toBe(base);
    expect(readKeyId(key({ input: { A: 1, B: { x: 1, y: [2, 3] } } }))).toBe(readKeyId(key({ input: { B: { y: [2, 3], x: 1 }, A: 1 } })));
    expect(readKeyId(key({ input: { B: { y: [3, 2] } } }))).not.toBe(readKeyId(key({ input: { B: { y: [2, 3] } } })));
  });

  it('never shares writes', async () => {
    const c = readCoalescer();
    let calls = 0;
    const write = { ...def, action: 'StopInstance', kind: 'write' } as const;
    await Promise.all(Array.from({ length: 5 }, () => c.run(key({ def: write }), async () => calls++)));
    expect(calls).toBe(5);
  });
});
