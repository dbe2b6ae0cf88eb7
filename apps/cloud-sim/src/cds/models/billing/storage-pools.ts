import { Prng } from '../../../util/prng';
import { DAY } from '../../../util/time';
import { hashString } from '../monitor-series';
import { dayStart } from './days';

/**
 * Cold-storage pools (冷云) and their metering (GetMetering). Metering is not stored: the GB
 * held in the cold and warm tiers at the end of a Beijing day is a seeded function of (pool,
 * day): it grows with the pool's age towards most of its size, with a little daily noise,
 * so the same question always gets the same answer. Nothing before the pool existed.
 */

export interface StoragePool {
  /** Numeric string ids, as the document's "2001". */
  id: string;
  name: string;
  /** GB; answered as a string, as the document's "10240". */
  totalSize: number;
  createdAt: number;
}

export interface PoolMetering {
  cold: number;
  warm: number;
}

/** Fraction of the pool filled per day of age, until 85% at most. */
const GROWTH_PER_DAY = 0.002;
const MAX_FILL = 0.85;

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** The pool's tiers at the end of the Beijing day that contains `day`. */
export function meteringOn(pool: StoragePool, day: number): PoolMetering {
  const start = dayStart(day);
  const age = Math.floor((start - dayStart(pool.createdAt)) / DAY);
  if (age < 0) return { cold: 0, warm: 0 };
  const noise = new Prng(hashString(`${pool.id}:${start}`));
  const fill = Math.min(MAX_FILL, 0.01 + age * GROWTH_PER_DAY);
  const stored = pool.totalSize * fill * (0.97 + noise.next() * 0.06);
  // Warm is what was written or read lately: a daily share of 5–25% of what is stored.
  const warmShare = 0.05 + noise.next() * 0.2;
  return { cold: round4(stored * (1 - warmShare)), warm: round4(stored * warmShare) };
}

/** The demo account's pools, fixed (no draws from the world's generator, so seeded ids stay as they were). */
export function demoStoragePools(anchor: number): StoragePool[] {
  return [
    { id: '2001', name: '归档存储池1', totalSize: 10240, createdAt: anchor + 30 * DAY },
    { id: '2002', name: 'db-backup-cold', totalSize: 20480, createdAt: anchor + 95 * DAY },
    { id: '2003', name: '媒体冷存储', totalSize: 5120, createdAt: anchor + 240 * DAY },
  ];
}
