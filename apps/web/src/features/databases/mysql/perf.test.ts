import { describe, expect, it } from 'vitest';
import { axisNumber, beijingTime, chartRows, formatValue, fromBeijing, perfWindow } from './perf';

describe('performance tab helpers', () => {
  it('asks the window in Beijing time with the period the document gives the span', () => {
    const now = Date.UTC(2025, 0, 2, 3, 4, 50);
    const w = perfWindow('1h', now);
    expect(w).toMatchObject({ StartTime: '2025-01-02 10:04:00', EndTime: '2025-01-02 11:04:00', period: 30 });
    expect(perfWindow('24h', now).period).toBe(60);
    expect(perfWindow('7d', now).period).toBe(300);
    expect(perfWindow('30d', now).period).toBe(3600);
    expect(fromBeijing(beijingTime(now - 50_000))).toBe(now - 50_000);
  });

  it('joins the series of one metric by time and keeps gaps', () => {
    const { rows, series } = chartRows({
      instanceId: 'i',
      metricKey: 'mysql_network_trffice',
      series: [
        { name: 'network_in', points: [{ time: '2025-01-02 10:00:00', value: 1 }, { time: '2025-01-02 10:00:30', value: null }] },
        { name: 'network_out', points: [{ time: '2025-01-02 10:00:00', value: 2 }] },
      ],
    });
    expect(series).toEqual(['network_in', 'network_out']);
    expect(rows).toEqual([
      { t: fromBeijing('2025-01-02 10:00:00'), network_in: 1, network_out: 2 },
      { t: fromBeijing('2025-01-02 10:00:30'), network_in: null },
    ]);
  });

  it('formats each unit', () => {
    expect(formatValue(12.345, 'percent')).toBe('12.3 %');
    expect(formatValue(0.1234, 'MB/s')).toBe('0.123 MB/s');
    expect(formatValue(41.6, 'count')).toBe('42');
    expect(formatValue(null, 'count')).toBe('—');
    expect([axisNumber(100), axisNumber(12.5), axisNumber(0.125), axisNumber(4)]).toEqual(['100', '12.5', '0.13', '4']);
  });
});
