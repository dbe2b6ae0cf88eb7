import type { MetricPoint } from '@console/api-types/client';
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
 * HH:mm:ss") to epoch milliseconds, sorted, then min-max downsampled to the width. A sample
 * the cloud left out (the document's own example skips a minute rather than sending null) is a
 * gap too: with `periodSeconds` given, a step longer than 1.5 periods gets a null point in it,
 * so the line breaks instead of bridging the missing time.
 */
export function prepareSeries(points: readonly MetricPoint[], width: number, periodSeconds?: number): PreparedSeries {
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
  const filled = periodSeconds && periodSeconds > 0 ? breakMissing(all, periodSeconds * 1000) : all;
  gaps += filled.length - all.length;
  return { rows: minMaxDownsample(filled, Math.max(1, Math.round(width))), all: filled, max, gaps };
}

/** A null point one period after each sample that is followed by a longer silence than 1.5 periods. */
function breakMissing(sorted: ChartPoint[], stepMs: number): ChartPoint[] {
  const out: ChartPoint[] = [];
  for (const [k, p] of sorted.entries()) {
    const prev = sorted[k - 1];
    if (prev && prev.value !== null && p.t - prev.t > 1.5 * stepMs) out.push({ t: prev.t + stepMs, value: null });
    out.push(p);
  }
  return out;
}
