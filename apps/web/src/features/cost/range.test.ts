import { describe, expect, it } from 'vitest';
import {
  beijingToday,
  dateFromTo,
  dayCount,
  daysOf,
  isDay,
  MAX_RANGE_DAYS,
  parseRange,
  presetRange,
  previousPeriod,
  rangeParams,
  sameDaysLastMonth,
} from './range';

describe('the cost range', () => {
  it('counts days in Beijing: 17:00 UTC is already the next day there', () => {
    expect(beijingToday(Date.parse('2025-03-31T15:59:59Z'))).toBe('2025-03-31');
    expect(beijingToday(Date.parse('2025-03-31T16:00:00Z'))).toBe('2025-04-01');
  });

  it('gives each preset its days', () => {
    expect(presetRange('thisMonth', '2025-03-14')).toEqual({ from: '2025-03-01', to: '2025-03-14' });
    expect(presetRange('lastMonth', '2025-03-14')).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(presetRange('lastMonth', '2024-01-05')).toEqual({ from: '2023-12-01', to: '2023-12-31' });
    expect(presetRange('last7', '2025-03-03')).toEqual({ from: '2025-02-25', to: '2025-03-03' });
    expect(dayCount(presetRange('last30', '2025-03-03'))).toBe(30);
  });

  it('lists the days and the previous period of the same length', () => {
    const r = { from: '2025-02-27', to: '2025-03-02' };
    expect(daysOf(r)).toEqual(['2025-02-27', '2025-02-28', '2025-03-01', '2025-03-02']);
    expect(previousPeriod(r)).toEqual({ from: '2025-02-23', to: '2025-02-26' });
  });

  it('compares a month so far with the month before up to the same day, clamped to its end', () => {
    expect(sameDaysLastMonth('2025-03-14')).toEqual({ from: '2025-02-01', to: '2025-02-14' });
    expect(sameDaysLastMonth('2025-03-31')).toEqual({ from: '2025-02-01', to: '2025-02-28' });
  });

  it('writes DateFromTo exactly as the document: one space either side of the dash', () => {
    expect(dateFromTo({ from: '2019-09-02', to: '2019-09-03' })).toBe('2019.09.02 - 2019.09.03');
  });

  it('reads a preset or a custom range from the URL and refuses what cannot be asked', () => {
    const today = '2025-03-14';
    const parse = (q: string) => parseRange(new URLSearchParams(q), today);
    expect(parse('range=last7')).toEqual({ preset: 'last7', range: presetRange('last7', today) });
    expect(parse('range=custom&from=2025-01-01&to=2025-01-31')).toEqual({ preset: 'custom', range: { from: '2025-01-01', to: '2025-01-31' } });
    expect(parse('')).toMatchObject({ preset: 'thisMonth' });
    expect(parse('range=bogus')).toMatchObject({ preset: 'thisMonth' });
    expect(parse('range=custom&from=2025-02-30&to=2025-03-01')).toEqual({ preset: 'thisMonth', range: presetRange('thisMonth', today) });
    expect(parse('range=custom&from=2025-03-02&to=2025-03-01')).toMatchObject({ preset: 'thisMonth', problem: 'order' });
    expect(parse('range=custom&from=2025-04-02&to=2025-04-03')).toMatchObject({ problem: 'future' });
    expect(parse('range=custom&from=2024-01-01&to=2024-12-31')).toMatchObject({ preset: 'thisMonth', problem: 'tooLong' });
    expect(MAX_RANGE_DAYS).toBeLessThan(366);
  });

  it('writes the URL back', () => {
    expect(rangeParams('last30', presetRange('last30', '2025-03-14'))).toEqual({ range: 'last30' });
    expect(rangeParams('custom', { from: '2025-01-01', to: '2025-01-02' })).toEqual({ range: 'custom', from: '2025-01-01', to: '2025-01-02' });
  });

  it('knows a real day', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('2025-2-01')).toBe(false);
  });
});
