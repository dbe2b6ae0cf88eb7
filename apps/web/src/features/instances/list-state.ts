import { isIpv4, type Instance } from '@console/api-types/client';
import { regionFrom } from '../../context/region';
import { PAGE_SIZES, type PageSize } from '../../kit/paging';

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
  status?: StatusFilter;
  q?: string;
  region?: string;
}

export const DEFAULT_PAGE_SIZE: PageSize = 10;

/** Reads the list state from search params; anything malformed falls back to the default. */
export function parseListState(params: URLSearchParams): InstanceListState {
  const page = Number(params.get('page'));
  const size = Number(params.get('size'));
  const status = params.get('status');
  const q = params.get('q')?.trim();
  const vdc = params.get('vdc')?.trim();
  return {
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? (size as PageSize) : DEFAULT_PAGE_SIZE,
    vdc: vdc || undefined,
    status: (INSTANCE_STATUSES as readonly string[]).includes(status ?? '') ? (status as StatusFilter) : undefined,
    q: q || undefined,
    region: regionFrom(params),
  };
}

/** The search params of a state, defaults left out so links stay short; a stable order. */
export function serializeListState(state: InstanceListState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.region) p.set('region', state.region);
  if (state.vdc) p.set('vdc', state.vdc);
  if (state.status) p.set('status', state.status);
  if (state.q) p.set('q', state.q);
  if (state.page > 1) p.set('page', String(state.page));
  if (state.size !== DEFAULT_PAGE_SIZE) p.set('size', String(state.size));
  return p;
}

/** A change of filter goes back to page 1; only a page change keeps the page. */
export function withFilter(state: InstanceListState, change: Partial<Omit<InstanceListState, 'page'>>): InstanceListState {
  return { ...state, ...change, page: 1 };
}

const PRIVATE_V4 = /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/;

/** A public IPv4 address that the API can filter by (PublicIp); private ones are searched locally. */
export const isPublicIpSearch = (q: string | undefined): q is string => !!q && isIpv4(q) && !PRIVATE_V4.test(q);

export type ServerFilter = { VdcId?: string; PublicIp?: string };

/** Why a list is filtered in the browser rather than by the API. */
export type LocalReason = 'status' | 'name' | 'region';

export type QueryPlan =
  | { mode: 'server'; input: ServerFilter & { PageNumber: number; PageSize: number } }
  | { mode: 'local'; input: ServerFilter; reasons: LocalReason[] };

/**
 * DescribeInstances filters only by VdcId, InstanceId and PublicIp. Anything else (status,
 * a name, a region) means fetching every page and filtering here.
 */
export function planQuery(state: InstanceListState): QueryPlan {
  const filter: ServerFilter = {};
  if (state.vdc) filter.VdcId = state.vdc;
  if (isPublicIpSearch(state.q)) filter.PublicIp = state.q;
  const reasons: LocalReason[] = [];
  if (state.status) reasons.push('status');
  if (state.q && !filter.PublicIp) reasons.push('name');
  if (state.region) reasons.push('region');
  if (reasons.length) return { mode: 'local', input: filter, reasons };
  return { mode: 'server', input: { ...filter, PageNumber: state.page, PageSize: state.size } };
}

/** Matches a search text against name, id and every address, case-insensitively. */
export function matchesSearch(i: Instance, q: string): boolean {
  const needle = q.trim().toLowerCase();
  if (!needle) return true;
  return [i.name, i.id, ...i.publicIps, ...i.privateIps].some((v) => v.toLowerCase().includes(needle));
}

/** The client-side part of a local plan: status, search text and region. */
export function filterLocally(items: readonly Instance[], state: InstanceListState): Instance[] {
  return items.filter(
    (i) =>
      (!state.status || i.status === state.status) &&
      (!state.region || i.regionId === state.region) &&
      (!state.q || isPublicIpSearch(state.q) || matchesSearch(i, state.q)),
  );
}
