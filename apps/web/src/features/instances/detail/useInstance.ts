import { cdsCcs, TRANSITIONAL_INSTANCE_STATES, type Instance } from '@console/api-types/client';
import { useQuery } from '@tanstack/react-query';
import { actionQuery } from '../../../api/query';
import { useAccountId } from '../../../context/AccountContext';
import { FAST_POLL_MS, SLOW_POLL_MS } from '../useInstancesList';

/**
 * One instance, by id (DescribeInstances with InstanceId). Its query is a DescribeInstances
 * query, so the optimistic marks and the task tracker's refreshes reach it like the list.
 */
export function useInstance(id: string) {
  const account = useAccountId();
  const query = useQuery({
    ...actionQuery(cdsCcs.DescribeInstances, { InstanceId: id }, account),
    refetchInterval: (q) => (q.state.data?.items.some((i) => TRANSITIONAL_INSTANCE_STATES.includes(i.status)) ? FAST_POLL_MS : SLOW_POLL_MS),
    refetchIntervalInBackground: false,
  });
  const instance: Instance | undefined = query.data?.items.find((i) => i.id === id);
  return { ...query, instance };
}
