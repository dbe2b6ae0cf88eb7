import { regionFrom } from '../../context/region';
import { PAGE_SIZES, type PageSize } from '../../kit/paging';
import { parseSortParam, sortParam, type SortState } from '../../kit/table/sort';

/**
 * The VDC list's state in the URL: region (shared picker), keyword, order, page and its size.
 * The cloud filters by region and keyword; every page of its answer is fetched (an account has
 * few VDCs), so the whole list is sorted and the page cut here.
 */
export interface VdcListState {
  region?: string;
  keyword?: string;
  sort?: SortState;
  page: number;
  size: PageSize;
}

export const DEFAULT_VDC_SIZE: PageSize = 10;
export const VDC_SORT_KEYS = ['name', 'region', 'status', 'networks'] as const;

export function parseVdcState(params: URLSearchParams): VdcListState {
  const page = Number(params.get('page'));
  const size = Number(params.get('size'));
  const keyword = params.get('q')?.trim();
  const sort = parseSortParam(params.get('sort'), VDC_SORT_KEYS);
  return {
    region: regionFrom(params),
    keyword: keyword ? keyword.slice(0, 64) : undefined,
    ...(sort ? { sort } : {}),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? (size as PageSize) : DEFAULT_VDC_SIZE,
  };
}

export function serializeVdcState(s: VdcListState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.region) p.set('region', s.region);
  if (s.keyword) p.set('q', s.keyword);
  const sort = sortParam(s.sort);
  if (sort) p.set('sort', sort);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.size !== DEFAULT_VDC_SIZE) p.set('size', String(s.size));
  return p;
}

/** DescribeVdc's filters for a state (the pages are asked for by allPagesQuery). */
export const vdcInput = (s: VdcListState) => ({
  ...(s.region ? { RegionId: s.region } : {}),
  ...(s.keyword ? { Keyword: s.keyword } : {}),
});
