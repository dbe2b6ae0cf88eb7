import { cdsBilling } from '@console/api-types';
import { describe, expect, it } from 'vitest';
import { STRONG_PASSWORD, waitForTask, type Json } from '../../testing/client';
import { GONE_ID, opsSimulator, statusAndCode } from '../../testing/instances';
import { billDay, dayStart } from '../models/billing/days';
import { DAY } from '../../util/time';

const env = opsSimulator();
const today = () => dayStart(Date.now());
const bill = async (fromTo: string) => env.client.get('/billing', 'DescribeBill', { DateFromTo: fromTo });
const billOf = async (from: number, to: number) => {
  const r = await bill(`${billDay(from)} - ${billDay(to)}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.Data as { BillInfo: Json[]; TotalMasterCost: number; TotalViceCost: number };
};
const info = (id: string, from: number, to: number) =>
  env.client.get('/billing', 'DescribeBillInfo', { DateFrom: billDay(from), DateTo: billDay(to), ResourceId: id });
const cents = (n: number) => Math.round(n * 100);
const centsOf = (items: Json[]) => items.reduce((s, i) => s + cents(i.TotalCost), 0);

describe('DescribeBill over the seeded world', () => {
  it('answers as the document: Code "success", every resource kind, totals on the secondary account', async () => {
    const r = await bill(`${billDay(today() - 6 * DAY)} - ${billDay(today())}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ Code: 'success', Message: 'bill day query success', TaskId: '' });
    expect(cdsBilling.DescribeBill.output.safeParse(r.body).success).toBe(true);
    const data = r.body.Data;
    expect(new Set(data.BillInfo.map((i: Json) => i.ResourceType))).toEqual(new Set(['vm', 'disk', 'ip', 'wan', 'mysql', 'redis', 'memcached']));
    expect(data.TotalMasterCost).toBe(0);
    expect(cents(data.TotalViceCost)).toBe(centsOf(data.BillInfo));
    expect(data.TotalViceCost).toBeGreaterThan(0);
    for (const item of data.BillInfo) expect(item).toMatchObject({ DeleteTime: '', CreateTime: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/) });
  });

  // Ranges end yesterday: today's lines grow while the test runs.
  it('adds up: a range’s total, and each resource’s, is the sum of its days', async () => {
    const first = today() - 10 * DAY;
    const range = await billOf(first, today() - DAY);
    const days = await Promise.all(Array.from({ length: 10 }, (_, i) => billOf(first + i * DAY, first + i * DAY)));
    expect(cents(range.TotalViceCost)).toBe(days.reduce((s, d) => s + cents(d.TotalViceCost), 0));
    for (const item of range.BillInfo.slice(0, 8)) {
      const perDay = days.map((d) => d.BillInfo.find((i) => i.ResourceId === item.ResourceId)?.TotalCost ?? 0);
      expect(cents(item.TotalCost)).toBe(perDay.reduce((s, c) => s + cents(c), 0));
    }
  });

  it('lists nothing before the account had resources, nor in the future', async () => {
    expect((await billOf(Date.UTC(2019, 0, 1), Date.UTC(2019, 0, 31))).BillInfo).toEqual([]);
    expect((await billOf(today() + 2 * DAY, today() + 3 * DAY)).BillInfo).toEqual([]);
  });
});

describe('DescribeBillInfo', () => {
  it('answers lines that sum to the resource’s DescribeBill total, for every resource', async () => {
    const from = today() - 40 * DAY;
    const items = (await billOf(from, today() - DAY)).BillInfo;
    for (const item of items) {
      const r = await info(item.ResourceId, from, today() - DAY);
      expect(r.status).toBe(200);
      expect(cdsBilling.DescribeBillInfo.output.safeParse(r.body).success).toBe(true);
      expect(r.body.Data.TotalCost).toBe(item.TotalCost);
      expect(centsOf(r.body.Data.BillDetail)).toBe(cents(item.TotalCost));
    }
  });

  it('describes a pay-as-you-go instance as the document’s example: per-minute unit price over its seconds', async () => {
    const vm = (await billOf(today() - DAY, today() - DAY)).BillInfo.find((i) => i.ResourceType === 'vm')!;
    const r = await info(vm.ResourceId, today() - DAY, today() - DAY);
    const line = r.body.Data.BillDetail.find((l: Json) => l.PayType === '1');
    expect(line).toMatchObject({ PayDesc: '按需计费', ResourceType: 'vm', Status: expect.any(String) });
    expect(line.Configuration).toMatch(/^云主机\(\w+\):系统硬盘:\d+GB,vCPU:\d+C,内存:\d+GB,操作系统:.+$/);
    expect(line.CostDetail).toMatch(/系统硬盘:0E-8,vCPU:\d+\.\d{8},内存:\d+\.\d{8},操作系统:0E-8$/);
    expect(line.EndTime - line.StartTime).toBe(86_400);
    expect(line.TotalCost).toBeCloseTo(line.UnitPrice * 1440, 2);
  });

  it('refuses a malformed id and one never billed, with their codes', async () => {
    const d = today();
    expect(statusAndCode(await info('not-an-id', d, d))).toEqual([400, 'InvalidResourceId.Malformed']);
    expect(statusAndCode(await info(GONE_ID, d, d))).toEqual([400, 'InvalidResourceId.NotFound']);
    const bad = await env.client.get('/billing', 'DescribeBillInfo', { DateFrom: '2019.02.30', DateTo: '2019.03.01', ResourceId: GONE_ID });
    expect(statusAndCode(bad)).toEqual([400, 'InvalidParameter']);
    expect(bad.body.Message).toContain('DateFrom');
  });
});

describe('malformed ranges', () => {
  it.each([
    ['2019.09.02-2019.09.03', 'one space either side'],
    ['2019.09.02  -  2019.09.03', 'one space either side'],
    ['2019-09-02 - 2019-09-03', 'YYYY.MM.DD'],
    ['2019.02.30 - 2019.03.01', 'YYYY.MM.DD'],
    ['2019.09.03 - 2019.09.02', 'must not be after'],
  ])('refuses "%s" (InvalidParameter: %s)', async (range, words) => {
    const r = await bill(range);
    expect(statusAndCode(r)).toEqual([400, 'InvalidParameter']);
    expect(r.body.Message).toContain('DateFromTo');
    expect(r.body.Message).toContain(words);
  });

  it('asks for a missing DateFromTo', async () => {
    expect(statusAndCode(await env.client.get('/billing', 'DescribeBill'))).toEqual([400, 'MissingParameter']);
  });
});

describe('bills follow the account’s history', () => {
  it('shows an instance created now in today’s bill, and its deletion stops it', async () => {
    const vdc = (await env.client.get('/network', 'DescribeVdc', { RegionId: 'CN_Beijing_A' })).body.Data[0];
    const created = await env.client.post('/ccs', 'CreateInstance', {
      RegionId: 'CN_Beijing_A', VdcId: vdc.VdcId, Password: STRONG_PASSWORD, InstanceName: 'billed', Cpu: 2, Ram: 4,
      DataDisks: [{ Size: 100, Type: 'ssd_disk' }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const { answer } = await waitForTask(env.client, created.body.TaskId);
    const id = answer.Data.ResourceId as string;
    const todays = (await billOf(today(), today())).BillInfo;
    const mine = todays.find((i) => i.ResourceId === id)!;
    expect(mine).toMatchObject({ ResourceType: 'vm', ResourceName: 'billed', DeleteTime: '' });
    const disk = (await env.look.instance(id)).Disks.DataDisks[0].DiskId;
    expect(todays.find((i) => i.ResourceId === disk)).toMatchObject({ ResourceType: 'disk' });
    expect((await billOf(today() - DAY, today() - DAY)).BillInfo.some((i) => i.ResourceId === id)).toBe(false);

    const deleted = await env.client.post('/ccs', 'DeleteInstance', { InstanceIds: [id] });
    await waitForTask(env.client, deleted.body.TaskId);
    const after = (await billOf(today(), today())).BillInfo.find((i) => i.ResourceId === id)!;
    expect(after.DeleteTime).not.toBe('');
    const lines = (await info(id, today(), today())).body.Data.BillDetail as Json[];
    const deletedAt = Date.parse(after.DeleteTime.replace(' ', 'T') + '+08:00') / 1000;
    expect(lines.at(-1)!.EndTime).toBe(deletedAt);
    expect(lines.at(-1)!.Status).toBe('deleted');
    // The ledger keeps it after the instance is gone from DescribeInstances.
    expect(await env.look.instances({ InstanceId: id })).toEqual([]);
  });
});

describe('public networks on the bills', () => {
  it('a data package bought now is charged its month today, its addresses accrue; deleted, it stops', async () => {
    const vdc = (await env.client.get('/network', 'DescribeVdc', { RegionId: 'CN_Beijing_A' })).body.Data[0];
    const created = await env.client.post('/network', 'CreatePublicNetwork', {
      VdcId: vdc.VdcId, Type: 'Bandwidth_Tow_Line_BGP', BillingMethod: 'DataPackage', Qos: 1000, IPNum: 16,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    await waitForTask(env.client, created.body.TaskId);
    const net = ((await env.client.get('/network', 'DescribeVdc', { VdcId: vdc.VdcId })).body.Data[0].PublicNetwork as Json[]).at(-1)!;
    const todays = (await billOf(today(), today())).BillInfo;
    const wan = todays.find((i) => i.ResourceId === net.PublicId)!;
    expect(wan).toMatchObject({ ResourceType: 'wan', DeleteTime: '' });
    // 1000 GB at the network model's 0.8 a GB, paid for the month when bought.
    expect(wan.TotalCost).toBeCloseTo(800, 2);
    const line = (await info(net.PublicId, today(), today())).body.Data.BillDetail[0];
    expect(line).toMatchObject({ PayType: '2', PayDesc: '包年包月' });
    const segment = todays.find((i) => i.ResourceId === net.Segments[0].SegmentId);
    expect(segment).toMatchObject({ ResourceType: 'ip', ResourceName: `${net.Segments[0].Address}/${net.Segments[0].Mask}` });

    const deleted = await env.client.get('/network', 'DeletePublicNetwork', { PublicId: net.PublicId });
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
    await waitForTask(env.client, deleted.body.TaskId);
    const after = (await billOf(today(), today())).BillInfo;
    expect(after.find((i) => i.ResourceId === net.PublicId)!.DeleteTime).not.toBe('');
    expect(after.find((i) => i.ResourceId === net.Segments[0].SegmentId)!.DeleteTime).not.toBe('');
  });
});

describe('GetMetering', () => {
  const metering = (params: Record<string, unknown>) => env.client.get('/ccs-product', 'GetMetering', params);

  it('answers every pool as the document, the same each time', async () => {
    const r = await metering({ EndTime: '20250110' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ Code: 'Success', Message: 'Success.' });
    expect(cdsBilling.GetMetering.output.safeParse(r.body).success).toBe(true);
    expect(r.body.Data.map((p: Json) => p.Id)).toEqual(['2001', '2002', '2003']);
    expect(r.body.Data[0]).toMatchObject({ Name: expect.any(String), TotalSize: '10240', Cold: expect.any(Number), Warm: expect.any(Number) });
    expect((await metering({ EndTime: '20250110' })).body.Data).toEqual(r.body.Data);
    expect((await metering({ EndTime: '20250111' })).body.Data).not.toEqual(r.body.Data);
  });

  it('answers one pool by Uid, the same as in the whole list', async () => {
    const all = (await metering({ EndTime: '20250110' })).body.Data as Json[];
    const one = await metering({ EndTime: '20250110', Uid: '2002' });
    expect(one.body.Data).toEqual([all[1]]);
  });

  it('answers nothing from the future: a later EndTime is today', async () => {
    const future = await metering({ EndTime: '20991231' });
    const now = await metering({ EndTime: billDay(Date.now()).replaceAll('.', '') });
    expect(future.body.Data).toEqual(now.body.Data);
  });

  it('answers the document’s codes: unknown uid, missing EndTime; a date that does not exist is refused', async () => {
    expect(statusAndCode(await metering({ EndTime: '20250110', Uid: '9999' }))).toEqual([400, 'InvalidParamater']);
    expect((await metering({ EndTime: '20250110', Uid: '9999' })).body.Message).toBe('uid不存在');
    expect(statusAndCode(await metering({}))).toEqual([400, 'InvalidParameter.IsNull']);
    const bad = await metering({ EndTime: '20250230' });
    expect(statusAndCode(bad)).toEqual([400, 'InvalidParameter']);
    expect(bad.body.Message).toContain('YYYYMMDD');
  });
});
