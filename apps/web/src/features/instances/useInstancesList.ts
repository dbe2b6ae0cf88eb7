import { cdsCcs, TRANSITIONAL_INSTANCE_STATES, type Instance, type Page } from '@console/api-types/client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { actionQuery, allPagesQuery } from '../../api/query';
import { useAccountId } from '../../context/AccountContext';
import { pageLocally } from '../../kit/paging';
import { filterLocally, planQuery, type InstanceListState, type LocalReason } from './list-state';

export const FAST_POLL_MS = 3000;
export const SLOW_POLL_MS = 30_000;

/** Poll fast only while something is changing by itself (lesson 4). */
export const pollInterval = (page: Page<Instance> | undefined) =>
  page?.items.some((i) => TRANSITIONAL_INSTANCE_STATES.includes(i.status)) ? FAST_POLL_MS : SLOW_POLL_MS;

/** The largest page DescribeInstances answers; used when every page is fetched. */
const ALL_PAGE_SIZE = 100;

export interface InstancesList {
  page: Page<Instance> | undefined;
  /** Set when the list is filtered in the browser, with why. */
  localReasons?: LocalReason[];
  truncated: boolean;
  isLoading: boolean;
  isFetching: boolean;
  error: unknown;
  dataUpdatedAt: number;
  refetch: () => void;
}

/** The instances the list state asks for: paged by the API, or fetched whole and paged here. */
export function useInstancesList(state: InstanceListState): InstancesList {
  const account = useAccountId();
  const plan = planQuery(state);
  const common = {
    placeholderData: keepPreviousData,
    refetchInterval: (q: { state: { data: Page<Instance> | undefined } }) => pollInterval(q.state.data),
    refetchIntervalInBackground: false,
  } as const;
  const server = useQuery({
    ...actionQuery(cdsCcs.DescribeInstances, plan.mode === 'server' ? plan.input : {}, account),
    ...common,
    enabled: plan.mode === 'server',
  });
  const local = useQuery({
    ...allPagesQuery(cdsCcs.DescribeInstances, plan.input, account, ALL_PAGE_SIZE),
    ...common,
    enabled: plan.mode === 'local',
  });
  if (plan.mode === 'server') {
    return {
      page: server.data,
      truncated: false,
      isLoading: server.isLoading,
      isFetching: server.isFetching,
      error: server.error,
      dataUpdatedAt: server.dataUpdatedAt,
      refetch: () => void server.refetch(),
    };
  }
  const all = local.data;
  return {
    page: all ? pageLocally(filterLocally(all.items, state), state.page, state.size) : undefined,
    localReasons: plan.reasons,
    truncated: all?.truncated ?? false,
    isLoading: local.isLoading,
    isFetching: local.isFetching,
    error: local.error,
    dataUpdatedAt: local.dataUpdatedAt,
    refetch: () => void local.refetch(),
  };
}
