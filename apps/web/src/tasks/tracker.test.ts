import { cdsCcsCommon } from '@console/api-types';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callAction } from '../api/client';
import { taskKey, TaskTracker, type TrackedTask } from './tracker';

/** A fake BFF answering DescribeTask from a script of statuses per task. */
function fakeBff(script: Record<string, (string | 'fail')[]>) {
  const calls: string[] = [];
  const urls: string[] = [];
  const fetchImpl = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    const { TaskId } = JSON.parse(String(init?.body)) as { TaskId: string };
    calls.push(TaskId);
    urls.push(String(url));
    const next = script[TaskId]!.length > 1 ? script[TaskId]!.shift()! : script[TaskId]![0]!;
    if (next === 'fail') {
      return new Response(JSON.stringify({ code: 'UpstreamTimeout', message: 'slow', requestId: 'r', httpStatus: 504 }), { status: 504 });
    }
    const data = { taskId: TaskId, status: next, resourceIds: ['i-1'], message: next === 'ERROR' ? 'disk full' : undefined };
    return new Response(JSON.stringify({ data, requestId: 'r' }), { status: 200 });
  });
  return { calls, urls, fetchImpl };
}

describe('TaskTracker', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const make = (script: Record<string, string[]>, onSettled = vi.fn()) => {
    const bff = fakeBff(script);
    const tracker = new TaskTracker({
      describe: (id, account) =>
        callAction(cdsCcsCommon.DescribeTask, { TaskId: id }, { account, fetchImpl: bff.fetchImpl as typeof fetch }),
      onSettled,
      intervalMs: 1000,
      successTtlMs: 5000,
    });
    return { tracker, bff, onSettled };
  };
  const statusOf = (tracker: TaskTracker, id: string) => tracker.getSnapshot().find((t) => t.taskId === id)?.status;

  it('polls about once a second until FINISH, then settles once and fades', async () => {
    const { tracker, bff, onSettled } = make({ t1: ['NEW', 'DOING', 'DOING', 'FINISH'] });
    tracker.track({ taskId: 't1', label: 'Power off', resource: 'web-01', provider: 'cds', account: 'acc-1', invalidates: ['DescribeInstances'] });
    expect(statusOf(tracker, 't1')).toBe('NEW');
    await vi.advanceTimersByTimeAsync(0);
    expect(bff.calls).toEqual(['t1']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(statusOf(tracker, 't1')).toBe('DOING');
    await vi.advanceTimersByTimeAsync(2000);
    expect(statusOf(tracker, 't1')).toBe('FINISH');
    expect(bff.calls).toHaveLength(4);
    expect(bff.urls.every((u) => u === '/api/actions/cds/ccs/DescribeTask?account=acc-1')).toBe(true);
    expect(onSettled).toHaveBeenCalledTimes(1);
    expect((onSettled.mock.calls[0]![0] as TrackedTask).invalidates).toEqual(['DescribeInstances']);
    await vi.advanceTimersByTimeAsync(3000);
    expect(bff.calls).toHaveLength(4); // no polling after FINISH
    expect(statusOf(tracker, 't1')).toBe('FINISH');
    await vi.advanceTimersByTimeAsync(2000);
    // The notice fades; the task centre still lists the task.
    expect(tracker.getSnapshot().map((t) => [t.taskId, t.status, t.notice])).toEqual([['t1', 'FINISH', false]]);
  });

  it('keeps an ERROR notice until it is dismissed, with the cloud message', async () => {
    const { tracker, onSettled } = make({ t2: ['DOING', 'ERROR'] });
    tracker.track({ taskId: 't2', label: 'Delete', provider: 'cds', account: 'acc-1' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(statusOf(tracker, 't2')).toBe('ERROR');
    expect(tracker.getSnapshot()[0]!.message).toBe('disk full');
    expect(onSettled).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(statusOf(tracker, 't2')).toBe('ERROR');
    expect(tracker.getSnapshot()[0]!.notice).toBe(true);
    tracker.dismiss(taskKey({ account: 'acc-1', taskId: 't2' }));
    expect(tracker.getSnapshot()[0]!.notice).toBe(false);
    tracker.clearSettled();
    expect(tracker.getSnapshot()).toEqual([]);
  });

  it('backs off while DescribeTask fails, shows the error, and carries on', async () => {
    const { tracker, bff } = make({ t3: ['fail', 'fail', 'DOING', 'FINISH'] });
    tracker.track({ taskId: 't3', label: 'Create', provider: 'cds', account: 'acc-1' });
    await vi.advanceTimersByTimeAsync(0);
    expect(tracker.getSnapshot()[0]!.pollError?.code).toBe('UpstreamTimeout');
    await vi.advanceTimersByTimeAsync(1999);
    expect(bff.calls).toHaveLength(1); // waits 2 s after the first failure
    await vi.advanceTimersByTimeAsync(1);
    expect(bff.calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(4000); // then 4 s
    expect(bff.calls).toHaveLength(3);
    expect(statusOf(tracker, 't3')).toBe('DOING');
    expect(tracker.getSnapshot()[0]!.pollError).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1000);
    expect(statusOf(tracker, 't3')).toBe('FINISH');
  });

  it('asks DescribeTask under the account that started each task', async () => {
    const { tracker, bff, onSettled } = make({ a: ['DOING', 'FINISH'], b: ['FINISH'] });
    tracker.track({ taskId: 'a', label: 'x', provider: 'cds', account: 'acc-A' });
    tracker.track({ taskId: 'b', label: 'x', provider: 'cds', account: 'acc-B' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(bff.calls).toEqual(expect.arrayContaining(['a', 'b']));
    bff.calls.forEach((id, i) => expect(bff.urls[i]).toBe(`/api/actions/cds/ccs/DescribeTask?account=${id === 'a' ? 'acc-A' : 'acc-B'}`));
    expect(onSettled.mock.calls.map(([t]) => (t as TrackedTask).account).sort()).toEqual(['acc-A', 'acc-B']);
  });

  it('forgets every task on reset (sign-out) and stops polling them', async () => {
    const { tracker, bff } = make({ r: ['DOING'] });
    tracker.track({ taskId: 'r', label: 'x', provider: 'cds', account: 'acc-1' });
    await vi.advanceTimersByTimeAsync(0);
    tracker.reset();
    expect(tracker.getSnapshot()).toEqual([]);
    const before = bff.calls.length;
    await vi.advanceTimersByTimeAsync(5000);
    expect(bff.calls.length).toBe(before);
  });

  it('ignores duplicates and empty ids, keeps following a dismissed task, and notifies subscribers', async () => {
    const { tracker } = make({ t4: ['DOING', 'DOING', 'DOING', 'FINISH'] });
    const listener = vi.fn();
    tracker.subscribe(listener);
    tracker.track({ taskId: '', label: 'x', provider: 'cds', account: 'acc-1' });
    tracker.track({ taskId: 't4', label: 'x', provider: 'cds', account: 'acc-1' });
    tracker.track({ taskId: 't4', label: 'x', provider: 'cds', account: 'acc-1' });
    expect(tracker.getSnapshot()).toHaveLength(1);
    expect(listener).toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2000);
    tracker.dismiss(taskKey({ account: 'acc-1', taskId: 't4' }));
    expect(tracker.getSnapshot()[0]!.notice).toBe(false);
    await vi.advanceTimersByTimeAsync(5000);
    // The notice is gone, not the task: it is followed to the end (its lists still need refreshing).
    expect(statusOf(tracker, 't4')).toBe('FINISH');
    expect(tracker.getSnapshot()[0]!.notice).toBe(false);
  });
});
