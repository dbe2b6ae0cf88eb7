import { cdsDateTime, DAY } from '../../../util/time';
import type { Account } from '../account';
import { monthlyPrice } from '../pricing';
import type { PricePart } from './billable';
import type { LedgerRecord } from './ledger';
import { billLines, livedIn, sumCents, type BillLine } from './lines';

/**
 * DescribeBill and DescribeBillInfo answers from the account's ledger, over whole Beijing days
 * [from, to] (both days included). Amounts are cents inside and CNY with two decimals outside.
 */

const cny = (cents: number) => cents / 100;
const seconds = (ms: number) => Math.floor(ms / 1000);

/** "0E-8" for zero, as the document's CostDetail writes a zero BigDecimal; else eight decimals. */
const decimal8 = (n: number) => (n === 0 ? '0E-8' : n.toFixed(8));

const PAY = {
  PostPaid: { PayType: '1', PayDesc: '按需计费' },
  PrePaid: { PayType: '2', PayDesc: '包年包月' },
} as const;

function identity(record: LedgerRecord) {
  const r = record.latest;
  return { RegionId: r.regionId, ResourceId: r.resourceId, ResourceName: r.name, ResourceType: r.resourceType, VdcId: r.vdcId, VdcName: r.vdcName };
}

const rangeOf = (fromDay: number, toDay: number) => ({ from: fromDay, to: toDay + DAY });

/** DescribeBill's Data: every resource that existed in the range, newest first, with its cost. */
export function describeBill(account: Account, fromDay: number, toDay: number, now: number) {
  const { from, to } = rangeOf(fromDay, toDay);
  const items = account.ledger
    .all()
    .filter((record) => livedIn(record, from, to, now))
    .sort((a, b) => b.createdAt - a.createdAt)
    .map((record) => ({ record, cents: sumCents(billLines(record, from, to, now)) }));
  const total = items.reduce((sum, i) => sum + i.cents, 0);
  return {
    BillInfo: items.map(({ record, cents }) => ({
      CreateTime: cdsDateTime(record.createdAt),
      DeleteTime: record.deletedAt === undefined ? '' : cdsDateTime(record.deletedAt),
      ...identity(record),
      TotalCost: cny(cents),
    })),
    // The document's example puts the whole spend on the secondary account (TotalViceCost 76.97
    // is the sum of its items, TotalMasterCost 0): the simulator answers the same way.
    TotalMasterCost: 0,
    TotalViceCost: cny(total),
  };
}

const describe = (product: string, parts: readonly PricePart[], value: (p: PricePart) => string) =>
  `${product}:${parts.map((p) => `${p.name}:${value(p)}`).join(',')}`;

function detailLine(record: LedgerRecord, line: BillLine) {
  const { chargeType, parts } = line.period;
  const monthly = chargeType === 'PrePaid';
  const product = record.latest.product;
  return {
    Configuration: describe(product, parts, (p) => p.amount),
    // Each part's price in the line's unit: per minute (PostPaid) or per month (PrePaid).
    CostDetail: describe(product, parts, (p) => decimal8(monthly ? monthlyPrice(p.hourly) : p.hourly / 60)),
    CreateTime: cdsDateTime(record.createdAt),
    EndTime: seconds(line.end),
    IPs: record.latest.ips,
    ...PAY[chargeType],
    ...identity(record),
    StartTime: seconds(line.start),
    Status: record.deletedAt === undefined ? record.latest.status : 'deleted',
    TotalCost: cny(line.cents),
    UnitPrice: Number(line.unitPrice.toFixed(8)),
  };
}

/** DescribeBillInfo's Data: the resource's lines in the range, oldest first; TotalCost is their sum. */
export function describeBillInfo(record: LedgerRecord, fromDay: number, toDay: number, now: number) {
  const { from, to } = rangeOf(fromDay, toDay);
  const lines = billLines(record, from, to, now).sort((a, b) => a.start - b.start);
  return { BillDetail: lines.map((l) => detailLine(record, l)), TotalCost: cny(sumCents(lines)) };
}
