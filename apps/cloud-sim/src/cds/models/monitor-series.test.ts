import { cdsCcsInstanceOps } from '@console/api-types';
import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE } from '../../util/time';
import {
  dailyLoad,
  minuteSample,
  monitorSeries,
  pointCount,
  type SeriesQuery,
} from './monitor-series';

// Monday 2025-06-02 00:00 Beijing time.
const MONDAY = Date.UTC(2025, 5, 1, 16, 0, 0);
const base: SeriesQuery = {
  instanceId: '3f1c2a9e-7b7d-4c55-9a1e-0d1f2e3a4b5c',
  metric: 'CPUUtilization',
  deviceId: '',
  deviceKind: 'instance',
  period: 60,
  startMs: MONDAY,
  endMs: MONDAY + DAY,
  createdAt: MONDAY - 30 * DAY,
  nowMs: MONDAY + 30 * DAY,
  power: 'on',
};
const q = (over: Partial<SeriesQuery>): SeriesQuery => ({ ...base, ...over });
const values = (points: { value: number | null }[]) =>
  points.map((p) => p.value).filter((v): v is number => v !== null);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('monitorSeries', () => {
  it('gives the same answer for the same query and another for another instance or device', () => {
    expect(monitorSeries(q({}))).toEqual(monitorSeries(q({})));
    expect(monitorSeries(q({ instanceId: 'another' }))).not.toEqual(monitorSeries(q({})));
    const disk = q({ metric: 'DiskReadIOPS', deviceKind: 'data-disk', deviceId: 'a' });
    expect(monitorSeries(disk)).not.toEqual(monitorSeries({ ...disk, deviceId: 'b' }));
  });

  it('answers one point per period starting in [start, end), aligned to the period', () => {
    expect(monitorSeries(q({ endMs: MONDAY + HOUR }))).toHaveLength(60);
    expect(monitorSeries(q({ period: 900 }))).toHaveLength(96);
    const week = monitorSeries(q({ endMs: MONDAY + 7 * DAY }));
    expect(week).toHaveLength(10_080);
    expect(pointCount(MONDAY, MONDAY + 7 * DAY, 60)).toBe(10_080);
    const odd = monitorSeries(
      q({ period: 3600, startMs: MONDAY + 10 * MINUTE, endMs: MONDAY + 5 * HOUR }),
    );
    expect(odd.map((p) => (p.t - MONDAY) / HOUR)).toEqual([1, 2, 3, 4]);
    expect(pointCount(MONDAY + 10 * MINUTE, MONDAY + 5 * HOUR, 3600)).toBe(4);
  });

  it('has no points before the instance was created or after now', () => {
    const created = MONDAY + 6 * HOUR + 30 * MINUTE;
    const points = monitorSeries(q({ createdAt: created, nowMs: MONDAY + 8 * HOUR + 20 * 1000 }));
    expect(points[0]!.t).toBe(created);
    expect(points.at(-1)!.t).toBe(MONDAY + 8 * HOUR);
    expect(points).toHaveLength(91);
  });

  it('gives the hour an instance was created in a point, from its first whole minute', () => {
    const created = MONDAY + 6 * HOUR + 20 * MINUTE + 30 * 1000;
    const hourly = monitorSeries(q({ period: 3600, createdAt: created, startMs: MONDAY, endMs: MONDAY + 9 * HOUR, nowMs: MONDAY + 9 * HOUR }));
    expect(hourly.map((p) => (p.t - MONDAY) / HOUR)).toEqual([6, 7, 8]);
    // The 06:00 point averages 06:21 to 06:59 only: the minutes before creation do not count.
    const minutes = monitorSeries(q({ period: 60, createdAt: created, startMs: MONDAY + 6 * HOUR, endMs: MONDAY + 7 * HOUR, nowMs: MONDAY + 9 * HOUR }));
    expect(minutes[0]!.t).toBe(MONDAY + 6 * HOUR + 21 * MINUTE);
    const values = minutes.map((p) => p.value).filter((v): v is number => v !== null);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(hourly[0]!.value).toBeCloseTo(mean, 1);
  });

  it('reads zero for a stopped machine, with no gaps', () => {
    for (const metric of cdsCcsInstanceOps.CDS_MONITOR_METRICS) {
      const points = monitorSeries(
        q({ metric, power: 'off', deviceKind: 'public-nic', deviceId: 'n' }),
      );
      expect(points).toHaveLength(1440);
      expect(new Set(points.map((p) => p.value))).toEqual(new Set([0]));
    }
  });

  it('keeps every metric in its range: percentages up to 100, counts and rates not negative', () => {
    for (const metric of cdsCcsInstanceOps.CDS_MONITOR_METRICS) {
      const vs = values(monitorSeries(q({ metric, deviceKind: 'private-nic', deviceId: 'x' })));
      expect(vs.length).toBeGreaterThan(1300);
      expect(Math.min(...vs)).toBeGreaterThanOrEqual(0);
      if (metric.endsWith('Utilization')) expect(Math.max(...vs)).toBeLessThanOrEqual(100);
      if (metric.endsWith('BPS') || metric.endsWith('Rate'))
        expect(vs.every(Number.isInteger)).toBe(true);
      expect(Math.max(...vs)).toBeGreaterThan(0);
    }
  });

  it('follows a daily cycle: afternoons are busier than the small hours', () => {
    for (const id of ['a', 'b', 'c']) {
      const day = monitorSeries(q({ instanceId: id }));
      const at = (h0: number, h1: number) =>
        mean(values(day.filter((p) => p.t >= MONDAY + h0 * HOUR && p.t < MONDAY + h1 * HOUR)));
      expect(at(14, 18)).toBeGreaterThan(at(2, 6) + 5);
    }
    expect(dailyLoad(MONDAY + 4 * HOUR)).toBeCloseTo(0);
    expect(dailyLoad(MONDAY + 16 * HOUR)).toBeCloseTo(1);
    expect(dailyLoad(MONDAY - 8 * HOUR)).toBeCloseTo(0.7); // Sunday 16:00
  });

  it('has occasional spikes well above the usual level', () => {
    const vs = values(monitorSeries(q({ endMs: MONDAY + 7 * DAY })));
    expect(Math.max(...vs)).toBeGreaterThan(median(vs) + 20);
  });

  it('has a few deterministic gaps (null), the same in every metric when the agent is down', () => {
    const week = q({ endMs: MONDAY + 7 * DAY });
    const cpu = monitorSeries(week);
    const nulls = cpu.filter((p) => p.value === null);
    expect(nulls.length).toBeGreaterThan(3);
    expect(nulls.length).toBeLessThan(cpu.length * 0.03);
    const ram = monitorSeries({ ...week, metric: 'RAMUtilization' });
    const ramNull = new Set(ram.filter((p) => p.value === null).map((p) => p.t));
    const shared = nulls.filter((p) => ramNull.has(p.t));
    expect(shared.length).toBeGreaterThan(1);
  });

  it('makes a coarse point the mean of its one-minute samples', () => {
    const fine = monitorSeries(q({ endMs: MONDAY + 2 * HOUR }));
    const coarse = monitorSeries(q({ period: 900, endMs: MONDAY + 2 * HOUR }));
    expect(coarse).toHaveLength(8);
    coarse.forEach((p, i) => {
      const inside = values(fine.slice(i * 15, i * 15 + 15));
      if (inside.length === 0) expect(p.value).toBeNull();
      else expect(p.value!).toBeCloseTo(mean(inside), 1);
    });
  });

  it('derives disk throughput from the IOPS of the same direction (a block size of 8–60 KiB)', () => {
    const disk = { deviceKind: 'data-disk' as const, deviceId: 'd1', endMs: MONDAY + 6 * HOUR };
    const iops = monitorSeries(q({ ...disk, metric: 'DiskWriteIOPS' }));
    const bps = monitorSeries(q({ ...disk, metric: 'DiskWriteBPS' }));
    iops.forEach((p, i) => {
      const b = bps[i]!.value;
      if (p.value === null || b === null || p.value < 1) return;
      const block = b / p.value;
      expect(block).toBeGreaterThan(8192 * 0.75);
      expect(block).toBeLessThan(61440 * 1.25);
    });
  });

  it('returns a sample per minute, null only on gaps', () => {
    const minute = MONDAY / MINUTE + 600;
    expect(minuteSample(base, minute)).toBe(minuteSample(base, minute));
    expect(minuteSample(q({ power: 'off' }), minute)).toBe(0);
  });
});
