import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE } from '../../../util/time';
import { monthlyPrice } from '../pricing';
import type { BillableResource } from './billable';
import { dayStart, parseBillDay } from './days';
import { Ledger } from './ledger';
import { billLines, livedIn, sumCents } from './lines';

const D = parseBillDay('2025.03.14')!; // a Beijing midnight
const at = (days: number, hours = 0, minutes = 0) => D + days * DAY + hours * HOUR + minutes * MINUTE;

function vm(over: Partial<BillableResource> = {}): BillableResource {
  return {
    resourceId: 'r-1', resourceType: 'vm', name: 'web', regionId: 'CN_Beijing_A', vdcId: 'v', vdcName: 'vdc',
    product: '云主机', status: 'running', chargeType: 'PostPaid', ips: [],
    parts: [{ name: 'vCPU', amount: '2C', hourly: 0.16 }, { name: '内存', amount: '4GB', hourly: 0.16 }],
    ...over,
  };
}

/** A ledger over a list the test changes, looked at when the test says. */
function world(initial: BillableResource[]) {
  let list = initial;
  const ledger = new Ledger(() => list);
  return { ledger, set: (next: BillableResource[]) => (list = next) };
}

const dayTotals = (ledger: Ledger, id: string, firstDay: number, days: number, now: number) =>
  Array.from({ length: days }, (_, i) => sumCents(billLines(ledger.get(id)!, firstDay + i * DAY, firstDay + (i + 1) * DAY, now)));

describe('PostPaid lines', () => {
  it('cut a lifetime into Beijing days, each priced by its own length', () => {
    const w = world([vm({ since: at(0, 12, 40) })]);
    w.ledger.observe(at(0, 12, 40));
    const now = at(2, 6);
    const lines = billLines(w.ledger.get('r-1')!, D, D + 3 * DAY, now);
    expect(lines.map((l) => [l.start, l.end])).toEqual([
      [at(0, 12, 40), at(1)],
      [at(1), at(2)],
      [at(2), now],
    ]);
    // 0.32 an hour: 11h20m, 24h, 6h.
    expect(lines.map((l) => l.cents)).toEqual([363, 768, 192]);
    expect(lines[0]!.unitPrice).toBeCloseTo(0.32 / 60, 10);
  });

  it('add up: a range is the sum of its days, to the cent', () => {
    const w = world([vm({ since: at(-20, 3, 17), parts: [{ name: 'vCPU', amount: '3C', hourly: 0.0731 }] })]);
    w.ledger.observe(at(-20, 3, 17));
    const now = at(9, 17, 3);
    const range = sumCents(billLines(w.ledger.get('r-1')!, at(-25), at(10), now));
    const days = dayTotals(w.ledger, 'r-1', at(-25), 35, now);
    expect(range).toBe(days.reduce((a, b) => a + b, 0));
    expect(range).toBeGreaterThan(0);
  });

  it('start a new price where a part changed, mid-day', () => {
    const w = world([vm({ since: at(0) })]);
    w.ledger.observe(at(0));
    w.set([vm({ parts: [{ name: 'vCPU', amount: '4C', hourly: 0.32 }, { name: '内存', amount: '4GB', hourly: 0.16 }] })]);
    w.ledger.observe(at(0, 12));
    const lines = billLines(w.ledger.get('r-1')!, D, D + DAY, at(1));
    expect(lines.map((l) => [l.start, l.end, l.cents])).toEqual([
      [at(0), at(0, 12), 384],
      [at(0, 12), at(1), 576],
    ]);
  });

  it('stop at the deletion, and the ledger remembers the lifetime', () => {
    const w = world([vm({ since: at(0) })]);
    w.ledger.observe(at(0));
    w.set([]);
    w.ledger.observe(at(1, 6));
    const record = w.ledger.get('r-1')!;
    expect(record.deletedAt).toBe(at(1, 6));
    const soon = sumCents(billLines(record, D, D + 10 * DAY, at(1, 7)));
    const later = sumCents(billLines(record, D, D + 10 * DAY, at(8)));
    expect(later).toBe(soon);
    expect(later).toBe(Math.round(0.32 * 24 * 100) + Math.round(0.32 * 6 * 100));
    expect(livedIn(record, at(1), at(2), at(8))).toBe(true);
    expect(livedIn(record, at(2), at(3), at(8))).toBe(false);
  });

  it('charge nothing while the price is zero (an instance in error)', () => {
    const w = world([vm({ since: at(0), parts: [{ name: 'vCPU', amount: '2C', hourly: 0 }] })]);
    w.ledger.observe(at(0));
    expect(billLines(w.ledger.get('r-1')!, D, D + DAY, at(1))).toEqual([]);
  });
});

describe('when a resource begins', () => {
  it('takes the model’s date at the first look, and never a date before the last look', () => {
    const w = world([vm({ since: at(-100) })]);
    w.ledger.observe(at(0));
    expect(w.ledger.get('r-1')!.createdAt).toBe(at(-100));
    w.set([vm({ since: at(-100) }), vm({ resourceId: 'disk-new', since: at(-100) })]);
    w.ledger.observe(at(0, 5));
    expect(w.ledger.get('disk-new')!.createdAt).toBe(at(0));
  });

  it('lists a resource created now in today’s bill', () => {
    const w = world([]);
    w.ledger.observe(at(0, 8));
    w.set([vm({ since: at(0, 9) })]);
    w.ledger.observe(at(0, 9));
    const record = w.ledger.get('r-1')!;
    expect(livedIn(record, dayStart(at(0, 9)), dayStart(at(0, 9)) + DAY, at(0, 9))).toBe(true);
    expect(livedIn(record, at(1), at(2), at(0, 9))).toBe(false);
  });
});

describe('PrePaid lines', () => {
  const prepaid = (hourly: number, since?: number) =>
    vm({ chargeType: 'PrePaid', since, parts: [{ name: 'vCPU', amount: '4C', hourly }] });
  const month = (hourly: number) => Math.round(monthlyPrice(hourly) * 100);

  it('charge a month when bought and on each first of the month after, never ahead of now', () => {
    const w = world([prepaid(0.5, at(0, 10))]); // 2025-03-14
    w.ledger.observe(at(0, 10));
    const now = parseBillDay('2025.05.20')!;
    const lines = billLines(w.ledger.get('r-1')!, D, now + DAY, now);
    expect(lines.map((l) => [l.start, l.cents])).toEqual([
      [at(0, 10), month(0.5)],
      [parseBillDay('2025.04.01')!, month(0.5)],
      [parseBillDay('2025.05.01')!, month(0.5)],
    ]);
    expect(lines[0]!.end).toBe(parseBillDay('2025.04.01'));
  });

  it('charge the difference of a dearer change, nothing for a cheaper one', () => {
    const w = world([prepaid(0.5, at(0))]);
    w.ledger.observe(at(0));
    w.set([prepaid(0.8)]);
    w.ledger.observe(at(1));
    w.set([prepaid(0.3)]);
    w.ledger.observe(at(2));
    const lines = billLines(w.ledger.get('r-1')!, D, D + 5 * DAY, at(4));
    expect(lines.map((l) => l.cents)).toEqual([month(0.5), Math.round((monthlyPrice(0.8) - monthlyPrice(0.5)) * 100)]);
  });

  it('buy a whole month when pay-as-you-go turns monthly', () => {
    const w = world([vm({ since: at(0) })]);
    w.ledger.observe(at(0));
    w.set([vm({ chargeType: 'PrePaid' })]);
    w.ledger.observe(at(0, 12));
    const lines = billLines(w.ledger.get('r-1')!, D, D + DAY, at(0, 18));
    expect(lines.map((l) => [l.period.chargeType, l.cents])).toEqual([
      ['PostPaid', 384],
      ['PrePaid', month(0.32)],
    ]);
  });
});
