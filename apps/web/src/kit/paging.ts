import type { Page } from '@console/api-types/client';

export const PAGE_SIZES = [10, 20, 50] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** One page of an already filtered list, for client-side paging. The page is clamped into range. */
export function pageLocally<T>(items: readonly T[], page: number, size: number): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const pageNumber = Math.min(Math.max(1, page), pageCount);
  const start = (pageNumber - 1) * size;
  return { items: items.slice(start, start + size), pageNumber, pageCount, totalCount: items.length };
}
