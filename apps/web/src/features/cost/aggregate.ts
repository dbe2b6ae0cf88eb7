import type { Bill, BillItem } from '@console/api-types/client';

/**
 * What the explorer shows, computed from the bills as answered: cost per day by resource
 * type (the stacked chart), breakdowns by type, VDC, region and resource, and the comparison
 * with the previous period. Money is added in cents, so sums show exactly what the rows add
 * up to.
 */

export const toCents = (n: number) => Math.round(n * 100);
export const fromCents = (c: number) => c / 100;

/** Total of a bill as the document returns it: master plus vice account. */
export const billTotal = (b: Pick<Bill, 'totalMasterCost' | 'totalViceCost'>) =>
  fromCents(toCents(b.totalMasterCost) + toCents(b.totalViceCost));

export interface DayBill {
  day: string;
  bill: Bill;
}

/** Resource types in the order of their cost over all days (largest first). */
export function typesByCost(days: readonly DayBill[]): string[] {
  const sums = new Map<string, number>();
  for (const { bill } of days) for (const i of bill.items) sums.set(i.resourceType, (sums.get(i.resourceType) ?? 0) + toCents(i.totalCost));
  return [...sums.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
}

/** One chart row per day: { day, [type]: cost }, every type present (0 when none). */
export function dailyByType(days: readonly DayBill[], types: readonly string[]) {
  return days.map(({ day, bill }) => {
    const row: Record<string, number | string> = { day };
    for (const t of types) row[t] = 0;
    for (const i of bill.items) row[i.resourceType] = fromCents(toCents(Number(row[i.resourceType] ?? 0)) + toCents(i.totalCost));
    return row;
  });
}

export const GROUPINGS = ['type', 'vdc', 'region', 'resource'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export interface BreakdownRow {
  key: string;
  /** What the row is called: a type, a VDC's name, a region id, a resource's name. */
  label: string;
  cost: number;
  /** Share of the total, 0–1. */
  share: number;
  /** Resources in the row. */
  count: number;
  /** The resource itself, on "resource" rows. */
  item?: BillItem;
}

const keyOf: Record<Exclude<Grouping, 'resource'>, (i: BillItem) => [key: string, label: string]> = {
  type: (i) => [i.resourceType, i.resourceType],
  vdc: (i) => [i.vdcId || '-', i.vdcName || i.vdcId || '-'],
  region: (i) => [i.regionId || '-', i.regionId || '-'],
};

export function breakdown(items: readonly BillItem[], grouping: Grouping): BreakdownRow[] {
  const total = items.reduce((s, i) => s + toCents(i.totalCost), 0);
  const share = (cents: number) => (total === 0 ? 0 : cents / total);
  if (grouping === 'resource') {
    return items.map((item) => ({
      key: item.resourceId,
      label: item.resourceName || item.resourceId,
      cost: item.totalCost,
      share: share(toCents(item.totalCost)),
      count: 1,
      item,
    }));
  }
  const groups = new Map<string, { label: string; cents: number; count: number }>();
  for (const i of items) {
    const [key, label] = keyOf[grouping](i);
    const g = groups.get(key) ?? { label, cents: 0, count: 0 };
    g.cents += toCents(i.totalCost);
    g.count += 1;
    groups.set(key, g);
  }
  return [...groups.entries()].map(([key, g]) => ({ key, label: g.label, cost: fromCents(g.cents), share: share(g.cents), count: g.count }));
}

export type SortColumn = 'label' | 'cost' | 'count';
export type SortDirection = 'asc' | 'desc';

export function sortRows(rows: readonly BreakdownRow[], column: SortColumn, direction: SortDirection): BreakdownRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const d = column === 'label' ? a.label.localeCompare(b.label) : column === 'cost' ? toCents(a.cost) - toCents(b.cost) : a.count - b.count;
    return sign * d || a.key.localeCompare(b.key);
  });
}

export interface Comparison {
  current: number;
  previous: number;
  change: number;
  /** Relative change, undefined when the previous period cost nothing. */
  ratio?: number;
}

export function compare(current: number, previous: number): Comparison {
  const change = fromCents(toCents(current) - toCents(previous));
  return { current, previous, change, ratio: toCents(previous) === 0 ? undefined : change / previous };
}
