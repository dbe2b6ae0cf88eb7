import type { Bill, BillItem } from '@console/api-types/client';
import { describe, expect, it } from 'vitest';
import { billTotal, breakdown, compare, dailyByType, sortRows, typesByCost } from './aggregate';

const item = (id: string, type: string, cost: number, over: Partial<BillItem> = {}): BillItem => ({
  resourceId: id, resourceName: `n-${id}`, resourceType: type, regionId: 'CN_Beijing_A', vdcId: 'v1', vdcName: 'Prod', totalCost: cost, ...over,
});
const bill = (items: BillItem[]): Bill => ({ totalMasterCost: 0, totalViceCost: items.reduce((s, i) => s + i.totalCost, 0), items });

describe('cost aggregation', () => {
  const days = [
    { day: '2025-03-01', bill: bill([item('a', 'vm', 10.1), item('b', 'wan', 0.2)]) },
    { day: '2025-03-02', bill: bill([item('a', 'vm', 10.2), item('c', 'disk', 1.1)]) },
  ];

  it('stacks each day by type, with every type on every day', () => {
    const types = typesByCost(days);
    expect(types).toEqual(['vm', 'disk', 'wan']);
    expect(dailyByType(days, types)).toEqual([
      { day: '2025-03-01', vm: 10.1, disk: 0, wan: 0.2 },
      { day: '2025-03-02', vm: 10.2, disk: 1.1, wan: 0 },
    ]);
  });

  it('breaks a bill down by type, VDC and region in cents, with shares', () => {
    const items = [item('a', 'vm', 0.1), item('b', 'vm', 0.2), item('c', 'ip', 0.7, { vdcId: 'v2', vdcName: 'Test', regionId: 'US_Dallas_A' })];
    const byType = breakdown(items, 'type');
    expect(byType).toEqual([
      { key: 'vm', label: 'vm', cost: 0.3, share: 0.3, count: 2 },
      { key: 'ip', label: 'ip', cost: 0.7, share: 0.7, count: 1 },
    ]);
    expect(breakdown(items, 'vdc').map((r) => [r.label, r.cost])).toEqual([['Prod', 0.3], ['Test', 0.7]]);
    expect(breakdown(items, 'region').map((r) => r.key)).toEqual(['CN_Beijing_A', 'US_Dallas_A']);
    expect(breakdown(items, 'resource')[2]).toMatchObject({ key: 'c', label: 'n-c', count: 1, item: items[2] });
    expect(breakdown([], 'type')).toEqual([]);
  });

  it('sorts by any column either way, ties by key', () => {
    const rows = breakdown([item('a', 'vm', 2), item('b', 'disk', 5), item('c', 'ip', 2)], 'resource');
    expect(sortRows(rows, 'cost', 'desc').map((r) => r.key)).toEqual(['b', 'a', 'c']);
    expect(sortRows(rows, 'cost', 'asc').map((r) => r.key)).toEqual(['a', 'c', 'b']);
    expect(sortRows(rows, 'label', 'desc').map((r) => r.label)).toEqual(['n-c', 'n-b', 'n-a']);
  });

  it('adds master and vice, and compares with the previous period', () => {
    expect(billTotal({ totalMasterCost: 0.1, totalViceCost: 0.2 })).toBe(0.3);
    expect(compare(120, 100)).toEqual({ current: 120, previous: 100, change: 20, ratio: 0.2 });
    expect(compare(5, 0).ratio).toBeUndefined();
  });
});
