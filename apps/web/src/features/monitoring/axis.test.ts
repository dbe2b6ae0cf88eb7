import { describe, expect, it } from 'vitest';
import { timeTickFormatter, timeTicks } from './axis';

const H = 3_600_000;
const T0 = Date.UTC(2025, 5, 2, 6, 17);

describe('timeTicks', () => {
  it('picks a round step that gives at most six ticks, on whole steps of the local clock', () => {
    expect(timeTicks(T0, T0 + H, 6, 0).map((t) => new Date(t).toISOString().slice(11, 16))).toEqual(['06:20', '06:30', '06:40', '06:50', '07:00', '07:10']);
    const day = timeTicks(T0, T0 + 24 * H, 6, 0);
    expect(day).toHaveLength(4);
    expect(new Date(day[0]!).toISOString().slice(11, 16)).toBe('12:00');
    // Beijing viewer (UTC+8): ticks on whole six hours of Beijing time.
    const beijing = timeTicks(T0, T0 + 24 * H, 6, 8 * H);
    expect(beijing.length).toBeGreaterThan(2);
    for (const t of beijing) expect((t + 8 * H) % (6 * H)).toBe(0);
    expect(timeTicks(T0, T0 + 7 * 24 * H, 6, 0).length).toBeLessThanOrEqual(6);
    expect(timeTicks(T0, T0)).toEqual([]);
  });
});

describe('timeTickFormatter', () => {
  it('shows times within a day and dates over a week', () => {
    const day = timeTickFormatter(T0, T0 + 24 * H, 'en-GB');
    expect(day(Date.UTC(2025, 5, 2, 12))).toMatch(/^\d{2}:00$/);
    const week = timeTickFormatter(T0, T0 + 7 * 24 * H, 'en-GB');
    expect(week(Date.UTC(2025, 5, 2, 12))).toMatch(/^0[23]\/06$/);
  });
});
