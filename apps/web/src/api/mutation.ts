import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAccountId } from '../context/AccountContext';
import { useTaskTracker } from '../tasks/TaskProvider';
import { sendAction, type ActionData, type ActionInput, type ActionResponse, type AnyAction } from './client';
import { invalidateActions } from './query';
import { changesSince, rollBack, snapshotCache } from './rollback';

export interface ActionMutationOptions<D extends AnyAction> {
  /** The notice's title and resource for each task the call starts (with the resource's id, the task centre links to it). */
  describe: (input: ActionInput<D>) => { label: string; resource?: string; resourceId?: string };
  /**
   * Runs before the call, with the account it goes to: the place for an optimistic update of
   * cached lists. Whatever it changes in the cache is put back if the call fails, then refetched.
   */
  onMutate?: (input: ActionInput<D>, account: string) => void | Promise<void>;
  onSuccess?: (res: ActionResponse<ActionData<D>>, input: ActionInput<D>) => void;
}

// A symbol key: JSON.stringify leaves it out, so the body sent is the input alone.
const GROUP = Symbol('task group');

/** The input of one item of a bulk action: its tasks join the action's group (one notice for all). */
export function inGroup<I>(input: I, groupId: string | undefined): I {
  return groupId ? ({ ...(input as object), [GROUP]: groupId } as I) : input;
}
const groupOf = (input: unknown): string | undefined =>
  typeof input === 'object' && input !== null ? ((input as Record<symbol, string | undefined>)[GROUP] ?? undefined) : undefined;

/**
 * A catalog write under the picked cloud account: every TaskId it returns goes to the task
 * tracker with that account (so DescribeTask asks the account that started the task, even if
 * the person switches meanwhile), and the lists the entry names in `invalidates` are refreshed
 * now and again when the task settles. A failed call (network, upstream error, timeout) puts the
 * cached answers the optimistic update changed back at once and refetches them.
 */
export function useActionMutation<D extends AnyAction>(def: D, opts: ActionMutationOptions<D>) {
  const queryClient = useQueryClient();
  const tracker = useTaskTracker();
  const current = useAccountId();
  return useMutation({
    mutationKey: [def.provider, def.product, def.action, current],
    // The account is fixed when the call starts and travels with the answer.
    mutationFn: async (input: ActionInput<D>) => {
      const account = current;
      const before = opts.onMutate ? snapshotCache(queryClient) : undefined;
      await opts.onMutate?.(input, account);
      const changed = before ? changesSince(queryClient, before) : [];
      try {
        return { res: await sendAction(def, input, { account }), account };
      } catch (err) {
        for (const key of rollBack(queryClient, changed)) void queryClient.invalidateQueries({ queryKey: key, exact: true });
        throw err;
      }
    },
    onSuccess: ({ res, account }, input) => {
      const { label, resource, resourceId } = opts.describe(input);
      const action = `${def.provider}/${def.product}/${def.action}`;
      for (const taskId of res.taskIds ?? []) {
        tracker.track({
          taskId,
          label,
          resource,
          resourceId,
          action,
          requestId: res.requestId,
          provider: def.provider,
          account,
          invalidates: def.invalidates,
          groupId: groupOf(input),
        });
      }
      opts.onSuccess?.(res, input);
    },
    onSettled: (data) => invalidateActions(queryClient, def.provider, def.invalidates, data?.account ?? current),
  });
}
