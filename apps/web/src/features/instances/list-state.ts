import { INSTANCE_SORT_KEYS } from '@console/api-types/client';
import { regionFrom } from '../../context/region';
import { PAGE_SIZES, type PageSize } from '../../kit/paging';
import { parseSortParam, sortParam, type SortState } from '../../kit/table/sort';
import { listParam, parseListParam } from '../../kit/table/url-list';

/** The status filter's choices (the words CDS answers). */
export const INSTANCE_STATUSES = [
  'running',
  'stop',
  'stopping',
  'starting',
  'creating',
  'deleting',
  'updating',
  'error',
] as const;
export type StatusFilter = (typeof INSTANCE_STATUSES)[number];

/** Everything that decides what the instances list shows; it lives in the URL (lesson 5). */
export interface InstanceListState {
  page: number;
  size: PageSize;
  vdc?: string;
  /** Any of these statuses (none: every status). */
  status?: StatusFilter[];
  q?: string;
  region?: string;
  /** By a column of the list, over every instance (the server sorts); the cloud's order (newest first) when absent. */
  sort?: SortState;
}

export const DEFAULT_PAGE_SIZE: PageSize = 10;

/** Reads the list state from search params; anything malformed falls back to the default. */
export function parseListState(params: URLSearchParams): InstanceListState {
  const page = Number(params.get('page'));
  const size = Number(params.get('size'));
  const q = params.get('q')?.trim();
  const vdc = params.get('vdc')?.trim();
  const status = parseListParam(params.get('status'), INSTANCE_STATUSES);
  const sort = parseSortParam(params.get('sort'), INSTANCE_SORT_KEYS);
  const state: InstanceListState = {
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? (size as PageSize) : DEFAULT_PAGE_SIZE,
  };
  if (vdc) state.vdc = vdc;
  if (status.length) state.status = status;
  if (q) state.q = q;
  const region = regionFrom(params);
  if (region) state.region = region;
  if (sort) state.sort = sort;
  return state;
}

/** The search params of a state, defaults left out so links stay short; a stable order. */
export function serializeListState(state: InstanceListState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.region) p.set('region', state.region);
  if (state.vdc) p.set('vdc', state.vdc);
  const status = listParam(state.status);
  if (status) p.set('status', status);
  if (state.q) p.set('q', state.q);
  const sort = sortParam(state.sort);
  if (sort) p.set('sort', sort);
  if (state.page > 1) p.set('page', String(state.page));
  if (state.size !== DEFAULT_PAGE_SIZE) p.set('size', String(state.size));
  return p;
}

/** A change of filter or order goes back to page 1; only a page change keeps the page. */
export function withFilter(
  state: InstanceListState,
  change: Partial<Omit<InstanceListState, 'page'>>,
): InstanceListState {
  return { ...state, ...change, page: 1 };
}

/** The query of the BFF's inventory route for a state (GET /api/inventory/cds/instances). */
export function inventoryParams(state: InstanceListState, account?: string): URLSearchParams {
  const p = new URLSearchParams();
  if (account) p.set('account', account);
  if (state.q) p.set('q', state.q);
  const status = listParam(state.status);
  if (status) p.set('status', status);
  if (state.region) p.set('region', state.region);
  if (state.vdc) p.set('vdc', state.vdc);
  if (state.sort) {
    p.set('sort', state.sort.key);
    p.set('order', state.sort.dir);
  }
  p.set('page', String(state.page));
  p.set('size', String(state.size));
  return p;
}
