import { mosMcs, type MosInstance } from '@console/api-types/client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { callAction } from '../../api/client';
import { actionKey, actionQuery } from '../../api/query';
import { useAccountId } from '../../context/AccountContext';
import { isMosTransitional, mosListInput, type MosListState } from './mos-state';

/** While an instance is changing (creating, stopping…) the lists poll fast; otherwise slowly. */
export const mosPollMs = (items: readonly Pick<MosInstance, 'status'>[] | undefined) =>
  items?.some((i) => isMosTransitional(i.status)) ? 1500 : 30_000;

/** One page of instances, filtered and paged by MOS itself (unsorted: MOS sorts nothing). */
export function useMosInstances(state: MosListState) {
  const account = useAccountId();
  return useQuery({
    ...actionQuery(mosMcs.DescribeInstances, mosListInput(state), account),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => mosPollMs(q.state.data?.items),
    refetchIntervalInBackground: false,
    enabled: !state.sort,
  });
}

/** Pages read when the whole list is needed; a runaway answer stops at this many. */
const ALL_PAGE_SIZE = 100;
const MAX_PAGES = 50;

/**
 * Every instance the filters match, page after page, for a list sorted over all of them (MOS
 * sorts nothing). Cached under DescribeInstances' key, so writes' refreshes reach it.
 */
export function useAllMosInstances(state: MosListState) {
  const account = useAccountId();
  const filters = mosListInput({ ...state, page: 1, size: 10 }).Filters;
  const input = filters ? { Filters: filters } : {};
  return useQuery({
    queryKey: [...actionKey(mosMcs.DescribeInstances, input, account), 'all'] as const,
    queryFn: async ({ signal }) => {
      const items: MosInstance[] = [];
      for (let n = 0; n < MAX_PAGES; n++) {
        const page = await callAction(
          mosMcs.DescribeInstances,
          { ...input, Limit: ALL_PAGE_SIZE, Offset: n * ALL_PAGE_SIZE },
          { signal, account },
        );
        items.push(...page.items);
        if (page.items.length < ALL_PAGE_SIZE || items.length >= (page.total ?? 0)) break;
      }
      return { items, total: items.length };
    },
    placeholderData: keepPreviousData,
    refetchInterval: (q) => mosPollMs(q.state.data?.items),
    refetchIntervalInBackground: false,
    enabled: !!state.sort,
  });
}

/** One instance by id (DescribeInstances with InstanceId.1), polled while it changes. */
export function useMosInstance(id: string) {
  const account = useAccountId();
  return useQuery({
    ...actionQuery(mosMcs.DescribeInstances, { InstanceIds: [id] }, account),
    select: (page) => page.items[0] ?? null,
    refetchInterval: (q) => mosPollMs(q.state.data?.items),
  });
}

/** What the region sells and the account holds, for the forms: rarely changes. */
export function useMosChoices() {
  const account = useAccountId();
  const types = useQuery({
    ...actionQuery(mosMcs.DescribeInstanceTypes, {}, account),
    staleTime: 5 * 60_000,
  });
  const templates = useQuery({
    ...actionQuery(mosMcs.DescribeTemplates, {}, account),
    staleTime: 5 * 60_000,
  });
  const keyPairs = useQuery({
    ...actionQuery(mosMcs.DescribeKeyPairs, {}, account),
    staleTime: 60_000,
  });
  return { types, templates, keyPairs };
}

export function useMosBalance() {
  const account = useAccountId();
  return useQuery({ ...actionQuery(mosMcs.GetBalance, {}, account), staleTime: 30_000 });
}
