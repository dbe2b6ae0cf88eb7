import { PAGE_SIZES, type PageSize } from '../../kit/paging';
import { parseSortParam, sortParam, type SortState } from '../../kit/table/sort';

/**
 * The list's state in the URL: search text, type, order, page and its size. DescribeSecurityGroups
 * answers every group at once (no paging parameters are documented), so the list is sorted and
 * the page cut here; the keyword and type are sent to the cloud, which filters.
 */
export interface GroupListState {
  keyword?: string;
  type?: 'public' | 'private';
  sort?: SortState;
  page: number;
  size: PageSize;
}

export const DEFAULT_GROUP_SIZE: PageSize = 20;
export const GROUP_SORT_KEYS = ['name', 'type', 'description', 'members', 'updated'] as const;

export function parseGroupState(params: URLSearchParams): GroupListState {
  const page = Number(params.get('page'));
  const size = Number(params.get('size'));
  const keyword = params.get('q')?.trim();
  const type = params.get('type');
  const sort = parseSortParam(params.get('sort'), GROUP_SORT_KEYS);
  return {
    keyword: keyword ? keyword.slice(0, 64) : undefined,
    type: type === 'public' || type === 'private' ? type : undefined,
    ...(sort ? { sort } : {}),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? (size as PageSize) : DEFAULT_GROUP_SIZE,
  };
}

export function serializeGroupState(s: GroupListState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.keyword) p.set('q', s.keyword);
  if (s.type) p.set('type', s.type);
  const sort = sortParam(s.sort);
  if (sort) p.set('sort', sort);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.size !== DEFAULT_GROUP_SIZE) p.set('size', String(s.size));
  return p;
}

/** DescribeSecurityGroups' input for a state. */
export const groupsInput = (s: GroupListState) => ({
  ...(s.keyword ? { Keyword: s.keyword } : {}),
  ...(s.type ? { SecurityGroupType: s.type } : {}),
});
