import { invalidDuration } from '../errors';

export const HOUR_MS = 3_600_000;
/** A month of a lease: 30 days, billed as 720 hours. */
export const MONTH_HOURS = 720;
/** How long a lapsed instance is kept (suspended) after its lease expires: GetInstanceContractInfo's extendTo. */
export const GRACE_MS = 72 * HOUR_MS;
const MAX_HOURS = 8760;
const MAX_MONTHS = 36;

/**
 * A Duration as the document writes it: a number and H (hours) or M (months), e.g. 1H, 72H, 1M;
 * absent means 1M. The format is the catalog's; the limits (8760H, 36M) are the simulator's.
 */
export function durationHours(value: string | undefined): number {
  const v = value ?? '1M';
  const m = /^([1-9]\d*)([HM])$/.exec(v);
  if (!m) throw invalidDuration(v, 'it must be a number followed by H (hours) or M (months), e.g. 72H or 1M');
  const n = Number(m[1]);
  if (m[2] === 'H' && n > MAX_HOURS) throw invalidDuration(v, `at most ${MAX_HOURS}H`);
  if (m[2] === 'M' && n > MAX_MONTHS) throw invalidDuration(v, `at most ${MAX_MONTHS}M`);
  return m[2] === 'H' ? n : n * MONTH_HOURS;
}

/** decimal(10,2), as the balance is kept. */
export const money = (n: number) => Math.round(n * 100) / 100;

export const leaseCost = (pricePerHour: number, hours: number) => money(pricePerHour * hours);
