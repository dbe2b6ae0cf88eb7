import { hourlyOf, type BillableResource, type BillChargeType, type PricePart } from './billable';

/**
 * The account's billing memory: every billable resource it has ever had, when it began, when
 * it was deleted, and its price over time as periods (a new period starts whenever the
 * charge type or any priced part changes). Bills (lines.ts) are computed from it, so they
 * follow the account's real history and deleted resources keep their lifetimes.
 */

export interface Period {
  from: number;
  /** Open while the resource lives at this price. */
  to?: number;
  chargeType: BillChargeType;
  parts: PricePart[];
  hourly: number;
  /**
   * What a PrePaid period charges when it opens: a whole month, or (after a change of a PrePaid
   * resource) the month's difference over the previous price, as upgradeCharge takes it.
   */
  opening: 'month' | { previousHourly: number };
}

export interface LedgerRecord {
  /** The resource as last seen (name, status, VDC). */
  latest: BillableResource;
  createdAt: number;
  deletedAt?: number;
  periods: Period[];
}

const priceKey = (chargeType: string, parts: readonly PricePart[]) =>
  JSON.stringify([chargeType, parts.map((p) => [p.name, p.amount, p.hourly])]);

export class Ledger {
  private readonly records = new Map<string, LedgerRecord>();
  private lastLook = -Infinity;

  /** `list` returns the account's billable resources as they are now (every source's). */
  constructor(private readonly list: () => BillableResource[]) {}

  /** Looks at the world at `now`: opens what is new, starts a period where a price changed, closes what is gone. */
  observe(now: number) {
    const seen = new Set<string>();
    for (const resource of this.list()) {
      seen.add(resource.resourceId);
      const record = this.records.get(resource.resourceId);
      if (!record || record.deletedAt !== undefined) this.open(resource, now);
      else this.update(record, resource, now);
    }
    for (const record of this.records.values()) {
      if (record.deletedAt === undefined && !seen.has(record.latest.resourceId)) {
        record.deletedAt = now;
        record.periods.at(-1)!.to = now;
      }
    }
    this.lastLook = now;
  }

  get(resourceId: string) {
    return this.records.get(resourceId);
  }

  all(): LedgerRecord[] {
    return [...this.records.values()];
  }

  private open(resource: BillableResource, now: number) {
    // Nothing unseen at the last look can have begun before it (a disk added to an old instance).
    const createdAt = Math.min(now, Math.max(resource.since ?? now, this.lastLook));
    this.records.set(resource.resourceId, {
      latest: resource,
      createdAt,
      periods: [period(resource, createdAt, 'month')],
    });
  }

  private update(record: LedgerRecord, resource: BillableResource, now: number) {
    record.latest = resource;
    const last = record.periods.at(-1)!;
    if (priceKey(last.chargeType, last.parts) === priceKey(resource.chargeType, resource.parts)) return;
    last.to = now;
    const opening = last.chargeType === 'PrePaid' && resource.chargeType === 'PrePaid' ? { previousHourly: last.hourly } : 'month';
    record.periods.push(period(resource, now, opening));
  }
}

function period(resource: BillableResource, from: number, opening: Period['opening']): Period {
  return { from, chargeType: resource.chargeType, parts: resource.parts, hourly: hourlyOf(resource.parts), opening };
}
