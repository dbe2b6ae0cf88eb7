import type { SecurityGroup } from '@console/api-types/client';

/**
 * The list's state in the URL: search text, type, page. DescribeSecurityGroups answers every
 * group at once (no paging parameters are documented), so the page is cut here; the keyword and
 * type are sent to the cloud, which filters.
 */
export interface GroupListState {
  keyword?: string;
  type?: 'public' | 'private';
  page: number;
}

export const PAGE_SIZE = 20;

export function parseGroupState(params: URLSearchParams): GroupListState {
  const page = Number(params.get('page'));
  const keyword = params.get('q')?.trim();
  const type = params.get('type');
  return {
    keyword: keyword ? keyword.slice(0, 64) : undefined,
    type: type === 'public' || type === 'private' ? type : undefined,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

export function serializeGroupState(s: GroupListState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.keyword) p.set('q', s.keyword);
  if (s.type) p.set('type', s.type);
  if (s.page > 1) p.set('page', String(s.page));
  return p;
}

/** DescribeSecurityGroups' input for a state. */
export const groupsInput = (s: GroupListState) => ({
  ...(s.keyword ? { Keyword: s.keyword } : {}),
  ...(s.type ? { SecurityGroupType: s.type } : {}),
});

/** One page of the answered list, the page clamped to the last. */
export function pageOf(items: readonly SecurityGroup[], page: number) {
  const pageCount = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const current = Math.min(page, pageCount);
  return {
    items: items.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE),
    page: current,
    pageCount,
  };
}
