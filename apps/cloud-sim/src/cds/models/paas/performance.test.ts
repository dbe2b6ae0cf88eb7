import { describe, expect, it } from 'vitest';
import { DAY, HOUR } from '../../../util/time';
import { dbSeries, type DbSeriesQuery } from './performance';

const NOW = Date.UTC(2025, 2, 12, 6, 0, 0); // Wednesday 14:00 Beijing
const q = (over: Partial<DbSeriesQuery> = {}): DbSeriesQuery => ({
  instanceId: 'a5b0c1d2-0000-4000-8000-000000000001',
  metric: 'mysql_cpu_usage',
  period: 30,
  startMs: NOW - HOUR,
  endMs: NOW,
  createdAt: NOW - 90 * DAY,
  nowMs: NOW,
  cpu: 4,
  diskGb: 500,
  ...over,
});

describe('database performance series', () => {
  it('are the same for the same query, and one point per period', () => {
    const a = dbSeries(q());
    expect(a).toHaveLength(120);
    expect(dbSeries(q())).toEqual(a);
    expect(a[1]!.t - a[0]!.t).toBe(30_000);
    expect(dbSeries(q({ period: 3600, startMs: NOW - 30 * DAY }))).toHaveLength(720);
  });

  it('a coarse point is the mean of the fine ones it covers (slow queries: their sum)', () => {
    const fine = dbSeries(q({ period: 30, startMs: NOW - HOUR / 2 }));
    const coarse = dbSeries(q({ period: 300, startMs: NOW - HOUR / 2 }));
    const firstFive = fine.slice(0, 10).map((p) => p.value!);
    expect(coarse[0]!.value).toBeCloseTo(firstFive.reduce((s, v) => s + v, 0) / 10, 1);
    const slowFine = dbSeries(q({ metric: 'mysql_slow_queries', startMs: NOW - HOUR / 2 }));
    const slowCoarse = dbSeries(q({ metric: 'mysql_slow_queries', period: 300, startMs: NOW - HOUR / 2 }));
    expect(slowCoarse[0]!.value).toBe(slowFine.slice(0, 10).reduce((s, p) => s + (p.value ?? 0), 0));
  });

  it('stay in their units’ ranges, and CPU follows the working day', () => {
    const day = (metric: DbSeriesQuery['metric']) => dbSeries(q({ metric, period: 300, startMs: NOW - DAY }));
    for (const m of ['mysql_cpu_usage', 'mysql_mem_usage', 'mysql_space_usage'] as const) {
      const values = day(m).flatMap((p) => (p.value === null ? [] : [p.value]));
      expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...values)).toBeLessThanOrEqual(100);
    }
    for (const p of day('mysql_sessions')) if (p.value !== null) expect(Number.isInteger(p.value)).toBe(true);
    const cpu = day('mysql_cpu_usage');
    const at = (beijingHour: number) => {
      const inHour = cpu.filter((p) => new Date(p.t + 8 * HOUR).getUTCHours() === beijingHour && p.value !== null);
      return inHour.reduce((s, p) => s + p.value!, 0) / inHour.length;
    };
    expect(at(15)).toBeGreaterThan(at(4));
  });

  it('have no point before creation, after now, or beyond the granularity’s retention', () => {
    expect(dbSeries(q({ createdAt: NOW - 10 * 60_000 }))).toHaveLength(20);
    expect(dbSeries(q({ endMs: NOW + HOUR }))).toHaveLength(121);
    expect(dbSeries(q({ startMs: NOW - 3 * DAY, endMs: NOW - 2 * DAY }))).toEqual([]);
    expect(dbSeries(q({ period: 60, startMs: NOW - 3 * DAY, endMs: NOW - 2 * DAY }))).toHaveLength(1440);
  });

  it('fill the disk slowly: space usage grows over a month and is lower on a larger disk', () => {
    const month = dbSeries(q({ metric: 'mysql_space_usage', period: 3600, startMs: NOW - 30 * DAY })).filter((p) => p.value !== null);
    expect(month.at(-1)!.value!).toBeGreaterThan(month[0]!.value!);
    const small = dbSeries(q({ metric: 'mysql_space_usage', diskGb: 200 }))[0]!.value!;
    const large = dbSeries(q({ metric: 'mysql_space_usage', diskGb: 1000 }))[0]!.value!;
    expect(large).toBeLessThan(small);
  });
});
