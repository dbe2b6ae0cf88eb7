import { INSTANCE_SORT_KEYS, type Instance, type InstanceSortKey, type SortOrder } from '@console/api-types';
import { z } from 'zod';
import { pageNumber, queryText } from '../http/parse-query';

/** The instance statuses CDS answers: the status filter takes any of them, several at once. */
export const INSTANCE_STATUS_WORDS = ['running', 'stop', 'stopping', 'starting', 'creating', 'deleting', 'updating', 'error'] as const;

/** The largest page the route answers (as DescribeInstances' own). */
export const MAX_PAGE_SIZE = 100;

/** GET /api/inventory/cds/instances?account=&q=&status=running,stop&region=&vdc=&sort=name&order=asc&page=1&size=20 */
export const instanceQuery = z.object({
  account: queryText(128).optional(),
  q: queryText(128).optional(),
  status: queryText(200)
    .transform((s) => [...new Set(s.split(',').map((w) => w.trim()).filter(Boolean))])
    .pipe(z.array(z.enum(INSTANCE_STATUS_WORDS, { error: `each status is one of ${INSTANCE_STATUS_WORDS.join(', ')}` })))
    .optional(),
  region: queryText(64).optional(),
  vdc: queryText(64).optional(),
  sort: z.enum(INSTANCE_SORT_KEYS, { error: `sort is one of ${INSTANCE_SORT_KEYS.join(', ')}` }).optional(),
  order: z.enum(['asc', 'desc'], { error: 'order is asc or desc' }).default('asc'),
  page: pageNumber().default(1),
  size: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1).max(MAX_PAGE_SIZE).default(20),
});
export type InstanceQuery = z.output<typeof instanceQuery>;

/** An inventory's instances in the cloud's order, with what search and sort need worked out once per refresh. */
export interface IndexedInstances {
  items: readonly Instance[];
  /** Name, id and every address, lower case, per item (same index). */
  haystacks: readonly string[];
  /** Sorted orders already asked for (indexes into items), kept until the next refresh. */
  sorted: Map<string, Uint32Array>;
}

export function indexInstances(items: readonly Instance[]): IndexedInstances {
  return {
    items,
    haystacks: items.map((i) => [i.name, i.id, ...i.publicIps, ...i.privateIps].join('\n').toLowerCase()),
    sorted: new Map(),
  };
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const ipValue = (ips: readonly string[]) => {
  const ip = ips[0];
  if (!ip) return -1;
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
};
const text = (a: string, b: string) => collator.compare(a, b);
const num = (a: number, b: number) => a - b;

/** How each column compares two instances (ascending); ties keep the cloud's order (newest first). */
const COMPARE: Record<InstanceSortKey, (a: Instance, b: Instance) => number> = {
  name: (a, b) => text(a.name || a.id, b.name || b.id),
  status: (a, b) => text(a.status, b.status),
  vdc: (a, b) => text(a.vdcName || a.vdcId, b.vdcName || b.vdcId),
  region: (a, b) => text(a.regionId, b.regionId),
  spec: (a, b) => num(a.cpu ?? -1, b.cpu ?? -1) || num(a.ram ?? -1, b.ram ?? -1),
  publicIp: (a, b) => num(ipValue(a.publicIps), ipValue(b.publicIps)),
  privateIp: (a, b) => num(ipValue(a.privateIps), ipValue(b.privateIps)),
  charge: (a, b) => text(a.chargeType, b.chargeType),
  // CDS times are "YYYY-MM-DD hh:mm:ss": text order is time order.
  created: (a, b) => (a.createdAt ?? '').localeCompare(b.createdAt ?? ''),
};

/** The items' indexes in the asked order, worked out once per inventory and order. */
function order(inv: IndexedInstances, sort: InstanceSortKey | undefined, dir: SortOrder): ArrayLike<number> | undefined {
  if (!sort) return undefined;
  const key = `${sort} ${dir}`;
  let idx = inv.sorted.get(key);
  if (!idx) {
    const cmp = COMPARE[sort];
    const sign = dir === 'asc' ? 1 : -1;
    const ids = Array.from(inv.items, (_, n) => n);
    ids.sort((x, y) => sign * cmp(inv.items[x]!, inv.items[y]!) || x - y);
    idx = Uint32Array.from(ids);
    inv.sorted.set(key, idx);
  }
  return idx;
}

export interface SearchResult {
  items: Instance[];
  totalCount: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

/**
 * Filters (text over name, id and addresses; any of the statuses; region; VDC), sorts and pages
 * the inventory in one pass. A page past the end has no items; pageCount tells where the end is.
 */
export function searchInstances(inv: IndexedInstances, q: Pick<InstanceQuery, 'q' | 'status' | 'region' | 'vdc' | 'sort' | 'order' | 'page' | 'size'>): SearchResult {
  const needle = q.q?.trim().toLowerCase();
  const statuses = q.status?.length ? new Set<string>(q.status) : undefined;
  const keep = (n: number) => {
    const i = inv.items[n]!;
    return (
      (!statuses || statuses.has(i.status)) &&
      (!q.region || i.regionId === q.region) &&
      (!q.vdc || i.vdcId === q.vdc) &&
      (!needle || inv.haystacks[n]!.includes(needle))
    );
  };
  const sorted = order(inv, q.sort, q.order);
  const start = (q.page - 1) * q.size;
  const items: Instance[] = [];
  let total = 0;
  const count = inv.items.length;
  for (let k = 0; k < count; k++) {
    const n = sorted ? sorted[k]! : k;
    if (!keep(n)) continue;
    if (total >= start && items.length < q.size) items.push(inv.items[n]!);
    total++;
  }
  return { items, totalCount: total, page: q.page, pageSize: q.size, pageCount: Math.max(1, Math.ceil(total / q.size)) };
}
