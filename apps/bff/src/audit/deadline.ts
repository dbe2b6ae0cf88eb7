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
