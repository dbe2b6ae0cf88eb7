import {
  TRANSITIONAL_INSTANCE_STATES,
  type Instance,
  type InventoryPage,
  type Page,
} from '@console/api-types/client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { consoleCall } from '../../api/client';
import { useAccountId } from '../../context/AccountContext';
import { inventoryParams, type InstanceListState } from './list-state';

export const FAST_POLL_MS = 3000;
export const SLOW_POLL_MS = 30_000;

/**
 * Poll fast only while something is changing by itself (lesson 4): on the page, or anywhere in
 * the account's inventory (`changing`), since a filtered page may be about to gain a row.
 */
export const pollInterval = (
  page: (Pick<Page<Instance>, 'items'> & { changing?: boolean }) | undefined,
) =>
  page?.changing || page?.items.some((i) => TRANSITIONAL_INSTANCE_STATES.includes(i.status))
    ? FAST_POLL_MS
    : SLOW_POLL_MS;

/**
 * The key of an inventory page: DescribeInstances' own (api/query.ts actionKey) with the list
 * state as its input, so everything that refreshes, patches or searches the account's cached
 * instance lists (a write's `invalidates`, a settled task, an optimistic status, the keyboard
 * search) reaches it too.
 */
export const inventoryKey = (account: string, state: InstanceListState) =>
  ['cds', 'ccs', 'DescribeInstances', account, { inventory: state }] as const;

/** One page of the account's instances, searched, filtered and sorted by the console server over all of them. */
export function inventoryQuery(state: InstanceListState, account: string) {
  return queryOptions({
    queryKey: inventoryKey(account, state),
    queryFn: ({ signal }) =>
      consoleCall<InventoryPage<Instance>>(
        'GET',
        `/api/inventory/cds/instances?${inventoryParams(state, account).toString()}`,
        undefined,
        { signal },
      ),
  });
}

export interface InstancesList {
  page: Page<Instance> | undefined;
  /** The server could not refresh its inventory: the page is from refreshedAt. */
  stale?: InventoryPage<Instance>['stale'];
  refreshedAt?: string;
  isLoading: boolean;
  isFetching: boolean;
  error: unknown;
  dataUpdatedAt: number;
  refetch: () => void;
}

/** The page of instances the list state asks for: one request, one page. */
export function useInstancesList(state: InstanceListState): InstancesList {
  const account = useAccountId();
  const q = useQuery({
    ...inventoryQuery(state, account),
    placeholderData: keepPreviousData,
    refetchInterval: (query) => pollInterval(query.state.data),
    refetchIntervalInBackground: false,
  });
  const data = q.data;
  // The same function on every render (the footer's refresh button is memoized with it).
  const { refetch } = q;
  const refresh = useCallback(() => void refetch(), [refetch]);
  return {
    page: data && {
      items: data.items,
      pageNumber: data.page,
      pageCount: data.pageCount,
      totalCount: data.totalCount,
    },
    stale: data?.stale,
    refreshedAt: data?.refreshedAt,
    isLoading: q.isLoading,
    isFetching: q.isFetching,
    error: q.error,
    dataUpdatedAt: q.dataUpdatedAt,
    refetch: refresh,
  };
}
