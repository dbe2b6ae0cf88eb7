import type { ActionRef } from '@console/api-types/client';
import { useCallback } from 'react';
import { asApiError } from '../api/client';
import { useAccountId } from '../context/AccountContext';
import { runEach } from '../kit/run-each';
import { useTaskTracker } from './TaskProvider';
import type { TaskTracker } from './tracker';

export interface BulkSpec<T> {
  /** The action in the console's words ("Power off"): the group's notice says it. */
  label: string;
  items: readonly T[];
  nameOf: (item: T) => string;
  idOf?: (item: T) => string;
  /** The catalog entry each item's call runs (provider, and the resource link in the task centre). */
  def: Pick<ActionRef, 'provider' | 'product' | 'action'>;
  account: string;
}

/** What one item's call answered, as far as the group needs it (useActionMutation's mutateAsync result). */
const answered = (value: unknown): { taskIds: number; requestId?: string } => {
  const res = (value as { res?: { taskIds?: unknown; requestId?: unknown } } | undefined)?.res;
  return { taskIds: Array.isArray(res?.taskIds) ? res.taskIds.length : 0, requestId: typeof res?.requestId === 'string' ? res.requestId : undefined };
};

/**
 * Runs a per-item action on several items as one group: one notice ("Power off: 12 of 20 done,
 * 1 failed") that opens the items in the task centre, where a refused item shows its error and
 * request id. Each item's call joins the group through `run(item, groupId)` (inGroup). A single
 * item runs as before: its own notice, its own error thrown (runEach).
 */
export async function runGrouped<T>(
  tracker: TaskTracker,
  spec: BulkSpec<T>,
  run: (item: T, groupId?: string) => Promise<unknown>,
  summary: (failed: number, total: number) => string,
): Promise<void> {
  if (spec.items.length < 2) return runEach(spec.items, (i) => run(i), spec.nameOf, summary);
  const groupId = tracker.startGroup(spec.label, spec.items.length);
  const base = { groupId, label: spec.label, provider: spec.def.provider, account: spec.account, action: `${spec.def.provider}/${spec.def.product}/${spec.def.action}` };
  await Promise.all(
    spec.items.map(async (item) => {
      const about = { ...base, resource: spec.nameOf(item), resourceId: spec.idOf?.(item) };
      try {
        const got = answered(await run(item, groupId));
        // A call that started no task is done once answered: it still counts in "n of N".
        if (got.taskIds === 0) tracker.record({ ...about, requestId: got.requestId });
      } catch (err) {
        tracker.record({ ...about, error: asApiError(err) });
      }
    }),
  );
}

/** runGrouped under the picked account, for an action list's `run`. */
export function useGroupedRun() {
  const tracker = useTaskTracker();
  const account = useAccountId();
  return useCallback(
    <T,>(spec: Omit<BulkSpec<T>, 'account'>, run: (item: T, groupId?: string) => Promise<unknown>, summary: (failed: number, total: number) => string) =>
      runGrouped(tracker, { ...spec, account }, run, summary),
    [tracker, account],
  );
}
