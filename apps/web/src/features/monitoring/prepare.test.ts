import { describe, expect, it } from 'vitest';
import { prepareSeries } from './prepare';

describe('prepareSeries', () => {
  it('reads Beijing times to epoch milliseconds, counts gaps and finds the top', () => {
    const p = prepareSeries(
      [
        { time: '2025-06-02 08:01:00', value: 3 },
        { time: '2025-06-02 08:00:00', value: 1.5 },
        { time: '2025-06-02 08:02:00', value: null },
        { time: 'not a time', value: 7 },
      ],
      800,
    );
    expect(p.all).toEqual([
      { t: Date.UTC(2025, 5, 2, 0, 0), value: 1.5 },
      { t: Date.UTC(2025, 5, 2, 0, 1), value: 3 },
      { t: Date.UTC(2025, 5, 2, 0, 2), value: null },
    ]);
    expect(p.rows).toEqual(p.all);
    expect([p.max, p.gaps]).toEqual([3, 1]);
  });

  it('draws a week at one minute with about two points per pixel', () => {
    const start = Date.UTC(2025, 5, 1, 16);
    const points = Array.from({ length: 10_080 }, (_, i) => ({
      time: new Date(start + 8 * 3_600_000 + i * 60_000).toISOString().slice(0, 19).replace('T', ' '),
      value: i % 500 === 0 ? null : (i * 7919) % 101,
    }));
    const p = prepareSeries(points, 700);
    expect(p.all).toHaveLength(10_080);
    expect(p.rows.length).toBeLessThanOrEqual(700 * 3 + 2);
    expect(p.max).toBe(100);
    expect(p.gaps).toBe(21);
    expect(p.rows.filter((r) => r.value === null).length).toBeGreaterThan(0);
  });

  it('breaks the line where the cloud left samples out, as the document\'s example does', () => {
    // The seed example answers 15:32 and 15:34 with no 15:33 at all.
    const p = prepareSeries(
      [
        { time: '2019-10-09 15:32:00', value: 10 },
        { time: '2019-10-09 15:34:00', value: 12 },
        { time: '2019-10-09 15:35:00', value: 11 },
      ],
      800,
      60,
    );
    expect(p.all.map((r) => r.value)).toEqual([10, null, 12, 11]);
    expect(p.all[1]!.t).toBe(p.all[0]!.t + 60_000);
    expect(p.gaps).toBe(1);
    // Without the period nothing is invented.
    expect(prepareSeries([{ time: '2019-10-09 15:32:00', value: 10 }, { time: '2019-10-09 15:34:00', value: 12 }], 800).gaps).toBe(0);
  });
});
