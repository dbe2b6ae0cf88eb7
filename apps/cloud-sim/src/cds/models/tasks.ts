/**
 * Tasks as DescribeTask reports them: NEW at once, DOING after a quarter of the task time,
 * FINISH (or ERROR) at the end, when the task's effect is applied. Timers are unref'd so
 * they never keep a process alive, and cleared together by `Scheduler.clear()`.
 */

export type TaskStatus = 'NEW' | 'DOING' | 'FINISH' | 'ERROR';

export interface Task {
  taskId: string;
  taskType: string;
  status: TaskStatus;
  resourceIds: string[];
  createdAt: number;
  finishedAt?: number;
  /** Why an ERROR task failed. */
  error?: string;
}

/** The effect of a task, run when it ends; returning an error message makes the task ERROR. */
export type TaskEffect = () => string | void;

export class Scheduler {
  private readonly timers = new Set<NodeJS.Timeout>();
  /** Called after every task's effect (the bills look at the world then). */
  onSettled?: () => void;

  constructor(
    /** How long a task takes from NEW to FINISH, in milliseconds. */
    public taskMs: number,
    private readonly clock: () => number,
  ) {}

  run(task: Task, effect: TaskEffect) {
    this.after(Math.floor(this.taskMs / 4), () => {
      if (task.status === 'NEW') task.status = 'DOING';
    });
    this.after(this.taskMs, () => {
      const error = effect();
      task.status = error ? 'ERROR' : 'FINISH';
      if (error) task.error = error;
      task.finishedAt = this.clock();
      this.onSettled?.();
    });
  }

  private after(ms: number, fn: () => void) {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    t.unref();
    this.timers.add(t);
  }

  /** Timers still waiting. */
  get pending() {
    return this.timers.size;
  }

  clear() {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}

/** Task numbers are 7 digits, as in the document's examples ("7424648", "7688573"). */
const TASK_ID_FLOOR = 1_000_000;
const TASK_ID_SPAN = 8_000_000;

/**
 * Where an account's task numbers start. A real cloud's counter only grows, so a TaskId never
 * names two tasks; a simulator that counted from its seed alone would hand out the same ids on
 * every start, and a console whose audit log outlives the simulator would take a new task for
 * an old one. So the start moves on with the clock (a second per number) from the account's
 * seeded offset: a later start counts above an earlier one's ids unless that one started more
 * tasks than there were seconds in between.
 */
export function firstTaskId(nowMs: number, seededOffset: number): number {
  return TASK_ID_FLOOR + ((Math.floor(nowMs / 1000) + seededOffset) % TASK_ID_SPAN);
}

/** An account's tasks; ids are numeric strings like the document's examples ("7424648"). */
export class TaskStore {
  private readonly tasks = new Map<string, Task>();

  constructor(
    private nextId: number,
    private readonly clock: () => number,
  ) {}

  create(taskType: string, resourceIds: string[]): Task {
    const task: Task = {
      taskId: String(this.nextId++),
      taskType,
      status: 'NEW',
      resourceIds,
      createdAt: this.clock(),
    };
    this.tasks.set(task.taskId, task);
    return task;
  }

  get(taskId: string) {
    return this.tasks.get(taskId);
  }

  all() {
    return [...this.tasks.values()];
  }
}
