import type { MeteringPool } from '@console/api-types/client';
import { describe, expect, it } from 'vitest';
import { chartDays, endTime, meteringRows, parseMeteringState, poolTotals, serializeMeteringState, usedShare } from './metering';

const pool = (id: string, cold: number, warm: number, totalSize = 1000): MeteringPool => ({ id, name: `p${id}`, totalSize, cold, warm });

describe('metering page state and sums', () => {
  it('reads the end day and pool from the URL; a future or broken day is today', () => {
    expect(parseMeteringState(new URLSearchParams('end=2025-01-10&pool=2001'), '2025-03-01')).toEqual({ end: '2025-01-10', pool: '2001' });
    expect(parseMeteringState(new URLSearchParams('end=2025-04-10'), '2025-03-01')).toEqual({ end: '2025-03-01' });
    expect(parseMeteringState(new URLSearchParams('end=2025-02-30'), '2025-03-01')).toEqual({ end: '2025-03-01' });
    expect(serializeMeteringState({ end: '2025-03-01' }, '2025-03-01').toString()).toBe('');
    expect(serializeMeteringState({ end: '2025-01-10', pool: '2001' }, '2025-03-01').toString()).toBe('end=2025-01-10&pool=2001');
  });

  it('asks EndTime as the document writes it and charts the 30 days up to the end', () => {
    expect(endTime('2019-11-01')).toBe('20191101');
    const days = chartDays('2025-03-01');
    expect(days).toHaveLength(30);
    expect(days[0]).toBe('2025-01-31');
    expect(days.at(-1)).toBe('2025-03-01');
  });

  it('adds pools up and charts each pool, or one pool’s tiers', () => {
    const pools = [pool('1', 10.111, 2.222), pool('2', 1, 1, 0)];
    expect(poolTotals(pools)).toEqual({ totalSize: 1000, cold: 11.11, warm: 3.22 });
    expect(usedShare(pools[0]!)).toBeCloseTo(0.012333, 5);
    expect(usedShare(pools[1]!)).toBe(0);
    const days = [{ day: '2025-03-01', pools }];
    expect(meteringRows(days)).toEqual([{ day: '2025-03-01', 1: 12.33, 2: 2 }]);
    expect(meteringRows(days, '1')).toEqual([{ day: '2025-03-01', cold: 10.111, warm: 2.222 }]);
  });
});
