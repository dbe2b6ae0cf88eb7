import type { Task } from '@console/api-types/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TASKS_STORAGE_KEY, type KeyValueStore } from './persist';
import { groupProgress, isListed, TaskTracker } from './tracker';

/** DescribeTask answered from a script of statuses per task (the last one repeats). */
function scripted(script: Record<string, string[]>) {
  const calls: string[] = [];
  const describe = vi.fn(async (taskId: string): Promise<Task> => {
    calls.push(taskId);
    const list = script[taskId] ?? ['DOING'];
    const status = (list.length > 1 ? list.shift()! : list[0]!) as Task['status'];
    return { taskId, status, resourceIds: [], message: status === 'ERROR' ? 'no capacity' : undefined } as Task;
  });
  return { calls, describe };
}

function memoryStorage(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const base = { label: 'Power off', provider: 'cds', account: 'acc-1', invalidates: ['DescribeInstances'] };
const refused = { code: 'IncorrectInstanceStatus', message: 'already running', requestId: 'req-9', httpStatus: 400 };

describe('task centre store: bulk groups', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('counts a bulk action as "n of N done, k failed", one notice for all of it', async () => {
    const bff = scripted({ a: ['DOING', 'FINISH'], b: ['DOING', 'DOING', 'ERROR'] });
    const tracker = new TaskTracker({ describe: bff.describe, successTtlMs: 5000 });
    const g = tracker.startGroup('Power off', 4);
    const group = () => tracker.getGroups().find((x) => x.id === g)!;
    expect(groupProgress(group(), tracker.getSnapshot())).toMatchObject({ total: 4, done: 0, failed: 0, waiting: 4, settled: false });

    tracker.track({ ...base, taskId: 'a', resource: 'web-01', groupId: g });
    tracker.track({ ...base, taskId: 'b', resource: 'web-02', groupId: g });
    tracker.record({ ...base, resource: 'web-03', groupId: g, error: refused });
    // Members never show notices of their own: the group's stands for them.
    expect(tracker.getSnapshot().every((t) => !t.notice)).toBe(true);
    expect(group().items).toHaveLength(3);
    expect(groupProgress(group(), tracker.getSnapshot())).toMatchObject({ done: 0, failed: 1, running: 2, waiting: 1 });
    const failedRow = tracker.getSnapshot().find((t) => t.resource === 'web-03')!;
    expect([failedRow.status, failedRow.polled, failedRow.error?.code, failedRow.requestId]).toEqual(['ERROR', false, 'IncorrectInstanceStatus', 'req-9']);

    await vi.advanceTimersByTimeAsync(2000);
    tracker.record({ ...base, resource: 'web-04', groupId: g }); // done at once, no task
    expect(groupProgress(group(), tracker.getSnapshot())).toMatchObject({ done: 2, failed: 2, running: 0, waiting: 0, settled: true });
    // With a failure the group's notice stays until dismissed.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(group().notice).toBe(true);
    tracker.dismiss(g);
    expect(group().notice).toBe(false);
    expect(bff.calls.filter((c) => c === 'a')).toHaveLength(2); // no polling of a settled task
  });

  it("fades a group's notice once every item is done without failure", async () => {
    const bff = scripted({ x: ['FINISH'], y: ['DOING', 'FINISH'] });
    const tracker = new TaskTracker({ describe: bff.describe, successTtlMs: 3000 });
    const g = tracker.startGroup('Power on', 2);
    tracker.track({ ...base, taskId: 'x', groupId: g });
    tracker.track({ ...base, taskId: 'y', groupId: g });
    await vi.advanceTimersByTimeAsync(1000);
    expect(tracker.getGroups()[0]!.notice).toBe(true);
    await vi.advanceTimersByTimeAsync(3000);
    expect(tracker.getGroups()[0]!.notice).toBe(false);
    expect(tracker.getSnapshot().map((t) => t.status)).toEqual(['FINISH', 'FINISH']);
  });

  it('lists tasks from the audit log while they run, without a notice, and forgets them once settled', async () => {
    const onSettled = vi.fn();
    const bff = scripted({ other: ['DOING', 'FINISH'] });
    const tracker = new TaskTracker({ describe: bff.describe, onSettled });
    tracker.track({ ...base, taskId: 'other', source: 'audit', user: 'alice', startedAt: 5 });
    expect(tracker.getSnapshot()[0]).toMatchObject({ user: 'alice', source: 'audit', notice: false, startedAt: 5 });
    expect(isListed(tracker.getSnapshot()[0]!)).toBe(false); // until the cloud says it still runs
    await vi.advanceTimersByTimeAsync(0);
    expect(isListed(tracker.getSnapshot()[0]!)).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(tracker.getSnapshot()).toEqual([]);
    expect(onSettled).toHaveBeenCalledTimes(1); // the lists it touched are refreshed here too
    tracker.track({ ...base, taskId: 'other', source: 'audit', user: 'alice' }); // the log read again
    expect(tracker.getSnapshot()).toEqual([]);
  });

  it('keeps at most 300 tasks, dropping the oldest settled ones first', async () => {
    const tracker = new TaskTracker({ describe: scripted({}).describe });
    const g = tracker.startGroup('Delete', 400);
    for (let i = 0; i < 350; i++) tracker.record({ ...base, groupId: g, resource: `r${i}` });
    tracker.track({ ...base, taskId: 'live' });
    expect(tracker.getSnapshot()).toHaveLength(300);
    expect(tracker.getSnapshot().some((t) => t.taskId === 'live')).toBe(true);
    expect(tracker.getSnapshot()[0]!.resource).toBe('r51');
  });
});

describe('task centre store: surviving a reload', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves tasks and groups, and after a reload polls the running ones again for the same person', async () => {
    const storage = memoryStorage();
    const first = new TaskTracker({ describe: scripted({ r: ['DOING'], f: ['FINISH'] }).describe, storage });
    first.setOwner('user-1');
    const g = first.startGroup('Power off', 2);
    first.track({ ...base, taskId: 'r', groupId: g, resource: 'web-01', resourceId: 'ins-1', action: 'cds/ccs/StopInstance' });
    first.track({ ...base, taskId: 'f', groupId: g });
    await vi.advanceTimersByTimeAsync(0);
    first.stop(); // the page goes away

    const bff = scripted({ r: ['DOING', 'FINISH'] });
    const second = new TaskTracker({ describe: bff.describe, storage });
    expect(second.getSnapshot().map((t) => [t.taskId, t.status])).toEqual([['r', 'DOING'], ['f', 'FINISH']]);
    expect(second.getSnapshot()[0]).toMatchObject({ resourceId: 'ins-1', action: 'cds/ccs/StopInstance', groupId: g });
    expect(second.getGroups().map((x) => [x.id, x.total, x.items])).toEqual([[g, 2, ['r', 'f']]]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(bff.calls).toEqual([]); // whose tasks these are is not known yet
    second.setOwner('user-1');
    await vi.advanceTimersByTimeAsync(0);
    await vi.advanceTimersByTimeAsync(1000);
    expect(bff.calls).toEqual(['r', 'r']); // only the running one, not the finished one
    expect(second.getSnapshot()[0]!.status).toBe('FINISH');
  });

  it("forgets the saved tasks when someone else signs in, and pauses polling while nobody is", async () => {
    const storage = memoryStorage();
    const bff = scripted({ r: ['DOING'] });
    const first = new TaskTracker({ describe: bff.describe, storage });
    first.setOwner('user-1');
    first.track({ ...base, taskId: 'r' });
    await vi.advanceTimersByTimeAsync(0);
    first.setOwner(null); // the session expired
    const before = bff.calls.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(bff.calls.length).toBe(before);
    expect(first.getSnapshot()).toHaveLength(1);

    const reloaded = new TaskTracker({ describe: bff.describe, storage });
    reloaded.setOwner('user-2');
    expect(reloaded.getSnapshot()).toEqual([]);
    expect(JSON.parse(storage.data.get(TASKS_STORAGE_KEY)!)).toEqual({ owner: 'user-2', tasks: [], groups: [] });
    reloaded.reset(); // signed out
    expect(storage.data.has(TASKS_STORAGE_KEY)).toBe(false);
  });

  it('drops what it cannot read from the storage instead of failing', () => {
    const storage = memoryStorage();
    storage.setItem(TASKS_STORAGE_KEY, JSON.stringify({ owner: 'u', tasks: [{ taskId: 'x' }, 42], groups: 'no' }));
    expect(new TaskTracker({ describe: vi.fn(), storage }).getSnapshot()).toEqual([]);
    storage.setItem(TASKS_STORAGE_KEY, '{not json');
    expect(new TaskTracker({ describe: vi.fn(), storage }).getSnapshot()).toEqual([]);
  });
});
