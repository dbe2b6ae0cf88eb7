import { cdsMysql, cdsRedis, type DbInstance } from '@console/api-types/client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { actionQuery } from '../../../api/query';
import { useAccountId } from '../../../context/AccountContext';
import { isTransitional } from './list-state';

const LIST = { mysql: cdsMysql.DescribeDBInstances, redis: cdsRedis.DescribeDBInstances } as const;

/** Every instance of MySQL or Redis (the API answers all at once): polled fast while one is changing. */
export function useDbList(product: 'mysql' | 'redis', input: { InstanceUuid?: string } = {}) {
  const account = useAccountId();
  return useQuery({
    ...actionQuery(LIST[product], input, account),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => ((q.state.data as DbInstance[] | undefined)?.some((d) => isTransitional(d.status)) ? 3000 : 30_000),
  });
}
