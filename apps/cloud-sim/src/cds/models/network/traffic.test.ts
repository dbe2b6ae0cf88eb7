import { describe, expect, it } from 'vitest';
import { trafficOf } from './traffic';

const T0 = Date.UTC(2024, 5, 3, 6, 0, 0); // 14:00 Beijing, a Monday

describe('bandwidth traffic', () => {
  it('is the same for the same network and moment, and differs between networks', () => {
    expect(trafficOf('net-a', 100, 0.5, true, T0)).toEqual(trafficOf('net-a', 100, 0.5, true, T0));
    expect(trafficOf('net-a', 100, 0.5, true, T0)).not.toEqual(trafficOf('net-b', 100, 0.5, true, T0));
  });

  it('never exceeds the bandwidth, over a week of readings for many networks', () => {
    for (let n = 0; n < 20; n++) {
      for (let t = T0; t < T0 + 7 * 86_400_000; t += 37 * 60_000) {
        const r = trafficOf(`net-${n}`, 5, 1, true, t);
        expect(r.outBps).toBeLessThan(5_000_000);
        expect(r.inBps).toBeLessThan(5_000_000);
        expect(r.inBps).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('moves every 10 seconds, follows the day, and is quiet when unused or unsettled', () => {
    const a = trafficOf('net-a', 100, 0.6, true, T0);
    const b = trafficOf('net-a', 100, 0.6, true, T0 + 10_000);
    expect(a).not.toEqual(b);
    const afternoon = trafficOf('net-a', 100, 0.6, true, T0).outBps;
    const night = trafficOf('net-a', 100, 0.6, true, T0 - 12 * 3_600_000).outBps;
    expect(night).toBeLessThan(afternoon);
    expect(trafficOf('net-a', 100, 0, true, T0).outBps).toBeLessThan(afternoon / 100);
    expect(trafficOf('net-a', 100, 0.6, false, T0)).toEqual({ inBps: 0, outBps: 0, maxQos: 100 });
  });
});
