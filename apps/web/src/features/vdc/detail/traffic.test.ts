import { describe, expect, it } from 'vitest';
import { addReading, MAX_READINGS } from './traffic';

describe('traffic readings', () => {
  it('keeps each new reading in Mbps, once, and at most an hour of them', () => {
    let r = addReading([], 1000, { inBps: 1_500_000, outBps: 250_000, maxQos: 5 });
    expect(r).toEqual([{ at: 1000, inMbps: 1.5, outMbps: 0.25, maxQos: 5 }]);
    expect(addReading(r, 1000, { inBps: 9, outBps: 9, maxQos: 5 })).toBe(r);
    for (let i = 1; i <= MAX_READINGS; i++)
      r = addReading(r, 1000 + i, { inBps: i, outBps: i, maxQos: 5 });
    expect(r).toHaveLength(MAX_READINGS);
    expect(r[0]!.at).toBe(1001);
  });
});
