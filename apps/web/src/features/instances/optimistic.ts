import { cdsCcs, type Instance } from '@console/api-types/client';
import type { QueryClient } from '@tanstack/react-query';
import { isQueryOfActions } from '../../api/query';

/**
 * Shows the state an action moves instances into at once, in every cached list of the account,
 * before the next poll confirms it (lesson 4): DescribeInstances answers (the detail page, other
 * modules) and the inventory's pages (the list: useInstancesList.ts keys them under the same
 * action). Running fetches are cancelled so they cannot overwrite it.
 */
export async function markInstances(
  client: QueryClient,
  ids: readonly string[],
  status: string,
  account: string,
) {
  const isInstanceList = isQueryOfActions('cds', [cdsCcs.DescribeInstances.action], account);
  await client.cancelQueries({ predicate: isInstanceList });
  client.setQueriesData<{ items: Instance[] }>({ predicate: isInstanceList }, (old) =>
    old?.items
      ? { ...old, items: old.items.map((i) => (ids.includes(i.id) ? { ...i, status } : i)) }
      : old,
  );
}
