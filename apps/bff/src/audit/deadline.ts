/** How long a call waits for its "pending" audit record before it gives up (and sends nothing). */
export const AUDIT_DEADLINE_MS = 5_000;

export class AuditDeadlineError extends Error {
  override name = 'AuditDeadlineError';
}

/**
 * The audit write, or an AuditDeadlineError once `ms` have passed. A record that lands later is
 * left to land (`onLate` runs then, e.g. to note that its call was never sent); the caller has
 * already refused the call, so a locked audit table cannot release a queue of stale writes.
 */
export async function recordWithin(write: Promise<void>, ms: number, onLate?: () => void): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  let late = false;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      late = true;
      reject(new AuditDeadlineError(`The audit log did not answer within ${ms} ms`));
    }, ms);
  });
  write.then(
    () => late && onLate?.(),
    () => undefined,
  );
  try {
    await Promise.race([write, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Why a write that waited (for its audit record, its account) must not be sent now. */
export interface NotSent {
  code: 'CallerGone' | 'DeadlinePassed';
  message: string;
}

/**
 * A write is sent only while someone waits for its answer: not once the caller's connection
 * closed, nor past the request's deadline (it would be answered as a timeout, and a retrying
 * user would create a duplicate). Checked right before sending.
 */
export function notSendable(call: { signal?: AbortSignal; deadlineAt?: number }, now = Date.now()): NotSent | undefined {
  if (call.signal?.aborted) return { code: 'CallerGone', message: 'The caller disconnected before the action was sent, so it was not sent' };
  if (call.deadlineAt !== undefined && now >= call.deadlineAt) {
    return { code: 'DeadlinePassed', message: 'The request deadline passed before the action could be sent, so it was not sent' };
  }
  return undefined;
}
