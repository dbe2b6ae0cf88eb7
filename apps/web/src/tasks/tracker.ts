import type { Task } from '@console/api-types/client';
import { asApiError } from '../api/client';
import { loadTasks, saveTasks, trimTasks, type KeyValueStore } from './persist';
import { sameTask, taskKey } from './task-key';
import { groupProgress, isSettled, type RecordInput, type TaskGroup, type TrackedTask, type TrackInput } from './tracked';

export { taskKey } from './task-key';
export { groupProgress, isListed, isSettled } from './tracked';
export type { RecordInput, TaskGroup, TrackedTask, TrackInput } from './tracked';

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
  /** How many tasks read from the audit log are asked about at once before the cloud has answered for them. */
  maxDiscovering?: number;
  /** Where the tasks survive a reload (sessionStorage in the browser); none in tests unless given. */
  storage?: KeyValueStore;
  timers?: Timers;
  now?: () => number;
}

const isRunning = (t: TrackedTask) => !isSettled(t.status);

let localCount = 0;
const localId = (now: number) => `local-${now.toString(36)}-${(localCount++).toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

/**
 * Follows TaskIds with DescribeTask about once a second and keeps every task of the browser
 * session (the task centre lists them; notices show the recent ones). A framework-free store
 * (subscribe/getSnapshot) so React reads it with useSyncExternalStore and tests drive it with
 * fake timers and a fake fetch. With `storage`, tasks survive a reload and running ones are
 * polled again once their owner is back (setOwner).
 */
export class TaskTracker {
  private tasks: TrackedTask[] = [];
  private groups: TaskGroup[] = [];
  private owner: string | undefined;
  private paused = false;
  /** Tasks read from the audit log that have settled (taskKey): not listed again when the log is read again. */
  private readonly seenSettled = new Set<string>();
  /** Tasks read from the audit log waiting for their first DescribeTask, newest first (taskKey). */
  private discoverQueue: string[] = [];
  /** Those asked about now: the log holds every task of hours, and each open of the task centre reads it. */
  private readonly discovering = new Set<string>();
  private readonly listeners = new Set<() => void>();
  /** Timers and back-off counts, by taskKey. */
  private readonly handles = new Map<string, unknown>();
  private readonly failures = new Map<string, number>();
  private readonly maxDiscovering: number;
  private readonly intervalMs: number;
  private readonly successTtlMs: number;
  private readonly maxBackoffMs: number;
  private readonly timers: Timers;
  private readonly now: () => number;

  constructor(private readonly opts: TrackerOptions) {
    this.intervalMs = opts.intervalMs ?? 1000;
    this.successTtlMs = opts.successTtlMs ?? 6000;
    this.maxBackoffMs = opts.maxBackoffMs ?? 10_000;
    this.maxDiscovering = Math.max(1, opts.maxDiscovering ?? 3);
    this.timers = opts.timers ?? {
      setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
      clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
    };
    this.now = opts.now ?? Date.now;
    if (opts.storage) {
      const saved = loadTasks(opts.storage);
      this.tasks = saved.tasks;
      this.groups = saved.groups;
      this.owner = saved.owner;
      // Whose tasks these are is known once the session is: polling waits for setOwner.
      this.paused = saved.tasks.some((t) => t.polled && isRunning(t));
    }
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  getSnapshot = (): readonly TrackedTask[] => this.tasks;
  getGroups = (): readonly TaskGroup[] => this.groups;

  /**
   * The signed-in person (their id), or null while nobody is. Another person's tasks are
   * forgotten; while nobody is signed in, polling pauses (it would only meet 401s) and resumes
   * for the same person after they sign in again.
   */
  setOwner(owner: string | null) {
    if (owner === null) {
      this.paused = true;
      this.stop();
      return;
    }
    if (this.owner !== undefined && this.owner !== owner) this.reset();
    const changed = this.owner !== owner;
    this.owner = owner;
    this.paused = false;
    for (const t of this.tasks) if (t.polled && isRunning(t)) this.follow(t);
    if (changed) this.persist();
  }

  /** Opens a bulk action's group: one notice for its `total` items; its requests join it by id. */
  startGroup(label: string, total: number): string {
    const id = localId(this.now());
    this.groups = [...this.groups, { id, label, total, items: [], notice: true, startedAt: this.now() }];
    this.emit();
    return id;
  }

  /**
   * Starts following a task; the first poll comes right away so NEW shows as soon as it is known
   * (one read from the audit log waits its turn: see follow).
   */
  track(input: TrackInput) {
    if (!input.taskId || this.tasks.some((t) => sameTask(t, input)) || this.seenSettled.has(taskKey(input))) return;
    const task: TrackedTask = { ...this.entry(input), taskId: input.taskId, polled: true, status: 'NEW' };
    this.add(task);
    if (!this.paused) this.follow(task);
  }

  /** A request of a bulk action that started no task: refused (with its error) or done at once. */
  record(input: RecordInput) {
    const error = input.error;
    this.add({ ...this.entry(input), taskId: localId(this.now()), polled: false, status: error ? 'ERROR' : 'FINISH', error, requestId: error?.requestId || input.requestId });
    this.settleGroup(input.groupId);
  }

  /** Hides a notice (a task's, by taskKey, or a group's, by id); the task stays in the task centre and is still followed. */
  dismiss(id: string) {
    if (this.tasks.some((t) => taskKey(t) === id && t.notice)) {
      this.tasks = this.tasks.map((t) => (taskKey(t) === id ? { ...t, notice: false } : t));
      this.emit();
    } else if (this.groups.some((g) => g.id === id && g.notice)) {
      this.groups = this.groups.map((g) => (g.id === id ? { ...g, notice: false } : g));
      this.emit();
    }
  }

  /** Forgets the settled tasks (the task centre's "clear finished"); running ones stay. */
  clearSettled() {
    const keep = this.tasks.filter(isRunning);
    if (keep.length === this.tasks.length) return;
    const kept = new Set(keep.map((t) => t.groupId));
    this.tasks = keep;
    this.groups = this.groups.filter((g) => kept.has(g.id));
    this.emit();
  }

  /** Stops every timer (on unmount). */
  stop() {
    for (const id of [...this.handles.keys()]) this.clear(id);
    this.discoverQueue = [];
  }

  /** Forgets every task (the person signed out: their tasks are not the next person's). */
  reset() {
    this.stop();
    this.discovering.clear();
    this.failures.clear();
    this.seenSettled.clear();
    this.owner = undefined;
    this.tasks = [];
    this.groups = [];
    this.emit();
  }

  private entry(input: Omit<TrackInput, 'taskId'>): Omit<TrackedTask, 'taskId' | 'polled' | 'status'> {
    const at = this.now();
    const grouped = !!input.groupId && this.groups.some((g) => g.id === input.groupId);
    const audit = input.source === 'audit';
    return {
      label: input.label,
      resource: input.resource,
      resourceId: input.resourceId,
      action: input.action,
      requestId: input.requestId,
      provider: input.provider,
      account: input.account,
      invalidates: input.invalidates ?? [],
      user: input.user,
      source: input.source ?? 'session',
      groupId: grouped ? input.groupId : undefined,
      notice: !grouped && !audit,
      startedAt: input.startedAt ?? at,
      updatedAt: at,
    };
  }

  /**
   * Polls a running task, unless it is already. A task read from the audit log has not been
   * answered for yet: it joins the queue of those, asked about a few at a time, newest first,
   * so hours of settled tasks do not take every connection from the tasks that still run.
   */
  private follow(task: TrackedTask) {
    const key = taskKey(task);
    if (this.handles.has(key) || this.discovering.has(key) || this.discoverQueue.includes(key)) return;
    if (task.source === 'audit' && !task.confirmed) {
      this.discoverQueue.push(key);
      this.discoverNext();
    } else this.schedule(key, 0);
  }

  private discoverNext() {
    while (!this.paused && this.discovering.size < this.maxDiscovering && this.discoverQueue.length > 0) {
      const key = this.discoverQueue.shift()!;
      if (!this.find(key)) continue;
      this.discovering.add(key);
      void this.poll(key).finally(() => {
        this.discovering.delete(key);
        this.discoverNext();
      });
    }
  }

  private add(task: TrackedTask) {
    this.tasks = [...this.tasks, task];
    if (task.groupId) this.groups = this.groups.map((g) => (g.id === task.groupId ? { ...g, items: [...g.items, task.taskId] } : g));
    this.emit();
  }

  private schedule(key: string, ms: number) {
    this.clear(key);
    this.handles.set(key, this.timers.setTimeout(() => void this.poll(key), ms));
  }

  private clear(key: string) {
    const h = this.handles.get(key);
    if (h !== undefined) this.timers.clearTimeout(h);
    this.handles.delete(key);
  }

  /** A finished notice fades after a while (a group's once all of it is done without failure). */
  private fadeLater(id: string) {
    this.timers.setTimeout(() => this.dismiss(id), this.successTtlMs);
  }

  private settleGroup(groupId: string | undefined) {
    const group = this.groups.find((g) => g.id === groupId);
    if (!group) return;
    const p = groupProgress(group, this.tasks);
    if (p.settled && p.failed === 0) this.fadeLater(group.id);
  }

  private async poll(key: string) {
    this.handles.delete(key);
    const task = this.find(key);
    if (!task || this.paused) return;
    try {
      const answer = await this.opts.describe(task.taskId, task.account);
      const current = this.find(key);
      if (!current) return; // forgotten while the call was on its way
      this.failures.delete(key);
      const updated: TrackedTask = { ...current, status: answer.status, message: answer.message, pollError: undefined, confirmed: true, updatedAt: this.now() };
      if (isSettled(answer.status) && updated.source === 'audit') {
        // Someone else's task is listed while it runs: it leaves the list once settled. One that
        // had ended before this browser first asked was never shown, and the lists on screen
        // were not read while it ran here: nothing to refresh for it.
        if (current.confirmed) this.opts.onSettled?.(updated);
        this.seenSettled.add(key);
        this.tasks = this.tasks.filter((t) => taskKey(t) !== key);
        this.emit();
        return;
      }
      this.replace(key, updated);
      if (isSettled(answer.status)) {
        this.opts.onSettled?.(updated);
        if (updated.groupId) this.settleGroup(updated.groupId);
        else if (answer.status === 'FINISH') this.fadeLater(key);
        return;
      }
      this.schedule(key, this.intervalMs);
    } catch (err) {
      const current = this.find(key);
      if (!current || this.paused) return;
      // Keep following: a blip of the BFF must not lose the task. Back off so a dead server is not hammered.
      const n = (this.failures.get(key) ?? 0) + 1;
      this.failures.set(key, n);
      this.replace(key, { ...current, pollError: asApiError(err), updatedAt: this.now() });
      this.schedule(key, Math.min(this.intervalMs * 2 ** n, this.maxBackoffMs));
    }
  }

  private find(key: string) {
    return this.tasks.find((t) => taskKey(t) === key);
  }

  private replace(key: string, task: TrackedTask) {
    this.tasks = this.tasks.map((t) => (taskKey(t) === key ? task : t));
    this.emit();
  }

  private persist() {
    if (!this.opts.storage) return;
    saveTasks(this.opts.storage, { owner: this.owner, tasks: this.tasks, groups: this.groups });
  }

  private emit() {
    const trimmed = trimTasks(this.tasks, undefined, (t) => isSettled(t.status));
    if (trimmed.length !== this.tasks.length) {
      const left = new Set(trimmed.map((t) => t.groupId));
      this.tasks = trimmed;
      this.groups = this.groups.filter((g) => left.has(g.id) || g.items.length === 0);
    }
    this.persist();
    for (const l of this.listeners) l();
  }
}
