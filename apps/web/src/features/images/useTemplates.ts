import { cdsCcsCommon, cdsCcsTemplates, type Template } from '@console/api-types/client';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { actionQuery, allPagesQuery } from '../../api/query';
import { useAccountId } from '../../context/AccountContext';
import { imagesInput, TEMPLATE_PAGE, templateVisibility, visibilityRegions, type ImagesState, type Visibility } from './images-state';

/** Templates change state while they are made, copied or deleted: poll fast then. */
const BUSY = /ing$/i;
export const templatesPollMs = (items: readonly Template[] | undefined) =>
  items?.some((tpl) => BUSY.test(tpl.status) || tpl.regions.some((r) => BUSY.test(r.status))) ? 3000 : 30_000;

/**
 * Every template matching the keyword (DescribeTemplateInfo searches on the server; all its pages
 * are fetched so the list sorts as a whole), each with its visibility: public when its region
 * offers it as a PublicImage.
 */
export function useTemplates(state: Pick<ImagesState, 'q'>) {
  const account = useAccountId();
  const query = useQuery({
    ...allPagesQuery(cdsCcsTemplates.DescribeTemplateInfo, { PageNumber: 1, PageSize: TEMPLATE_PAGE, ...imagesInput(state) }, account, TEMPLATE_PAGE),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => templatesPollMs(q.state.data?.items),
    refetchIntervalInBackground: false,
  });
  const regions = useMemo(() => visibilityRegions(query.data?.items ?? []), [query.data]);
  const goods = useQueries({
    queries: regions.map((RegionId) => ({ ...actionQuery(cdsCcsCommon.DescribeAvailableResource, { RegionId }, account), staleTime: 5 * 60_000 })),
  });
  const publicKey = goods.map((g) => g.dataUpdatedAt).join(',');
  const publicIds = useMemo(
    () => new Set(goods.flatMap((g) => g.data?.instanceGoods.flatMap((ig) => ig.images.filter((i) => i.visibility === 'public').map((i) => i.id)) ?? [])),
    // The goods array is new on every render; its answers' times say when it changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [publicKey],
  );
  const answeredKey = goods.map((g) => (g.isSuccess ? 1 : 0)).join('');
  const answered = useMemo(
    () => new Set(regions.filter((_, k) => goods[k]?.isSuccess)),
    // As above: which regions have answered changes only with these flags.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [regions, answeredKey],
  );
  const items = useMemo(
    () => query.data?.items.map((tpl) => ({ ...tpl, visibility: templateVisibility(tpl, publicIds, answered) })),
    [query.data, publicIds, answered],
  );
  return { query, items };
}

export type TemplateRow = Template & { visibility: Visibility };
