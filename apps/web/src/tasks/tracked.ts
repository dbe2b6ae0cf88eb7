import type { ApiError, TaskStatus } from '@console/api-types/client';

// What the task tracker keeps (tracker.ts) and what its readers derive from it.

/** A task the console follows until the cloud says FINISH or ERROR, or a request of a bulk action that started none. */
export interface TrackedTask {
  /** The cloud's TaskId; `local-…` for a request that started no task (refused, or done at once). */
  taskId: string;
  /** Followed with DescribeTask (false for a `local-…` entry: its status is final). */
  polled: boolean;
  /** What was done, already translated ("Power off"). */
  label: string;
  /** The resource(s) concerned, for the person ("web-01, web-02"). */
  resource?: string;
  /** The resource's id, when one: the task centre links to it. */
  resourceId?: string;
  /** 'provider/product/Action' of the write that started it: the task centre finds the resource's page by it. */
  action?: string;
  status: TaskStatus;
  /** The cloud's message for an ERROR. */
  message?: string;
  /** The request itself failed (no task): its code, message and request id. */
  error?: ApiError;
  /** The request id of the write that started the task (the key to it in the audit log). */
  requestId?: string;
  /** The last polling failure, while DescribeTask itself cannot be reached. */
  pollError?: ApiError;
  provider: string;
  /** The cloud account that started the task: DescribeTask must ask that one. */
  account: string;
  /** Action names whose lists go stale when the task settles. */
  invalidates: string[];
  /** Who started it, when someone else may have (tasks read from the audit log). */
  user?: string;
  /** 'audit': started elsewhere (another person, tab or browser), listed while it runs. */
  source?: 'session' | 'audit';
  /** DescribeTask has answered for it at least once (a task read from the audit log is listed from then on). */
  confirmed?: boolean;
  /** The bulk action it belongs to: its group's notice stands for it. */
  groupId?: string;
  /** Shown as a notice (until it fades or is dismissed); the task centre lists it either way. */
  notice: boolean;
  startedAt: number;
  updatedAt: number;
}

/** One bulk action ("Power off" on 20 instances): one notice for all of its items. */
export interface TaskGroup {
  id: string;
  label: string;
  /** How many items the action was run on. */
  total: number;
  /** The entries (taskIds) of the items answered so far, in the order they came. */
  items: string[];
  notice: boolean;
  startedAt: number;
}

export interface TrackInput {
  taskId: string;
  label: string;
  resource?: string;
  resourceId?: string;
  action?: string;
  requestId?: string;
  provider: string;
  account: string;
  invalidates?: string[];
  groupId?: string;
  /** Someone else's task, read from the audit log: listed in the task centre only, never as a notice. */
  user?: string;
  source?: 'session' | 'audit';
  startedAt?: number;
}

/** A request of a bulk action that started no task: refused (`error`) or done at once. */
export type RecordInput = Omit<TrackInput, 'taskId' | 'source' | 'user'> & { groupId: string; error?: ApiError };

export const isSettled = (s: TaskStatus) => s === 'FINISH' || s === 'ERROR';
/** Whether the task centre lists it: a task read from the audit log once the cloud has said it still runs. */
export const isListed = (t: TrackedTask) => t.source !== 'audit' || !!t.confirmed;

/** A group's progress: "12 of 20 done, 1 failed" (waiting = not answered yet, running = task on its way). */
export function groupProgress(group: TaskGroup, tasks: readonly TrackedTask[]) {
  const mine = tasks.filter((t) => t.groupId === group.id);
  const done = mine.filter((t) => t.status === 'FINISH').length;
  const failed = mine.filter((t) => t.status === 'ERROR').length;
  const running = mine.length - done - failed;
  const waiting = Math.max(0, group.total - mine.length);
  return { total: group.total, done, failed, running, waiting, settled: running === 0 && waiting === 0 };
}
