import { describe, expect, it } from 'vitest';
import { axisFormatter, formatExact, formatValue, scaleFor } from './format';

describe('units', () => {
  it('scales bytes and bits by 1000 and keeps percent as it is', () => {
    expect(scaleFor('bytes', 999)).toEqual({ factor: 1, suffix: 'B/s' });
    expect(scaleFor('bytes', 1000)).toEqual({ factor: 1000, suffix: 'kB/s' });
    expect(scaleFor('bits', 2.5e9)).toEqual({ factor: 1e9, suffix: 'Gbit/s' });
    expect(scaleFor('percent', 5000)).toEqual({ factor: 1, suffix: '%' });
    expect(scaleFor('iops', 12_000)).toEqual({ factor: 1000, suffix: 'k IOPS' });
  });

  it('formats values in their best unit', () => {
    expect(formatValue('percent', 49.674)).toBe('49.67%');
    expect(formatValue('bytes', 1_234_567)).toBe('1.23 MB/s');
    expect(formatValue('bits', 850)).toBe('850 bit/s');
    expect(formatValue('iops', 3.456)).toBe('3.46 IOPS');
    expect(formatValue('bits', 0)).toBe('0 bit/s');
    expect(formatValue('bytes', 1_234_567, 'zh-CN')).toBe('1.23 MB/s');
  });

  it('gives the exact value in the base unit', () => {
    expect(formatExact('bytes', 1_234_567)).toBe('1,234,567 B/s');
    expect(formatExact('percent', 7.5)).toBe('7.5%');
  });

  it('labels every axis tick in the unit of the top', () => {
    const f = axisFormatter('bits', 6e6);
    expect([0, 2e6, 4.5e6, 6e6].map(f)).toEqual(['0 Mbit/s', '2 Mbit/s', '4.5 Mbit/s', '6 Mbit/s']);
    expect(axisFormatter('percent', 100)(50)).toBe('50%');
  });
});
