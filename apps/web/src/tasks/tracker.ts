import type { ApiError, Task, TaskStatus } from '@console/api-types/client';
import { asApiError } from '../api/client';

/** A task the console follows until the cloud says FINISH or ERROR. */
export interface TrackedTask {
  taskId: string;
  /** What was done, already translated ("Power off"). */
  label: string;
  /** The resource(s) concerned, for the person ("web-01, web-02"). */
  resource?: string;
  status: TaskStatus;
  /** The cloud's message for an ERROR. */
  message?: string;
  /** The last polling failure, while DescribeTask itself cannot be reached. */
  pollError?: ApiError;
  provider: string;
  /** The cloud account that started the task: DescribeTask must ask that one. */
  account: string;
  /** Action names whose lists go stale when the task settles. */
  invalidates: string[];
  startedAt: number;
  updatedAt: number;
}

export interface TrackInput {
  taskId: string;
  label: string;
  resource?: string;
  provider: string;
  account: string;
  invalidates?: string[];
}

interface Timers {
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export interface TrackerOptions {
  /** One DescribeTask call, under the account that started the task. */
  describe: (taskId: string, account: string) => Promise<Task>;
  /** Called once when a task reaches FINISH or ERROR (the place to invalidate lists). */
  onSettled?: (task: TrackedTask) => void;
  /** Delay between two polls of one task. */
  intervalMs?: number;
  /** How long a finished task's notice stays before it fades; errors stay until dismissed. */
  successTtlMs?: number;
  /** Ceiling of the back-off while DescribeTask fails. */
  maxBackoffMs?: number;
  timers?: Timers;
  now?: () => number;
}

export const isSettled = (s: TaskStatus) => s === 'FINISH' || s === 'ERROR';

/**
 * Follows TaskIds with DescribeTask about once a second. A framework-free store
 * (subscribe/getSnapshot) so React reads it with useSyncExternalStore and tests drive it with
 * fake timers and a fake fetch.
 */
export class TaskTracker {
  private tasks: TrackedTask[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly handles = new Map<string, unknown>();
  private readonly failures = new Map<string, number>();
  private readonly intervalMs: number;
  private readonly successTtlMs: number;
  private readonly maxBackoffMs: number;
  private readonly timers: Timers;
  private readonly now: () => number;

  constructor(private readonly opts: TrackerOptions) {
    this.intervalMs = opts.intervalMs ?? 1000;
    this.successTtlMs = opts.successTtlMs ?? 6000;
    this.maxBackoffMs = opts.maxBackoffMs ?? 10_000;
    this.timers = opts.timers ?? {
      setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
      clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
    };
    this.now = opts.now ?? Date.now;
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getSnapshot = (): readonly TrackedTask[] => this.tasks;

  /** Starts following a task; the first poll comes right away so NEW shows as soon as it is known. */
  track(input: TrackInput) {
    if (!input.taskId || this.tasks.some((t) => t.taskId === input.taskId)) return;
    const at = this.now();
    this.tasks = [
      ...this.tasks,
      {
        taskId: input.taskId,
        label: input.label,
        resource: input.resource,
        provider: input.provider,
        account: input.account,
        invalidates: input.invalidates ?? [],
        status: 'NEW',
        startedAt: at,
        updatedAt: at,
      },
    ];
    this.emit();
    this.schedule(input.taskId, 0);
  }

  /** Removes a notice and stops following its task. */
  dismiss(taskId: string) {
    this.clear(taskId);
    this.failures.delete(taskId);
    const next = this.tasks.filter((t) => t.taskId !== taskId);
    if (next.length !== this.tasks.length) {
      this.tasks = next;
      this.emit();
    }
  }

  /** Stops every timer (on unmount). */
  stop() {
    for (const id of [...this.handles.keys()]) this.clear(id);
  }

  /** Forgets every task (the person signed out: their tasks are not the next person's). */
  reset() {
    this.stop();
    this.failures.clear();
    if (this.tasks.length) {
      this.tasks = [];
      this.emit();
    }
  }

  private schedule(taskId: string, ms: number) {
    this.clear(taskId);
    this.handles.set(
      taskId,
      this.timers.setTimeout(() => void this.poll(taskId), ms),
    );
  }

  private clear(taskId: string) {
    const h = this.handles.get(taskId);
    if (h !== undefined) this.timers.clearTimeout(h);
    this.handles.delete(taskId);
  }

  private async poll(taskId: string) {
    this.handles.delete(taskId);
    const task = this.find(taskId);
    if (!task) return;
    try {
      const answer = await this.opts.describe(taskId, task.account);
      const current = this.find(taskId);
      if (!current) return; // dismissed while the call was on its way
      this.failures.delete(taskId);
      const updated: TrackedTask = {
        ...current,
        status: answer.status,
        message: answer.message,
        pollError: undefined,
        updatedAt: this.now(),
      };
      this.replace(updated);
      if (isSettled(answer.status)) {
        this.opts.onSettled?.(updated);
        if (answer.status === 'FINISH') {
          this.handles.set(
            taskId,
            this.timers.setTimeout(() => this.dismiss(taskId), this.successTtlMs),
          );
        }
        return;
      }
      this.schedule(taskId, this.intervalMs);
    } catch (err) {
      const current = this.find(taskId);
      if (!current) return;
      // Keep following: a blip of the BFF must not lose the task. Back off so a dead server is not hammered.
      const n = (this.failures.get(taskId) ?? 0) + 1;
      this.failures.set(taskId, n);
      this.replace({ ...current, pollError: asApiError(err), updatedAt: this.now() });
      this.schedule(taskId, Math.min(this.intervalMs * 2 ** n, this.maxBackoffMs));
    }
  }

  private find(taskId: string) {
    return this.tasks.find((t) => t.taskId === taskId);
  }

  private replace(task: TrackedTask) {
    this.tasks = this.tasks.map((t) => (t.taskId === task.taskId ? task : t));
    this.emit();
  }

  private emit() {
    for (const l of this.listeners) l();
  }
}
