import {
  cdsCcs,
  cdsCcsSecurityGroups,
  type SecurityGroup,
  type SecurityGroupBinding,
} from '@console/api-types/client';
import { useQueries, useQuery } from '@tanstack/react-query';
import { actionQuery, allPagesQuery } from '../../api/query';
import { useAccountId } from '../../context/AccountContext';

/** A group, rule or binding in a task makes its page poll fast; otherwise slowly. */
const FAST_MS = 3_000;
const SLOW_MS = 30_000;

export function useGroups(
  input: { Keyword?: string; SecurityGroupType?: 'public' | 'private' } = {},
) {
  const account = useAccountId();
  return useQuery({
    ...actionQuery(cdsCcsSecurityGroups.DescribeSecurityGroups, input, account),
    refetchInterval: (q) =>
      q.state.data?.items.some((g) => g.status && g.status !== 'ok') ? FAST_MS : SLOW_MS,
  });
}

const moving = (d: {
  status?: string;
  rules: { status?: string }[];
  bindings?: { status: string }[];
}) =>
  (d.status !== undefined && d.status !== 'ok') ||
  d.rules.some((r) => r.status && r.status !== 'ok') ||
  !!d.bindings?.some((b) => b.status !== 'ok');

/** One group with its rules and members (DescribeSecurityGroupAttribute). */
export function useGroup(id: string) {
  const account = useAccountId();
  return useQuery({
    ...actionQuery(
      cdsCcsSecurityGroups.DescribeSecurityGroupAttribute,
      { SecurityGroupId: id },
      account,
    ),
    refetchInterval: (q) => (q.state.data && moving(q.state.data) ? FAST_MS : SLOW_MS),
  });
}

export interface Membership {
  group: SecurityGroup;
  binding: SecurityGroupBinding;
}

/**
 * Which group each interface is in, from every group's attributes (the document answers no
 * members; a cloud that does not report them leaves `reported` false).
 */
export function useMembership(enabled = true) {
  const account = useAccountId();
  const groups = useGroups();
  const details = useQueries({
    queries: (enabled ? (groups.data?.items ?? []) : []).map((g) => ({
      ...actionQuery(
        cdsCcsSecurityGroups.DescribeSecurityGroupAttribute,
        { SecurityGroupId: g.id },
        account,
      ),
      refetchInterval: SLOW_MS,
    })),
  });
  const byInterface = new Map<string, Membership>();
  let reported = true;
  (groups.data?.items ?? []).forEach((group, i) => {
    const d = details[i]?.data;
    if (d && d.bindings === undefined) reported = false;
    for (const binding of d?.bindings ?? [])
      byInterface.set(binding.interfaceId, { group, binding });
  });
  const loading = groups.isLoading || details.some((d) => d.isLoading);
  return {
    groups: groups.data?.items ?? [],
    byInterface,
    reported,
    loading,
    error: groups.error ?? details.find((d) => d.error)?.error,
  };
}

/** Every instance of the account, to pick one to bind. */
export function useAllInstances(enabled: boolean) {
  const account = useAccountId();
  return useQuery({
    ...allPagesQuery(cdsCcs.DescribeInstances, {}, account, 100),
    enabled,
    staleTime: 30_000,
  });
}
