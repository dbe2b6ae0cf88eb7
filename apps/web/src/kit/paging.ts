import type { Page } from '@console/api-types/client';
import { columnSortValue, sortRows, type SortState, type SortValue } from './table/sort';

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

/** One page of an already filtered list, for client-side paging. The page is clamped into range. */
export function pageLocally<T>(items: readonly T[], page: number, size: number): Page<T> {
  const pageCount = Math.max(1, Math.ceil(items.length / size));
  const pageNumber = Math.min(Math.max(1, page), pageCount);
  const start = (pageNumber - 1) * size;
  return { items: items.slice(start, start + size), pageNumber, pageCount, totalCount: items.length };
}

/**
 * One page of a list paged in the browser, sorted as a whole first (page 2 continues page 1's
 * order). Each column's `sortValue` says what it orders by, else the row's field of its key.
 */
export function sortAndPageLocally<T>(
  items: readonly T[],
  sort: SortState | undefined,
  columns: readonly { key: string; sortValue?: (row: T) => SortValue }[],
  page: number,
  size: number,
): Page<T> {
  return pageLocally(sortRows(items, sort, columnSortValue(columns)), page, size);
}
