import { describe, expect, it } from 'vitest';
import { minMaxDownsample, type ChartPoint } from './downsample';

const series = (values: (number | null)[]): ChartPoint[] => values.map((value, i) => ({ t: i * 60_000, value }));
const wave = (n: number) => series(Array.from({ length: n }, (_, i) => 50 + 40 * Math.sin(i / 50)));

describe('minMaxDownsample', () => {
  it('leaves a short series as it is', () => {
    const s = series([1, 2, null, 4]);
    expect(minMaxDownsample(s, 100)).toEqual(s);
  });

  it('keeps at most three points per bucket plus both ends, every one a real sample', () => {
    const s = wave(10_080);
    const out = minMaxDownsample(s, 600);
    expect(out.length).toBeLessThanOrEqual(600 * 3 + 2);
    expect(out.length).toBeGreaterThan(600);
    expect(out[0]).toBe(s[0]);
    expect(out.at(-1)).toBe(s.at(-1));
    for (const p of out) expect(s).toContain(p);
    for (let i = 1; i < out.length; i++) expect(out[i]!.t).toBeGreaterThan(out[i - 1]!.t);
  });

  it('keeps a one-sample spike and the lowest dip', () => {
    const values: (number | null)[] = Array.from({ length: 5000 }, () => 10);
    values[1234] = 99;
    values[4321] = 0.5;
    const out = minMaxDownsample(series(values), 100);
    expect(out).toContainEqual({ t: 1234 * 60_000, value: 99 });
    expect(out).toContainEqual({ t: 4321 * 60_000, value: 0.5 });
  });

  it('keeps a gap as a null point between the samples around it, so the line breaks', () => {
    const values: (number | null)[] = Array.from({ length: 5000 }, (_, i) => i % 7);
    values[2500] = null;
    const out = minMaxDownsample(series(values), 100);
    const at = out.findIndex((p) => p.value === null);
    expect(out[at]!.t).toBe(2500 * 60_000);
    expect(out.filter((p) => p.value === null)).toHaveLength(1);
    expect(out[at - 1]!.value).not.toBeNull();
    expect(out[at + 1]!.value).not.toBeNull();
  });

  it('draws a bucket of nothing but gaps as one gap', () => {
    const values: (number | null)[] = Array.from({ length: 1000 }, () => 1);
    for (let i = 100; i < 200; i++) values[i] = null;
    const out = minMaxDownsample(series(values), 10);
    expect(out.filter((p) => p.value === null)).toEqual([{ t: 100 * 60_000, value: null }]);
  });
});
