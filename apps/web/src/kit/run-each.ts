import { ApiRequestError, asApiError } from '../api/client';

/**
 * Runs a per-item action (the API takes one id) on every selected item, all of them, even when
 * some fail: each success starts its own task, and the failures come back together as one error
 * that names each failed item with its code, so nothing is silently dropped.
 */
export async function runEach<T>(
  items: readonly T[],
  run: (item: T) => Promise<unknown>,
  nameOf: (item: T) => string,
  summary: (failed: number, total: number) => string,
): Promise<void> {
  const results = await Promise.allSettled(items.map(run));
  const failed = results.flatMap((r, k) => (r.status === 'rejected' ? [{ name: nameOf(items[k]!), error: asApiError(r.reason) }] : []));
  if (failed.length === 0) return;
  // One item: its own error, unchanged (code, message, request id).
  if (items.length === 1) throw (results[0] as PromiseRejectedResult).reason;
  throw new ApiRequestError({
    code: 'PartialFailure',
    message: summary(failed.length, items.length),
    requestId: failed[0]!.error.requestId,
    httpStatus: failed[0]!.error.httpStatus,
    // Each line keeps its own request id: the key to that failure in the audit log.
    issues: failed.map((f) => ({ path: f.name, message: `${f.error.code}: ${f.error.message}${f.error.requestId ? ` (${f.error.requestId})` : ''}` })),
  });
}
