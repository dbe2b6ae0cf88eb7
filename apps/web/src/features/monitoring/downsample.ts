/** One drawn sample: epoch milliseconds and the value, null for a gap. */
export interface ChartPoint {
  t: number;
  value: number | null;
}

/**
 * Min-max downsampling for drawing: the series is cut into `buckets` runs of consecutive points
 * (about one per pixel column) and each run keeps its lowest and highest sample, in time order,
 * plus its first gap, so spikes survive and a gap still breaks the line. Every kept point is a
 * real sample (time and value unchanged), so a tooltip on it shows an exact value. The first and
 * last samples are always kept so the line spans the whole range.
 */
export function minMaxDownsample(points: readonly ChartPoint[], buckets: number): ChartPoint[] {
  const n = points.length;
  const b = Math.max(1, Math.floor(buckets));
  if (n <= 2 * b + 2) return points.slice();
  const keep: number[] = [0];
  for (let i = 0; i < b; i++) {
    const from = Math.floor((i * n) / b);
    const to = Math.floor(((i + 1) * n) / b);
    let lo = -1;
    let hi = -1;
    let gap = -1;
    for (let j = from; j < to; j++) {
      const v = points[j]!.value;
      if (v === null) {
        if (gap < 0) gap = j;
        continue;
      }
      if (lo < 0 || v < points[lo]!.value!) lo = j;
      if (hi < 0 || v > points[hi]!.value!) hi = j;
    }
    const run = [lo, hi, gap].filter((j) => j >= 0).sort((x, y) => x - y);
    for (const j of run) if (j !== keep[keep.length - 1]) keep.push(j);
  }
  if (keep[keep.length - 1] !== n - 1) keep.push(n - 1);
  return keep.map((j) => points[j]!);
}
