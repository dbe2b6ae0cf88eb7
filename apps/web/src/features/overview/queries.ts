import { cdsCcs, cdsCcsSecurityGroups, cdsCcsTemplates, cdsMemcached, cdsMysql, cdsNetwork, cdsRedis } from '@console/api-types/client';
import { useQuery } from '@tanstack/react-query';
import { consoleCall, type ActionInput, type AnyAction } from '../../api/client';
import { actionQuery, allPagesQuery } from '../../api/query';
import { useAccountId } from '../../context/AccountContext';

/**
 * The lists the overview counts, each its own query under the action's usual key (so the list
 * pages find them cached, and the other way round). The APIs list across regions when no
 * region is given.
 */

const FRESH = 30_000;
const PAGE = 100;

export function useAllInstances() {
  const account = useAccountId();
  return useQuery({ ...allPagesQuery(cdsCcs.DescribeInstances, {}, account, PAGE), staleTime: FRESH });
}

export function useAllVdcs() {
  const account = useAccountId();
  return useQuery({ ...allPagesQuery(cdsNetwork.DescribeVdc, {}, account), staleTime: FRESH });
}

export function useAllTemplates() {
  const account = useAccountId();
  return useQuery({ ...allPagesQuery(cdsCcsTemplates.DescribeTemplateInfo, { PageNumber: 1, PageSize: PAGE }, account, PAGE), staleTime: FRESH });
}

/** One read of the whole account (no region): its first page answers everything these actions list. */
function useAccountRead<D extends AnyAction>(def: D, input: ActionInput<D>) {
  const account = useAccountId();
  return useQuery({ ...actionQuery(def, input, account), staleTime: FRESH });
}

export const useSecurityGroups = () => useAccountRead(cdsCcsSecurityGroups.DescribeSecurityGroups, {});
export const useMysql = () => useAccountRead(cdsMysql.DescribeDBInstances, {});
export const useRedis = () => useAccountRead(cdsRedis.DescribeDBInstances, {});
export const useMemcached = () => useAccountRead(cdsMemcached.MemcachedInstanceList, {});

/** One line of the console's audit log (GET /api/audit), as much as the overview shows. */
export interface AuditLine {
  id: string;
  time: string;
  user: string;
  action: string;
  outcome: string;
}

/** The latest audit entries; under the audit log's key prefix, so its refreshes reach this too. */
export function useLatestAudit(enabled: boolean, count = 6) {
  return useQuery({
    queryKey: ['console', 'audit', 'latest', count],
    queryFn: ({ signal }) => consoleCall<{ items: AuditLine[] }>('GET', `/api/audit?page=1&pageSize=${count}`, undefined, { signal }),
    enabled,
    staleTime: 10_000,
  });
}
