/** What names one tracked task: its cloud account, its TaskId and the write that started it. */
export interface TaskIdentity {
  account: string;
  taskId: string;
  requestId?: string;
}

/**
 * A TaskId is unique within one cloud account only, and an upstream that numbers its tasks
 * again (a restarted simulator) hands an old audit entry's id to a new task: the key also holds
 * the request id of the write that started the task, when one is known.
 */
export const taskKey = (t: TaskIdentity) => JSON.stringify([t.account, t.taskId, t.requestId ?? '']);

/** The same task: same account and TaskId, and the same write unless one side does not know it. */
export const sameTask = (a: TaskIdentity, b: TaskIdentity) =>
  a.account === b.account && a.taskId === b.taskId && (!a.requestId || !b.requestId || a.requestId === b.requestId);
