/** Which column a list is sorted by, and which way. */
export interface SortState {
  key: string;
  dir: 'asc' | 'desc';
}

export type SortValue = string | number | undefined | null;

/** A header click: a new column sorts ascending, the same column flips, a third click unsorts. */
export function nextSort(current: SortState | undefined, key: string): SortState | undefined {
  if (current?.key !== key) return { key, dir: 'asc' };
  return current.dir === 'asc' ? { key, dir: 'desc' } : undefined;
}

/** `?sort=name` ascending, `?sort=-name` descending; unknown columns are ignored (an old link). */
export function parseSortParam(raw: string | null | undefined, keys?: readonly string[]): SortState | undefined {
  const m = /^(-?)([A-Za-z][\w.]{0,39})$/.exec(raw?.trim() ?? '');
  if (!m) return undefined;
  const key = m[2]!;
  if (keys && !keys.includes(key)) return undefined;
  return { key, dir: m[1] ? 'desc' : 'asc' };
}

export const sortParam = (s: SortState | undefined): string | undefined => (s ? `${s.dir === 'desc' ? '-' : ''}${s.key}` : undefined);

// Made on first use: an Intl object is slow to make (locale data), and most lists sort on the server.
let collator: Intl.Collator | undefined;

/** Numbers by value, text by a natural order (web-2 before web-10); empty values last either way. */
export function compareValues(a: SortValue, b: SortValue): number {
  const emptyA = a === undefined || a === null || a === '';
  const emptyB = b === undefined || b === null || b === '';
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  collator ??= new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  return collator.compare(String(a), String(b));
}

/**
 * The whole list in the order asked for (a copy), for lists paged in the browser: sort first, then
 * cut the page, so page 2 continues page 1. Stable: equal rows keep the cloud's order.
 */
export function sortRows<T>(rows: readonly T[], sort: SortState | undefined, valueOf: (row: T, key: string) => SortValue): T[] {
  if (!sort) return [...rows];
  const sign = sort.dir === 'desc' ? -1 : 1;
  return rows
    .map((row, i) => ({ row, i, v: valueOf(row, sort.key) }))
    .sort((x, y) => {
      const emptyX = x.v === undefined || x.v === null || x.v === '';
      const emptyY = y.v === undefined || y.v === null || y.v === '';
      // Empty values stay last in both directions.
      if (emptyX || emptyY) return emptyX === emptyY ? x.i - y.i : emptyX ? 1 : -1;
      return sign * compareValues(x.v, y.v) || x.i - y.i;
    })
    .map((x) => x.row);
}

/** A column's sort value: its `sortValue`, else the row's field of the column's key. */
export function columnSortValue<T>(columns: readonly { key: string; sortValue?: (row: T) => SortValue }[]) {
  return (row: T, key: string): SortValue => {
    const c = columns.find((col) => col.key === key);
    if (c?.sortValue) return c.sortValue(row);
    const v = (row as Record<string, unknown>)[key];
    return typeof v === 'string' || typeof v === 'number' ? v : undefined;
  };
}
