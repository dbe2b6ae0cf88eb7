import { cdsCcs, cdsCcsCommon, cdsNetwork, type Vdc } from '@console/api-types/client';
import { useQuery } from '@tanstack/react-query';
import { actionQuery, allPagesQuery } from '../../api/query';
import { useAccountId } from '../../context/AccountContext';
import type { Translate } from '../../i18n/i18n';
import type { Blocked } from './rules';

/** While something is being created, changed or deleted the page polls fast, else slowly. */
const FAST_MS = 3_000;
const SLOW_MS = 30_000;

export const vdcMoving = (v: Vdc) =>
  v.status !== 'ok' ||
  v.publicNetworks.some((p) => p.status !== 'ok') ||
  v.privateNetworks.some((p) => p.status !== 'ok');

/** One VDC by id (DescribeVdc with VdcId): the same query the task tracker refreshes. */
export function useVdc(id: string) {
  const account = useAccountId();
  const query = useQuery({
    ...actionQuery(cdsNetwork.DescribeVdc, { VdcId: id }, account),
    refetchInterval: (q) => (q.state.data?.items.some(vdcMoving) ? FAST_MS : SLOW_MS),
    refetchIntervalInBackground: false,
  });
  return { ...query, vdc: query.data?.items.find((v) => v.id === id) };
}

/** The instances of a VDC (every page), for who uses which address. */
export function useVdcInstances(vdcId: string, enabled = true) {
  const account = useAccountId();
  return useQuery({
    ...allPagesQuery(cdsCcs.DescribeInstances, { VdcId: vdcId }, account, 100),
    enabled,
    refetchInterval: SLOW_MS,
  });
}

/** What a region sells (bandwidth types, billing methods, MaxQos). */
export function useRegionWan(regionId: string | undefined) {
  const account = useAccountId();
  const query = useQuery({
    ...actionQuery(cdsCcsCommon.DescribeAvailableResource, { RegionId: regionId ?? '' }, account),
    enabled: !!regionId,
    staleTime: 5 * 60_000,
  });
  return { ...query, goods: query.data?.wanGoods ?? [] };
}

/** A refusal reason in the person's language, or undefined. */
export const reasonText = (t: Translate, blocked: Blocked) =>
  blocked ? t(blocked.key, blocked.vars) : undefined;
