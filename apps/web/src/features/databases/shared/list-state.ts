import { regionFrom } from '../../../context/region';
import { PAGE_SIZES, type PageSize } from '../../../kit/paging';
import { parseSortParam, sortParam, type SortState } from '../../../kit/table/sort';
import { listParam, parseListParam } from '../../../kit/table/url-list';

/**
 * A database list's state in the URL: the shared region picker, any statuses (a comma list), a
 * search (name, id or address), the order, the page and its size. The APIs filter by name, id or
 * IP only, and answer every instance at once, so the rest is filtered, sorted and paged here.
 */
export interface DbListState {
  region?: string;
  status: DbStatus[];
  q?: string;
  sort?: SortState;
  page: number;
  size: PageSize;
}

export const DB_STATUSES = ['running', 'creating', 'updating', 'deleting', 'error'] as const;
export type DbStatus = (typeof DB_STATUSES)[number];
/** The columns a database list sorts by (each list's columns say how). */
export const DB_SORT_KEYS = ['name', 'status', 'version', 'spec', 'memory', 'conf', 'address', 'where', 'created'] as const;

export function parseDbListState(p: URLSearchParams): DbListState {
  const page = Number(p.get('page'));
  const size = Number(p.get('size'));
  const q = p.get('q')?.trim();
  const sort = parseSortParam(p.get('sort'), DB_SORT_KEYS);
  return {
    region: regionFrom(p),
    status: parseListParam(p.get('status'), DB_STATUSES),
    q: q ? q.slice(0, 64) : undefined,
    ...(sort ? { sort } : {}),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? (size as PageSize) : PAGE_SIZES[0],
  };
}

export function serializeDbListState(s: DbListState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.region) p.set('region', s.region);
  const status = listParam(s.status);
  if (status) p.set('status', status);
  if (s.q) p.set('q', s.q);
  const sort = sortParam(s.sort);
  if (sort) p.set('sort', sort);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.size !== PAGE_SIZES[0]) p.set('size', String(s.size));
  return p;
}

export interface Filterable {
  id: string;
  name: string;
  status: string;
  regionId?: string;
  address: string;
}

/** The rows the state lets through: same region (where the row names one), one of the statuses (any case), search in name, id or address. */
export function filterDbRows<T>(rows: readonly T[], s: DbListState, view: (row: T) => Filterable): T[] {
  const q = s.q?.toLowerCase();
  return rows.filter((row) => {
    const r = view(row);
    // Memcached's list answers a site name but no region id: such rows are not filtered by region.
    if (s.region && r.regionId !== undefined && r.regionId !== s.region) return false;
    if (s.status.length && !(s.status as readonly string[]).includes(r.status.toLowerCase())) return false;
    return !q || [r.name.toLowerCase(), r.id.toLowerCase(), r.address].some((v) => v.includes(q));
  });
}

/** States a task is still changing: lists poll fast while one shows. */
export const isTransitional = (status: string) => ['creating', 'updating', 'deleting', 'doing'].includes(status.toLowerCase());
