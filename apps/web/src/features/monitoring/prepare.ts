import type { MetricPoint } from '@console/api-types';
import { toMillis } from '../../kit/time';
import { minMaxDownsample, type ChartPoint } from './downsample';

export interface PreparedSeries {
  /** What the chart draws: at most about two points per pixel column. */
  rows: ChartPoint[];
  /** Every sample, in time order (for counts and exact look-ups). */
  all: ChartPoint[];
  /** Highest value (0 when there is none): picks the axis unit. */
  max: number;
  gaps: number;
}

/**
 * From the answer to what a chart of `width` pixels draws: CDS times (Beijing "YYYY-MM-DD
 * HH:mm:ss") to epoch milliseconds, sorted, then min-max downsampled to the width.
 */
export function prepareSeries(points: readonly MetricPoint[], width: number): PreparedSeries {
  const all: ChartPoint[] = [];
  let max = 0;
  let gaps = 0;
  let sorted = true;
  for (const p of points) {
    const t = toMillis(p.time);
    if (t === undefined) continue;
    if (all.length > 0 && t < all[all.length - 1]!.t) sorted = false;
    all.push({ t, value: p.value });
    if (p.value === null) gaps++;
    else if (p.value > max) max = p.value;
  }
  if (!sorted) all.sort((a, b) => a.t - b.t);
  return { rows: minMaxDownsample(all, Math.max(1, Math.round(width))), all, max, gaps };
}
