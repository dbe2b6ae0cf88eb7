import { dbPerformancePeriod, MYSQL_METRICS, type DbPerformance, type MysqlMetricKey } from '@console/api-types/client';

/** The performance tab's ranges (the document's granularity follows from each) and its chart data. */
export const PERF_RANGES = { '1h': 1, '6h': 6, '24h': 24, '7d': 168, '30d': 720 } as const;
export type PerfRange = keyof typeof PERF_RANGES;
export const isPerfRange = (v: string | null): v is PerfRange => v !== null && v in PERF_RANGES;

const HOUR = 3600_000;
/** "YYYY-MM-DD HH:mm:ss" in Beijing time, as the cloud reads and answers times. */
export const beijingTime = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 19).replace('T', ' ');
/** Epoch milliseconds of a Beijing "YYYY-MM-DD HH:mm:ss". */
export const fromBeijing = (s: string) => Date.parse(`${s.replace(' ', 'T')}+08:00`);

/** The window of a range ending now, minute-aligned so a refetch within the minute hits the cache. */
export function perfWindow(range: PerfRange, now: number) {
  const end = Math.floor(now / 60_000) * 60_000;
  const start = end - PERF_RANGES[range] * HOUR;
  return { start, end, period: dbPerformancePeriod(end - start), StartTime: beijingTime(start), EndTime: beijingTime(end) };
}

export const metricUnit = (key: MysqlMetricKey) => MYSQL_METRICS.find((m) => m.key === key)!.unit;

export interface ChartRow {
  t: number;
  [series: string]: number | null;
}

/** One row per time with a column per series (network has two: in and out); gaps stay null. */
export function chartRows(perf: DbPerformance | undefined): { rows: ChartRow[]; series: string[] } {
  if (!perf) return { rows: [], series: [] };
  const byTime = new Map<number, ChartRow>();
  for (const s of perf.series) {
    for (const p of s.points) {
      const t = fromBeijing(p.time);
      const row = byTime.get(t) ?? { t };
      row[s.name] = p.value;
      byTime.set(t, row);
    }
  }
  return { rows: [...byTime.values()].sort((a, b) => a.t - b.t), series: perf.series.map((s) => s.name) };
}

/** A value with its unit: percent with one decimal, MB/s with three, counts whole. */
export function formatValue(v: number | null | undefined, unit: string): string {
  if (v === null || v === undefined) return '—';
  if (unit === 'percent') return `${v.toFixed(1)} %`;
  if (unit === 'MB/s') return `${v.toFixed(v < 10 ? 3 : 1)} MB/s`;
  return String(Math.round(v));
}

/** An axis tick: the unit is in the chart's title, so only the number, short. */
export const axisNumber = (v: number) => (Math.abs(v) >= 100 || Number.isInteger(v) ? String(Math.round(v)) : v.toFixed(Math.abs(v) < 1 ? 2 : 1));
