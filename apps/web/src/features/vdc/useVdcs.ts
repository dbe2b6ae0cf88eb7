import { cdsNetwork } from '@console/api-types/client';
import { useQuery } from '@tanstack/react-query';
import { allPagesQuery } from '../../api/query';
import { useAccountId } from '../../context/AccountContext';

/** Every VDC of a region (or of all regions) of the picked account, for pickers; VDC lists are short, so all pages at once. */
export function useVdcs(regionId: string | undefined, enabled = true) {
  const account = useAccountId();
  return useQuery({
    ...allPagesQuery(cdsNetwork.DescribeVdc, regionId ? { RegionId: regionId } : {}, account),
    staleTime: 60_000,
    enabled,
  });
}
