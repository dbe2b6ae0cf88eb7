/** Normalized answers of write actions. */

/** A write that started one task to follow with DescribeTask. '' means the cloud named no task. */
export interface TaskResult {
  taskId: string;
}

/** A write that started several tasks (Memcached create answers a list). */
export interface TaskIdsResult {
  taskIds: string[];
}

/** A write that starts no task to follow. A non-empty TaskId in the answer is passed on for information. */
export interface Ack {
  ok: true;
  message?: string;
  taskId?: string;
}
