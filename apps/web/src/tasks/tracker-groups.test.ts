import type { Task } from '@console/api-types/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TASKS_STORAGE_KEY, type KeyValueStore } from './persist';
import { groupProgress, isListed, TaskTracker, type TrackedTask } from './tracker';

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

describe('task centre store: tasks started elsewhere', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const audit = { ...base, source: 'audit' as const, user: 'alice' };

  it('tells apart one TaskId on two cloud accounts, and asks each account about its own', async () => {
    const describe = vi.fn(async (taskId: string, account: string) => ({ taskId, status: account === 'acc-1' ? 'DOING' : 'FINISH', resourceIds: [] }) as Task);
    const tracker = new TaskTracker({ describe });
    tracker.track({ ...base, taskId: '7424648' });
    tracker.track({ ...base, taskId: '7424648', account: 'acc-2' });
    expect(tracker.getSnapshot().map((t) => t.account)).toEqual(['acc-1', 'acc-2']);
    await vi.advanceTimersByTimeAsync(0);
    expect(describe.mock.calls).toEqual([['7424648', 'acc-1'], ['7424648', 'acc-2']]);
    expect(tracker.getSnapshot().map((t) => [t.account, t.status])).toEqual([['acc-1', 'DOING'], ['acc-2', 'FINISH']]);
    // The same write read back from the audit log is the task this session already follows.
    tracker.track({ ...audit, taskId: '7424648', requestId: 'req-1' });
    expect(tracker.getSnapshot()).toHaveLength(2);
  });

  it('follows a new write whose TaskId an older, settled entry of the log already named', async () => {
    const bff = scripted({ '1000001': ['FINISH', 'DOING'] });
    const tracker = new TaskTracker({ describe: bff.describe });
    tracker.track({ ...audit, taskId: '1000001', requestId: 'req-old', label: 'Power on' });
    await vi.advanceTimersByTimeAsync(0);
    expect(tracker.getSnapshot()).toEqual([]); // settled: not listed again when the log is read again
    tracker.track({ ...audit, taskId: '1000001', requestId: 'req-old', label: 'Power on' });
    expect(tracker.getSnapshot()).toEqual([]);
    // An upstream that numbered its tasks again: the id now names another write's task.
    tracker.track({ ...audit, taskId: '1000001', requestId: 'req-new', label: 'Power off' });
    await vi.advanceTimersByTimeAsync(0);
    expect(tracker.getSnapshot().map((t) => [t.label, t.requestId, t.status, isListed(t)])).toEqual([['Power off', 'req-new', 'DOING', true]]);
  });

  it('refreshes no list for a task that had ended before it was first asked about, but does for one it saw running', async () => {
    const onSettled = vi.fn();
    const bff = scripted({ old: ['FINISH'], live: ['DOING', 'FINISH'] });
    const tracker = new TaskTracker({ describe: bff.describe, onSettled });
    tracker.track({ ...audit, taskId: 'old', requestId: 'r1' });
    tracker.track({ ...audit, taskId: 'live', requestId: 'r2' });
    await vi.advanceTimersByTimeAsync(0);
    expect(onSettled).not.toHaveBeenCalled();
    expect(tracker.getSnapshot().map((t) => t.taskId)).toEqual(['live']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(onSettled.mock.calls.map(([t]) => (t as TrackedTask).taskId)).toEqual(['live']);
  });

  it('asks about the tasks of the log a few at a time, newest first, while its own tasks are polled at once', async () => {
    const waiting: { taskId: string; answer: (status: Task['status']) => void }[] = [];
    const describe = vi.fn(
      (taskId: string) => new Promise<Task>((resolve) => waiting.push({ taskId, answer: (status) => resolve({ taskId, status, resourceIds: [] } as Task) })),
    );
    const tracker = new TaskTracker({ describe, maxDiscovering: 3 });
    for (let i = 9; i >= 0; i--) tracker.track({ ...audit, taskId: `log-${i}`, requestId: `r${i}` }); // the log answers newest first
    tracker.track({ ...base, taskId: 'mine' });
    await vi.advanceTimersByTimeAsync(0);
    expect(waiting.map((w) => w.taskId)).toEqual(['log-9', 'log-8', 'log-7', 'mine']);
    for (let round = 0; waiting.length > 0 && round < 20; round++) {
      const next = waiting.shift()!;
      next.answer(next.taskId === 'log-9' ? 'DOING' : 'FINISH');
      await vi.advanceTimersByTimeAsync(0);
      const inFlight = waiting.filter((w) => w.taskId.startsWith('log-') && w.taskId !== 'log-9').length;
      expect(inFlight).toBeLessThanOrEqual(3);
    }
    expect(describe.mock.calls.map(([id]) => id).filter((id) => id !== 'log-9' && id !== 'mine')).toEqual(
      ['log-8', 'log-7', 'log-6', 'log-5', 'log-4', 'log-3', 'log-2', 'log-1', 'log-0'],
    );
    expect(tracker.getSnapshot().map((t) => t.taskId)).toEqual(['log-9', 'mine']);
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
