import type { Bill, BillDetail, MeteringPool } from '@console/api-types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, waitForTask, type Harness } from './harness';

/**
 * Bills and metering through the BFF against the simulator: bills follow the account's history
 * (a new instance appears today, a deleted one stops), totals add up day by day and per
 * resource, malformed ranges are refused with the field named, metering answers per pool.
 */

let h: Harness;
// A shared machine can take a while to open the console's database.
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
beforeEach(() => h.sim.reset());
afterAll(async () => h?.close());

const DAY = 86_400_000;
const BEIJING = 8 * 3_600_000;
/** Beijing midnight of today, and a day written as the bills want it ("2019.09.02"). */
const today = () => Math.floor((Date.now() + BEIJING) / DAY) * DAY - BEIJING;
const day = (ms: number) => new Date(ms + BEIJING).toISOString().slice(0, 10).replaceAll('-', '.');
const cents = (n: number) => Math.round(n * 100);

async function bill(from: number, to: number): Promise<Bill> {
  const r = await h.action('billing', 'DescribeBill', { DateFromTo: `${day(from)} - ${day(to)}` });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.data;
}

async function detail(id: string, from: number, to: number): Promise<BillDetail> {
  const r = await h.action('billing', 'DescribeBillInfo', { DateFrom: day(from), DateTo: day(to), ResourceId: id });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.data;
}

describe('DescribeBill and DescribeBillInfo add up', () => {
  // Ranges end yesterday: today's lines grow while the test runs.
  it('a range’s total, and each resource’s, is the sum of its days', async () => {
    const first = today() - 7 * DAY;
    const range = await bill(first, today() - DAY);
    expect(range.totalViceCost).toBeGreaterThan(0);
    expect(cents(range.totalMasterCost + range.totalViceCost)).toBe(range.items.reduce((s, i) => s + cents(i.totalCost), 0));
    const days = await Promise.all(Array.from({ length: 7 }, (_, i) => bill(first + i * DAY, first + i * DAY)));
    expect(cents(range.totalViceCost)).toBe(days.reduce((s, d) => s + cents(d.totalViceCost), 0));
    for (const item of range.items) {
      const perDay = days.map((d) => d.items.find((i) => i.resourceId === item.resourceId)?.totalCost ?? 0);
      expect(cents(item.totalCost), item.resourceName).toBe(perDay.reduce((s, c) => s + cents(c), 0));
    }
  });

  it('DescribeBillInfo’s lines sum to the resource’s DescribeBill total', async () => {
    const from = today() - 35 * DAY;
    const range = await bill(from, today() - DAY);
    const sample = ['vm', 'disk', 'ip', 'wan'].map((type) => range.items.find((i) => i.resourceType === type)!);
    for (const item of sample) {
      const d = await detail(item.resourceId, from, today() - DAY);
      expect(d.totalCost).toBe(item.totalCost);
      expect(cents(item.totalCost)).toBe(d.items.reduce((s, l) => s + cents(l.totalCost), 0));
      expect(d.items.every((l) => l.resourceId === item.resourceId && l.startTime! <= l.endTime!)).toBe(true);
    }
  });
});

describe('bills follow the account’s history', () => {
  it('a new instance is in today’s bill; once deleted it stops while its twin goes on', async () => {
    const vdc = (await h.action('network', 'DescribeVdc', { RegionId: 'CN_Beijing_A' })).body.data.items[0];
    const created = await h.action('ccs', 'CreateInstance', {
      RegionId: 'CN_Beijing_A', VdcId: vdc.id, Password: 'Str0ng!Pass', InstanceName: 'twin', Amount: 2, Cpu: 4, Ram: 8,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const task = await waitForTask(h, created.body.taskIds[0]);
    const [gone, kept] = task.resourceIds as [string, string];
    const todays = await bill(today(), today());
    const fresh = todays.items.find((i) => i.resourceId === gone);
    expect(fresh).toMatchObject({ resourceType: 'vm', resourceName: 'twin-001' });
    expect(fresh!.deletedAt).toBeUndefined();
    expect((await bill(today() - DAY, today() - DAY)).items.some((i) => i.resourceId === gone)).toBe(false);

    const deleted = await h.action('ccs', 'DeleteInstance', { InstanceIds: [gone] });
    expect((await waitForTask(h, deleted.body.taskIds[0])).status).toBe('FINISH');
    await new Promise((r) => setTimeout(r, 1100));
    const after = (await bill(today(), today())).items;
    const deletedAt = after.find((i) => i.resourceId === gone)!.deletedAt!;
    expect(deletedAt).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
    expect(after.find((i) => i.resourceId === kept)!.deletedAt).toBeUndefined();
    const goneEnd = (await detail(gone, today(), today())).items.at(-1)!;
    const keptEnd = (await detail(kept, today(), today())).items.at(-1)!;
    expect(goneEnd.endTime).toBe(Date.parse(`${deletedAt.replace(' ', 'T')}+08:00`) / 1000);
    expect(goneEnd.status).toBe('deleted');
    expect(keptEnd.endTime! - goneEnd.endTime!).toBeGreaterThanOrEqual(1);
    // Tomorrow neither accrues (nothing is charged ahead of now).
    expect((await bill(today() + DAY, today() + DAY)).items).toEqual([]);
  });
});

describe('malformed ranges and ids', () => {
  it.each([
    ['2019.09.02-2019.09.03', 'one space either side'],
    ['2019/09/02 - 2019/09/03', 'YYYY.MM.DD'],
    ['2019.09.31 - 2019.10.01', 'YYYY.MM.DD'],
    ['2019.09.03 - 2019.09.02', 'must not be after'],
  ])('DateFromTo "%s" is refused before anything is sent (%s)', async (range, words) => {
    const r = await h.action('billing', 'DescribeBill', { DateFromTo: range });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'ValidationError', issues: [{ path: 'DateFromTo', message: expect.stringContaining(words) }] });
  });

  it('DescribeBillInfo: the cloud’s codes for a malformed id and one never billed', async () => {
    const d = day(today());
    const malformed = await h.action('billing', 'DescribeBillInfo', { DateFrom: d, DateTo: d, ResourceId: 'vm one' });
    expect(malformed).toMatchObject({ status: 400, body: { code: 'InvalidResourceId.Malformed', httpStatus: 400 } });
    const unknown = await h.action('billing', 'DescribeBillInfo', { DateFrom: d, DateTo: d, ResourceId: '0bb08ed7-e686-4168-93e5-e0187579753b' });
    expect(unknown).toMatchObject({ status: 400, body: { code: 'InvalidResourceId.NotFound' } });
  });
});

describe('GetMetering', () => {
  it('answers each pool, the same for the same day, one pool by Uid', async () => {
    const r = await h.action('billing', 'GetMetering', { EndTime: '20250301' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const pools = r.body.data as MeteringPool[];
    expect(pools.map((p) => p.id)).toEqual(['2001', '2002', '2003']);
    expect(pools[0]).toMatchObject({ totalSize: 10240, cold: expect.any(Number), warm: expect.any(Number) });
    expect(pools[0]!.cold).toBeGreaterThan(0);
    expect((await h.action('billing', 'GetMetering', { EndTime: '20250301' })).body.data).toEqual(pools);
    const one = await h.action('billing', 'GetMetering', { EndTime: '20250301', Uid: '2003' });
    expect(one.body.data).toEqual([pools[2]]);
  });

  it('refuses an unknown pool with the document’s code, and a date that does not exist', async () => {
    const unknown = await h.action('billing', 'GetMetering', { EndTime: '20250301', Uid: '42' });
    expect(unknown).toMatchObject({ status: 400, body: { code: 'InvalidParamater', message: expect.stringContaining('uid不存在') } });
    const bad = await h.action('billing', 'GetMetering', { EndTime: '20250229' });
    expect(bad).toMatchObject({ status: 400, body: { code: 'ValidationError', issues: [{ path: 'EndTime' }] } });
  });
});
