import type { Instance } from '@console/api-types';
import { UpstreamError } from '@console/cloud-client';
import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InstanceInventory } from './store';

const creds = { endpoint: 'http://cds.test', accessKeyId: 'AK', secret: 'SK' };
const inst = (id: string, status = 'running') => ({ id, name: id, status, publicIps: [], privateIps: [] }) as unknown as Instance;

/** A loader whose answers the test sets, counting reads and able to hold one open. */
function fakeLoader() {
  let answer: () => Instance[] = () => [inst('a')];
  let gate: Promise<void> | undefined;
  const loader = {
    reads: 0,
    set: (f: () => Instance[]) => (answer = f),
    hold() {
      let open!: () => void;
      gate = new Promise((r) => (open = r));
      return () => {
        gate = undefined;
        open();
      };
    },
    load: vi.fn(async () => {
      loader.reads++;
      if (gate) await gate;
      return answer();
    }),
  };
  return loader;
}

let clock = 1_000_000;
const make = (loader: ReturnType<typeof fakeLoader>) =>
  new InstanceInventory({ load: loader.load, refreshMs: 30_000, fastRefreshMs: 3_000, idleMs: 60_000, log: pino({ level: 'silent' }), now: () => clock });

afterEach(() => vi.useRealTimers());

describe('the instance inventory', () => {
  it('reads on first use, then serves from memory to every caller of the account', async () => {
    const loader = fakeLoader();
    const inv = make(loader);
    const [a, b] = await Promise.all([inv.view('acc', creds), inv.view('acc', creds)]);
    expect(loader.reads).toBe(1);
    expect(a.inv.items.map((i) => i.id)).toEqual(['a']);
    expect(b.inv).toBe(a.inv);
    await inv.view('acc', creds);
    expect(loader.reads).toBe(1);
    await inv.view('other', creds);
    expect(loader.reads).toBe(2);
    inv.close();
  });

  it('after a change, requests wait for a read that started after it (not one already in flight)', async () => {
    const loader = fakeLoader();
    const inv = make(loader);
    await inv.view('acc', creds);
    const release = loader.hold();
    inv.invalidate('acc'); // a read starts, held open
    loader.set(() => [inst('a', 'stopping')]);
    inv.invalidate('acc'); // a second change while it runs: one more read must follow
    const seen = inv.view('acc', creds);
    release();
    const view = await seen;
    expect(loader.reads).toBe(3);
    expect(view.inv.items[0]!.status).toBe('stopping');
    inv.close();
  });

  it('follows writes that invalidate DescribeInstances and tasks that settle (once each), nothing else', async () => {
    const loader = fakeLoader();
    const inv = make(loader);
    await inv.view('acc', creds);
    const def = { provider: 'cds', action: 'StopInstance', kind: 'write', invalidates: ['DescribeInstances'] } as { provider: 'cds'; action: string; kind: 'write'; invalidates: string[] };
    inv.observe(def, 'acc', {});
    await inv.view('acc', creds);
    expect(loader.reads).toBe(2);
    inv.observe({ provider: 'cds', action: 'CreateVdc', kind: 'write', invalidates: ['DescribeVdc'] }, 'acc', {});
    inv.observe({ provider: 'mos', action: 'StopInstance', kind: 'write', invalidates: ['DescribeInstances'] }, 'acc', {});
    const task = { provider: 'cds', action: 'DescribeTask', kind: 'read' } as const;
    inv.observe(task, 'acc', { taskId: 't1', status: 'DOING' });
    await inv.view('acc', creds);
    expect(loader.reads).toBe(2);
    inv.observe(task, 'acc', { taskId: 't1', status: 'FINISH' });
    await inv.view('acc', creds);
    expect(loader.reads).toBe(3);
    inv.observe(task, 'acc', { taskId: 't1', status: 'FINISH' });
    await inv.view('acc', creds);
    expect(loader.reads).toBe(3);
    inv.close();
  });

  it('refreshes on a schedule while asked, faster while something changes, and stops when nobody asks', async () => {
    vi.useFakeTimers();
    const loader = fakeLoader();
    const inv = make(loader);
    await inv.view('acc', creds);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(loader.reads).toBe(2);
    loader.set(() => [inst('a', 'starting')]);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(loader.reads).toBe(3);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(loader.reads).toBe(4); // something is changing: 3 s
    loader.set(() => [inst('a')]);
    clock += 120_000; // nobody asked for two minutes
    await vi.advanceTimersByTimeAsync(3_000);
    const reads = loader.reads;
    await vi.advanceTimersByTimeAsync(300_000);
    clock += 300_000;
    expect(loader.reads).toBe(reads);
    // Asked again after the pause: the old list is not shown; a read comes first.
    await inv.view('acc', creds);
    expect(loader.reads).toBe(reads + 1);
    inv.close();
  });

  it('serves the last inventory marked stale when a refresh fails; with none, the failure is the answer', async () => {
    const loader = fakeLoader();
    const inv = make(loader);
    const outage = new UpstreamError('UpstreamUnreachable', 'cannot reach the cloud', 502, { requestId: 'up-1' });
    loader.set(() => {
      throw outage;
    });
    await expect(inv.view('acc', creds)).rejects.toBe(outage);
    loader.set(() => [inst('a')]);
    const ok = await inv.view('acc', creds);
    expect(ok.failure).toBeUndefined();
    loader.set(() => {
      throw outage;
    });
    inv.invalidate('acc');
    const stale = await inv.view('acc', creds);
    expect(stale.inv.items.map((i) => i.id)).toEqual(['a']);
    expect(stale.failure).toMatchObject({ code: 'UpstreamUnreachable', requestId: 'up-1' });
    // Waiting requests are not held by the failed read again and again.
    const reads = loader.reads;
    await inv.view('acc', creds);
    expect(loader.reads).toBe(reads);
    inv.close();
  });

  it('is another inventory when the account now points at another endpoint or key', async () => {
    const loader = fakeLoader();
    const inv = make(loader);
    await inv.view('acc', creds);
    await inv.view('acc', { ...creds, accessKeyId: 'AK2' });
    expect(loader.reads).toBe(2);
    inv.close();
  });
});
