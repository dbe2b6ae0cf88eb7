import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAccountId } from '../context/AccountContext';
import { useTaskTracker } from '../tasks/TaskProvider';
import { sendAction, type ActionData, type ActionInput, type ActionResponse, type AnyAction } from './client';
import { invalidateActions } from './query';

export interface ActionMutationOptions<D extends AnyAction> {
  /** The notice's title and resource for each task the call starts. */
  describe: (input: ActionInput<D>) => { label: string; resource?: string };
  /** Runs before the call, with the account it goes to: the place for an optimistic update of cached lists. */
  onMutate?: (input: ActionInput<D>, account: string) => void | Promise<void>;
  onSuccess?: (res: ActionResponse<ActionData<D>>, input: ActionInput<D>) => void;
}

/**
 * A catalog write under the picked cloud account: every TaskId it returns goes to the task
 * tracker with that account (so DescribeTask asks the account that started the task, even if
 * the person switches meanwhile), and the lists the entry names in `invalidates` are refreshed
 * now and again when the task settles.
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
      await opts.onMutate?.(input, account);
      return { res: await sendAction(def, input, { account }), account };
    },
    onSuccess: ({ res, account }, input) => {
      const { label, resource } = opts.describe(input);
      for (const taskId of res.taskIds ?? []) {
        tracker.track({ taskId, label, resource, provider: def.provider, account, invalidates: def.invalidates });
      }
      opts.onSuccess?.(res, input);
    },
    onSettled: (data) => invalidateActions(queryClient, def.provider, def.invalidates, data?.account ?? current),
  });
}
