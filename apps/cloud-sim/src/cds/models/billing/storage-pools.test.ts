import { describe, expect, it } from 'vitest';
import { DAY } from '../../../util/time';
import { parseBillDay } from './days';
import { demoStoragePools, meteringOn } from './storage-pools';

const ANCHOR = Date.UTC(2024, 2, 1, 1);
const [pool, other] = demoStoragePools(ANCHOR) as [ReturnType<typeof demoStoragePools>[number], ReturnType<typeof demoStoragePools>[number]];

describe('cold-storage metering', () => {
  it('is the same for the same pool and day, at any hour of that day', () => {
    const day = parseBillDay('2025.01.10')!;
    expect(meteringOn(pool, day)).toEqual(meteringOn(pool, day + 13 * 3600_000));
  });

  it('differs from day to day and from pool to pool', () => {
    const day = parseBillDay('2025.01.10')!;
    expect(meteringOn(pool, day)).not.toEqual(meteringOn(pool, day + DAY));
    expect(meteringOn(pool, day).cold / pool.totalSize).not.toBeCloseTo(meteringOn(other, day).cold / other.totalSize, 6);
  });

  it('is nothing before the pool existed, grows with its age and stays within its size', () => {
    expect(meteringOn(pool, pool.createdAt - 2 * DAY)).toEqual({ cold: 0, warm: 0 });
    const young = meteringOn(pool, pool.createdAt + 10 * DAY);
    const old = meteringOn(pool, pool.createdAt + 300 * DAY);
    expect(old.cold + old.warm).toBeGreaterThan(young.cold + young.warm);
    const full = meteringOn(pool, pool.createdAt + 3000 * DAY);
    expect(full.cold + full.warm).toBeLessThanOrEqual(pool.totalSize);
    expect(String(full.cold)).toMatch(/^\d+(\.\d{1,4})?$/);
  });
});
