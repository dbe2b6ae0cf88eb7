import { mosMcs, type MosInstance } from '@console/api-types/client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { actionQuery } from '../../api/query';
import { useAccountId } from '../../context/AccountContext';
import { isMosTransitional, mosListInput, type MosListState } from './mos-state';

/** While an instance is changing (creating, stopping…) the lists poll fast; otherwise slowly. */
export const mosPollMs = (items: readonly Pick<MosInstance, 'status'>[] | undefined) =>
  items?.some((i) => isMosTransitional(i.status)) ? 1500 : 30_000;

/** One page of instances, filtered and paged by MOS itself. */
export function useMosInstances(state: MosListState) {
  const account = useAccountId();
  return useQuery({
    ...actionQuery(mosMcs.DescribeInstances, mosListInput(state), account),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => mosPollMs(q.state.data?.items),
    refetchIntervalInBackground: false,
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
  const types = useQuery({ ...actionQuery(mosMcs.DescribeInstanceTypes, {}, account), staleTime: 5 * 60_000 });
  const templates = useQuery({ ...actionQuery(mosMcs.DescribeTemplates, {}, account), staleTime: 5 * 60_000 });
  const keyPairs = useQuery({ ...actionQuery(mosMcs.DescribeKeyPairs, {}, account), staleTime: 60_000 });
  return { types, templates, keyPairs };
}

export function useMosBalance() {
  const account = useAccountId();
  return useQuery({ ...actionQuery(mosMcs.GetBalance, {}, account), staleTime: 30_000 });
}
