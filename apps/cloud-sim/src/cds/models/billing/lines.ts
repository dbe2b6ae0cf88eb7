import { DAY, HOUR } from '../../../util/time';
import { monthlyPrice } from '../pricing';
import { dayStart, nextMonthStart } from './days';
import type { LedgerRecord, Period } from './ledger';

/**
 * The lines of a bill. A PostPaid period accrues its hourly price by the millisecond, cut
 * into one line per Beijing day (the document's example: a line from creation to the next
 * midnight, UnitPrice per minute × its minutes = its TotalCost). A PrePaid period is charged
 * a month when it opens and on each first of the month after, one line each. Every line is
 * rounded to the cent on its own and never depends on the range asked, so a range's total is
 * exactly the sum of its days.
 */

export interface BillLine {
  period: Period;
  start: number;
  /** PostPaid: the end of the usage; PrePaid: the end of the month paid for. */
  end: number;
  cents: number;
  /** PostPaid: CNY per minute; PrePaid: the month's price. */
  unitPrice: number;
}

const toCents = (cny: number) => Math.round(cny * 100);

function postPaidLines(p: Period, from: number, to: number): BillLine[] {
  const lines: BillLine[] = [];
  const unitPrice = p.hourly / 60;
  for (let day = dayStart(from); day < to; day += DAY) {
    const start = Math.max(from, day);
    const end = Math.min(to, day + DAY);
    if (end > start) lines.push({ period: p, start, end, cents: toCents((p.hourly * (end - start)) / HOUR), unitPrice });
  }
  return lines;
}

/** When a PrePaid period charges, and how much: its opening, then each first of the month while it lasts. */
function prePaidCharges(p: Period, until: number) {
  const month = monthlyPrice(p.hourly);
  const first = p.opening === 'month' ? month : Math.max(0, month - monthlyPrice(p.opening.previousHourly));
  const charges = [{ at: p.from, amount: first }];
  for (let at = nextMonthStart(p.from); at < until; at = nextMonthStart(at)) charges.push({ at, amount: month });
  return charges;
}

/** The record's lines that fall in [from, to) (Beijing midnights), as of `now`. */
export function billLines(record: LedgerRecord, from: number, to: number, now: number): BillLine[] {
  return record.periods.flatMap((p) => {
    if (p.hourly <= 0) return [];
    const lived = Math.min(p.to ?? now, now);
    if (p.chargeType === 'PostPaid') return postPaidLines(p, Math.max(p.from, from), Math.min(lived, to));
    return prePaidCharges(p, p.to ?? now + 1)
      .filter((c) => c.at >= from && c.at < to && c.at <= now && c.amount > 0)
      .map((c) => ({ period: p, start: c.at, end: nextMonthStart(c.at), cents: toCents(c.amount), unitPrice: monthlyPrice(p.hourly) }));
  });
}

/** Whether the resource existed at some moment of [from, to) up to `now`. */
export function livedIn(record: LedgerRecord, from: number, to: number, now: number) {
  const alive = record.deletedAt === undefined ? now >= from : record.deletedAt > from;
  return record.createdAt < to && alive;
}

export const sumCents = (lines: readonly BillLine[]) => lines.reduce((sum, l) => sum + l.cents, 0);
