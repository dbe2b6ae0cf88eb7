import type { MysqlMetricKey } from '@console/api-types';
import { DAY } from '../../../util/time';
import { dailyLoad, hashString, smooth, unit } from '../monitor-series';

/**
 * DescribeDBInstancePerformance's series, generated as the instance monitor's are (monitor-series.ts:
 * seeded hashes of (instance, metric, time), the same daily cycle): every value is a pure function
 * of its inputs. The base sample is one per 30 s; a coarser point is the mean of the samples it
 * covers (slow queries: their sum, a count per period). Shapes follow database load: CPU and
 * sessions follow the working day, the buffer pool keeps memory high and flat, the data disk
 * fills slowly since creation, network follows queries, slow queries come in bursts.
 */

export type DbPeriod = 30 | 60 | 300 | 3600;
const TICK_MS = 30_000;

/** How long points of each granularity are kept ("保留时长"): 1 d, 15 d, 31 d, 62 d. */
export const RETENTION_MS: Record<DbPeriod, number> = { 30: DAY, 60: 15 * DAY, 300: 31 * DAY, 3600: 62 * DAY };

export interface DbSeriesQuery {
  instanceId: string;
  metric: MysqlMetricKey;
  /** For the network metric: which direction. */
  direction?: 'in' | 'out';
  period: DbPeriod;
  startMs: number;
  endMs: number;
  createdAt: number;
  nowMs: number;
  /** What the instance is: bigger specs run cooler, the disk size sets the space used. */
  cpu: number;
  diskGb: number;
}

export interface DbPoint {
  t: number;
  value: number | null;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The instance's character: how busy, how large its data, how fast it grows. */
function character(seed: number) {
  return {
    busy: 0.3 + 0.7 * unit(seed, 200, 0),
    dataGb: 8 + 60 * unit(seed, 201, 0),
    /** Data grows fast at first, then levels off: up to growthCapGb more, half of it in halfLifeDays. */
    growthCapGb: 40 + 200 * unit(seed, 202, 0),
    halfLifeDays: 120 + 480 * unit(seed, 206, 0),
    memBase: 55 + 25 * unit(seed, 203, 0),
    sessions: 15 + 180 * unit(seed, 204, 0),
    trafficMb: 0.3 + 6 * unit(seed, 205, 0),
  };
}

/** Extra load in about 4 % of quarter-hours (a report, a batch job): 0, or 0.5–2. */
function burst(seed: number, tick: number): number {
  const slot = Math.floor(tick / 30);
  if (unit(seed, 210, slot) >= 0.04) return 0;
  const at = slot * 30 + Math.floor(unit(seed, 211, slot) * 24);
  const len = 2 + Math.floor(unit(seed, 212, slot) * 10);
  return tick >= at && tick < at + len ? 0.5 + 1.5 * unit(seed, 213, slot) : 0;
}

/** One 30-second sample, or null when the collector missed it (about 0.3 %). */
export function tickSample(q: DbSeriesQuery, tick: number): number | null {
  const seed = hashString(q.instanceId);
  const mseed = hashString(`${q.instanceId}|${q.metric}|${q.direction ?? ''}`);
  if (unit(seed, 220, tick) < 0.003) return null;
  const ms = tick * TICK_MS;
  const minute = ms / 60_000;
  const c = character(seed);
  const day = dailyLoad(ms);
  const slow = smooth(mseed, 221, minute, 30) - 0.5;
  const jitter = unit(mseed, 222, tick) - 0.5;
  const b = burst(seed, tick);
  const coolness = Math.sqrt(4 / Math.max(1, q.cpu));
  switch (q.metric) {
    case 'mysql_cpu_usage':
      return clamp((3 + 45 * c.busy * day + 10 * slow + 5 * jitter + 40 * b) * coolness, 0.5, 100);
    case 'mysql_mem_usage':
      return clamp(c.memBase + 6 * day * c.busy + 4 * slow + 0.8 * jitter + 5 * b, 10, 98);
    case 'mysql_space_usage': {
      const days = Math.max(0, (ms - q.createdAt) / DAY);
      const used = c.dataGb + c.growthCapGb * (1 - 2 ** (-days / c.halfLifeDays)) + 0.3 * slow;
      return clamp((100 * used) / Math.max(1, q.diskGb), 0.5, 99);
    }
    case 'mysql_network_trffice': {
      const out = q.direction === 'out';
      const scale = c.trafficMb * (out ? 1.6 : 1);
      return Math.max(0, scale * (0.1 + 1.2 * day * c.busy) * (1 + 0.6 * slow) * (1 + 0.3 * jitter) * (1 + 3 * b));
    }
    case 'mysql_sessions':
      return Math.max(1, c.sessions * (0.25 + day * c.busy) * (1 + 0.3 * slow) + 4 * jitter + 60 * b);
    case 'mysql_slow_queries': {
      // A few an hour at rest, dozens in a burst: a whole count per 30 s.
      const rate = 0.02 + 0.15 * day * c.busy + 6 * b;
      return Math.floor(rate) + (unit(mseed, 223, tick) < rate % 1 ? 1 : 0);
    }
  }
}

const digits = (m: MysqlMetricKey) => (m === 'mysql_sessions' || m === 'mysql_slow_queries' ? 0 : m === 'mysql_network_trffice' ? 3 : 2);
const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

/**
 * The points of [startMs, endMs): one per period start, aligned to the period, none before the
 * period of creation, after now, or older than the granularity's retention.
 */
export function dbSeries(q: DbSeriesQuery): DbPoint[] {
  const step = q.period * 1000;
  const oldest = q.nowMs - RETENTION_MS[q.period];
  const sums = q.metric === 'mysql_slow_queries';
  const points: DbPoint[] = [];
  for (let t = Math.ceil(q.startMs / step) * step; t < q.endMs && t <= q.nowMs; t += step) {
    if (t + step <= q.createdAt || t < oldest) continue;
    const first = Math.max(t, Math.ceil(q.createdAt / TICK_MS) * TICK_MS) / TICK_MS;
    const last = Math.min(t + step - TICK_MS, Math.floor(q.nowMs / TICK_MS) * TICK_MS) / TICK_MS;
    if (first > last) continue;
    let sum = 0;
    let n = 0;
    for (let tick = first; tick <= last; tick++) {
      const v = tickSample(q, tick);
      if (v !== null) {
        sum += v;
        n++;
      }
    }
    points.push({ t, value: n === 0 ? null : round(sums ? sum : sum / n, digits(q.metric)) });
  }
  return points;
}

