import { cdsCcs, type Instance, type Page } from '@console/api-types/client';
import type { QueryClient } from '@tanstack/react-query';
import { isQueryOfActions } from '../../api/query';


/**
 * Shows the state an action moves instances into at once, in every cached list of the account,
 * before the next poll confirms it (lesson 4). Running fetches are cancelled so they cannot overwrite it.
 */
export async function markInstances(client: QueryClient, ids: readonly string[], status: string, account: string) {
  const isInstanceList = isQueryOfActions('cds', [cdsCcs.DescribeInstances.action], account);
  await client.cancelQueries({ predicate: isInstanceList });
  client.setQueriesData<Page<Instance>>({ predicate: isInstanceList }, (old) =>
    old ? { ...old, items: old.items.map((i) => (ids.includes(i.id) ? { ...i, status } : i)) } : old,
  );
}
