import { cdsCcsCommon, cdsCcsTemplates, type Instance } from '@console/api-types/client';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { actionQuery } from '../../../api/query';
import { useAccountId } from '../../../context/AccountContext';
import { resetChoices } from '../../images/public';

/** The account's templates, first (largest) page: enough for a picker. */
export const TEMPLATE_PICKER_INPUT = { PageNumber: 1, PageSize: 100 } as const;

/** The images an instance can be reinstalled with (public and private), and the disk goods of its type. */
export function useInstanceGoods(instance: Pick<Instance, 'regionId' | 'instanceType'> | undefined, enabled: boolean) {
  const regionId = instance?.regionId ?? '';
  const account = useAccountId();
  const goods = useQuery({
    ...actionQuery(cdsCcsCommon.DescribeAvailableResource, { RegionId: regionId }, account),
    staleTime: 5 * 60_000,
    enabled: enabled && !!regionId,
  });
  const templates = useQuery({ ...actionQuery(cdsCcsTemplates.DescribeTemplateInfo, TEMPLATE_PICKER_INPUT, account), staleTime: 60_000, enabled });
  const good = goods.data?.instanceGoods.find((g) => g.instanceType === instance?.instanceType) ?? goods.data?.instanceGoods[0];
  const images = useMemo(
    () => resetChoices(good?.images ?? [], templates.data?.items ?? [], regionId),
    [good, templates.data, regionId],
  );
  return { images, disks: good?.disks ?? [], isLoading: goods.isLoading, error: goods.error, refetch: () => void goods.refetch() };
}
