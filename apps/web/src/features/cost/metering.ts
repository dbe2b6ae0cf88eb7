import type { MeteringPool } from '@console/api-types/client';
import { addDays, beijingToday, isDay } from './range';

/** The metering page's state in the URL: the end day and, optionally, one pool. */
export interface MeteringState {
  end: string;
  pool?: string;
}

/** Days the chart shows up to the end day. */
export const METERING_DAYS = 30;

export function parseMeteringState(params: URLSearchParams, today = beijingToday()): MeteringState {
  const end = params.get('end');
  const pool = params.get('pool')?.trim();
  return { end: isDay(end) && end <= today ? end : today, pool: pool || undefined };
}

export function serializeMeteringState(s: MeteringState, today = beijingToday()): URLSearchParams {
  const p = new URLSearchParams();
  if (s.end !== today) p.set('end', s.end);
  if (s.pool) p.set('pool', s.pool);
  return p;
}

/** GetMetering's EndTime: "20191101". */
export const endTime = (day: string) => day.replaceAll('-', '');

export const chartDays = (end: string) => Array.from({ length: METERING_DAYS }, (_, i) => addDays(end, i - METERING_DAYS + 1));

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The pools added up: size, cold, warm. */
export function poolTotals(pools: readonly MeteringPool[]) {
  return pools.reduce(
    (s, p) => ({ totalSize: s.totalSize + p.totalSize, cold: round2(s.cold + p.cold), warm: round2(s.warm + p.warm) }),
    { totalSize: 0, cold: 0, warm: 0 },
  );
}

/** Share of a pool in use (cold + warm over its size), 0 for a pool of no size. */
export const usedShare = (p: Pick<MeteringPool, 'totalSize' | 'cold' | 'warm'>) => (p.totalSize > 0 ? (p.cold + p.warm) / p.totalSize : 0);

/**
 * Chart rows, one per day: with one pool its cold and warm tiers, with all pools each pool's
 * use (cold + warm), keyed by pool id.
 */
export function meteringRows(days: readonly { day: string; pools: readonly MeteringPool[] }[], pool?: string) {
  return days.map(({ day, pools }) => {
    const row: Record<string, string | number> = { day };
    for (const p of pools) {
      if (pool) {
        if (p.id !== pool) continue;
        row.cold = p.cold;
        row.warm = p.warm;
      } else row[p.id] = round2(p.cold + p.warm);
    }
    return row;
  });
}
