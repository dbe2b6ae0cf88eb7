import { cdsNetworkOps } from '@console/api-types';
import { describe, expect, it } from 'vitest';
import { TEST_KEY, waitForTask, type Json } from '../../testing/client';
import { expectTaskAnswer, GONE_ID, opsSimulator, statusAndCode } from '../../testing/instances';

/** The public-network actions and DescribeBandwidthTraffic on the wire. */

const env = opsSimulator();

const vdcs = async () => (await env.client.get('/network', 'DescribeVdc')).body.Data as Json[];
const vdcByName = async (name: string) => (await vdcs()).find((v) => v.VdcName === name)!;
const publicOf = async (vdcName: string, index = 0) => (await vdcByName(vdcName)).PublicNetwork[index] as Json;
const post = (action: string, params: Record<string, unknown>) => env.client.post('/network', action, params);
const get = (action: string, params: Record<string, unknown>) => env.client.get('/network', action, params);
const finish = async (r: { status: number; body: Json }) => {
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return (await waitForTask(env.client, r.body.TaskId)).answer.Data;
};

/** A new VDC (in Wuxi unless told) with one public network of four addresses, ready. */
async function freshPublic(spec: Record<string, unknown> = {}, RegionId = 'CN_Wuxi_A') {
  const r = await post('CreateVdc', { RegionId, VdcName: 'pub-test', PublicNetwork: { Type: 'Bandwidth_BGP', BillingMethod: 'Bandwidth', Qos: 10, IPNum: 4, ...spec } });
  await finish(r);
  return publicOf('pub-test');
}

describe('CreatePublicNetwork', () => {
  it('adds a second public network to a VDC, named 公网2 by default, from a block that overlaps no other', async () => {
    const prod = await vdcByName('Beijing-Prod');
    const r = await post('CreatePublicNetwork', { VdcId: prod.VdcId, Type: 'Bandwidth_Tow_Line_BGP', BillingMethod: 'DataPackage', Qos: 1000, IPNum: 16, AutoRenew: 0 });
    expectTaskAnswer(cdsNetworkOps.CreatePublicNetwork, r);
    expect((await publicOf('Beijing-Prod', 1)).Status).toBe('creating');
    await finish(r);
    const added = await publicOf('Beijing-Prod', 1);
    expect(added).toMatchObject({ Name: '公网2', Status: 'ok', BillingMethod: 'DataPackage', Qos: 1000, AutoRenew: 0, UnuseIpNum: 13 });
    const first = await publicOf('Beijing-Prod', 0);
    const range = (s: Json) => {
      const n = s.Address.split('.').reduce((a: number, p: string) => a * 256 + Number(p), 0);
      return [n, n + 2 ** (32 - s.Mask) - 1];
    };
    for (const a of first.Segments.map(range)) {
      for (const b of added.Segments.map(range)) expect(a[1] < b[0] || b[1] < a[0]).toBe(true);
    }
  });

  it('answers its documented errors; a 95th-percentile network gets a cap of 120 %', async () => {
    const prod = await vdcByName('Beijing-Prod');
    const base = { VdcId: prod.VdcId, Type: 'Bandwidth_BGP', BillingMethod: 'Bandwidth', Qos: 10, IPNum: 4 };
    const cases: [Record<string, unknown>, string][] = [
      [{ VdcId: 'v' }, 'InvalidVdcId.Malformed'],
      [{ VdcId: GONE_ID }, 'VDCNotFound'],
      [{ Type: 'AntiDDOS' }, 'InvalidPublicNetwork.Type.Malformed'],
      [{ BillingMethod: 'DataPackage' }, 'InvalidPublicNetwork.BillingMethod.Malformed'],
      [{ Qos: 12 }, 'InvalidPublicNetwork.Bandwich.Malformed'],
      [{ IPNum: 3 }, 'InvalidPublicNetwork.Ip.Malformed'],
    ];
    for (const [change, code] of cases) expect(statusAndCode(await post('CreatePublicNetwork', { ...base, ...change })), code).toEqual([400, code]);
    env.sim.world.account(TEST_KEY.accessKeyId)!.balance = 1;
    expect(statusAndCode(await post('CreatePublicNetwork', base))).toEqual([400, 'Account.Arrearage']);
    env.sim.world.account(TEST_KEY.accessKeyId)!.balance = 1000;
    await finish(await post('CreatePublicNetwork', { ...base, BillingMethod: 'Bandwidth_95', Qos: 100 }));
    expect(await publicOf('Beijing-Prod', 1)).toMatchObject({ BillingMethod: 'Bandwidth_95', Qos: 100, FloatBandwidth: 120, AutoRenew: 1 });
  });
});

describe('ModifyPublicNetwork', () => {
  it('changes the bandwidth at FINISH ("updating" meanwhile), charging a raise', async () => {
    const pub = await publicOf('Beijing-测试环境');
    const account = env.sim.world.account(TEST_KEY.accessKeyId)!;
    const before = account.balance;
    const r = await get('ModifyPublicNetwork', { PublicId: pub.PublicId, Qos: '50' });
    expectTaskAnswer(cdsNetworkOps.ModifyPublicNetwork, r);
    expect(await publicOf('Beijing-测试环境')).toMatchObject({ Status: 'updating', Qos: 20 });
    expect(statusAndCode(await get('ModifyPublicNetwork', { PublicId: pub.PublicId, Qos: 60 }))).toEqual([403, 'IncorrectNetworkStatus']);
    expect(await finish(r)).toMatchObject({ Status: 'FINISH', TaskType: 'modifyPublicNetwork', ResourceId: pub.PublicId });
    expect(await publicOf('Beijing-测试环境')).toMatchObject({ Status: 'ok', Qos: 50 });
    expect(account.balance).toBeCloseTo(before - 30 * 1.5, 2);
  });

  it('keeps to what the type sells: steps, the MaxQos, not the same size, not a data package', async () => {
    const pub = await publicOf('Singapore-Edge');
    const cases: [unknown, number, string, RegExp][] = [
      [500, 400, 'InvalidPublicNetwork.Bandwich.Malformed', /sold up to 200/],
      [52, 400, 'InvalidPublicNetwork.Bandwich.Malformed', /steps of 5/],
      [50, 400, 'InvalidPublicNetwork.Bandwich.Malformed', /already has 50/],
      [501, 400, 'InvalidPublicNetwork.Bandwich.Malformed', /1 to 500/],
    ];
    for (const [qos, status, code, message] of cases) {
      const r = await get('ModifyPublicNetwork', { PublicId: pub.PublicId, Qos: qos });
      expect(statusAndCode(r), String(qos)).toEqual([status, code]);
      expect(r.body.Message).toMatch(message);
    }
    expect(statusAndCode(await get('ModifyPublicNetwork', { PublicId: 'x', Qos: 10 }))).toEqual([400, 'InvalidPublicNetworkID.Malformed']);
    expect(statusAndCode(await get('ModifyPublicNetwork', { PublicId: GONE_ID, Qos: 10 }))).toEqual([400, 'PublicNetworkNotFound']);
    const pkg = await freshPublic({ Type: 'Bandwidth_BGP', BillingMethod: 'Traffic', Qos: 10 });
    expect(statusAndCode(await get('ModifyPublicNetwork', { PublicId: pkg.PublicId, Qos: 13 }))).toEqual([200, 'Success']);
  });
});

describe('AddPublicIp and DeletePublicIp', () => {
  it('adds a block at FINISH and removes an unused one; refuses the last block and a block in use', async () => {
    const pub = await freshPublic();
    const add = await get('AddPublicIp', { PublicId: pub.PublicId, Number: 16 });
    expectTaskAnswer(cdsNetworkOps.AddPublicIp, add);
    expect((await publicOf('pub-test')).Segments).toHaveLength(1);
    const task = await finish(add);
    const after = await publicOf('pub-test');
    expect(after.Segments).toHaveLength(2);
    const added = after.Segments.find((s: Json) => s.SegmentId === task.ResourceIds[1]);
    expect(added).toMatchObject({ Mask: 28 });
    expect(after.UnuseIpNum).toBe(1 + 13);

    const first = after.Segments.find((s: Json) => s.SegmentId !== added.SegmentId);
    const vdcId = (await vdcByName('pub-test')).VdcId;
    const created = await env.client.post('/ccs', 'CreateInstance', { RegionId: 'CN_Wuxi_A', VdcId: vdcId, Password: 'Str0ng!Pass', PublicIp: 'auto' });
    await waitForTask(env.client, created.body.TaskId);
    const inUse = await get('DeletePublicIp', { SegmentId: first.SegmentId });
    expect(statusAndCode(inUse)).toEqual([403, 'IncorrectNetworkStatus']);
    expect(inUse.body.Message).toMatch(/in use/);

    const del = await get('DeletePublicIp', { SegmentId: added.SegmentId });
    expectTaskAnswer(cdsNetworkOps.DeletePublicIp, del);
    await finish(del);
    expect((await publicOf('pub-test')).Segments.map((s: Json) => s.SegmentId)).toEqual([first.SegmentId]);
    const last = await get('DeletePublicIp', { SegmentId: first.SegmentId });
    expect(statusAndCode(last)).toEqual([403, 'IncorrectNetworkStatus']);
    expect(last.body.Message).toMatch(/last IP segment/);
    expect(statusAndCode(await get('DeletePublicIp', { SegmentId: added.SegmentId }))).toEqual([400, 'SegmentNotFound']);
    expect(statusAndCode(await get('DeletePublicIp', { SegmentId: 'seg' }))).toEqual([400, 'InvalidIpId.Malformed']);
    expect(statusAndCode(await get('AddPublicIp', { PublicId: pub.PublicId, Number: 6 }))).toEqual([400, 'InvalidPublicNetwork.IP.Malformed']);
  });

  it('keeps at most eight blocks per network', async () => {
    const pub = await freshPublic();
    for (let i = 0; i < 7; i++) await finish(await get('AddPublicIp', { PublicId: pub.PublicId, Number: 4 }));
    expect(statusAndCode(await get('AddPublicIp', { PublicId: pub.PublicId, Number: 4 }))).toEqual([400, 'QuotaExceed.PublicIp']);
  });
});

describe('DeletePublicNetwork and RenewPublicNetwork', () => {
  it('refuses a network whose addresses are in use, naming the instances; deletes an unused one', async () => {
    const prod = await publicOf('Beijing-Prod');
    const refused = await get('DeletePublicNetwork', { PublicId: prod.PublicId });
    expect(statusAndCode(refused)).toEqual([403, 'IncorrectNetworkStatus']);
    expect(refused.body.Message).toMatch(/in use by \S+, \S+, \S+ and 4 more/);
    const pub = await freshPublic();
    const r = await get('DeletePublicNetwork', { PublicId: pub.PublicId });
    expectTaskAnswer(cdsNetworkOps.DeletePublicNetwork, r);
    expect((await publicOf('pub-test')).Status).toBe('deleting');
    await finish(r);
    expect((await vdcByName('pub-test')).PublicNetwork).toEqual([]);
    expect(statusAndCode(await get('DeletePublicNetwork', { PublicId: pub.PublicId }))).toEqual([400, 'PublicNetworkNotFound']);
    expect(statusAndCode(await get('DeletePublicNetwork', { PublicId: '1' }))).toEqual([400, 'InvalidPublicID.Malformed']);
  });

  it('switches auto-renewal of a data package or 95th-percentile network, with no task; refuses a fixed bandwidth', async () => {
    // Beijing sells Bandwidth_BGP as Bandwidth_95 too.
    const pkg = await freshPublic({ BillingMethod: 'Bandwidth_95', Qos: 50 }, 'CN_Beijing_A');
    const r = await get('RenewPublicNetwork', { PublicId: pkg.PublicId, AutoRenew: 0 });
    expect(r.status).toBe(200);
    expect(r.body.TaskId).toBeUndefined();
    expect(cdsNetworkOps.RenewPublicNetwork.output.safeParse(r.body).success).toBe(true);
    expect((await publicOf('pub-test')).AutoRenew).toBe(0);
    const fixed = await publicOf('Beijing-Prod');
    const refused = await get('RenewPublicNetwork', { PublicId: fixed.PublicId, AutoRenew: 1 });
    expect(statusAndCode(refused)).toEqual([403, 'IncorrectNetworkStatus']);
    expect(refused.body.Message).toMatch(/does not renew/);
    expect(statusAndCode(await get('RenewPublicNetwork', { PublicId: 'x', AutoRenew: 1 }))).toEqual([400, 'InvalidPublicId.Malformed']);
    expect(statusAndCode(await get('RenewPublicNetwork', { PublicId: pkg.PublicId, AutoRenew: 2 }))).toEqual([400, 'InvalidParameter']);
  });
});

describe('DescribeBandwidthTraffic', () => {
  it('reads the last five minutes of a public or private network under its MaxQos, the same for the same moment', async () => {
    const prod = await vdcByName('Beijing-Prod');
    for (const id of [prod.PublicNetwork[0].PublicId, prod.PrivateNetwork[0].PrivateId]) {
      const a = await get('DescribeBandwidthTraffic', { NetworkId: id });
      expect(a.status).toBe(200);
      expect(cdsNetworkOps.DescribeBandwidthTraffic.output.safeParse(a.body).success).toBe(true);
      const { Inbps, Outbps } = a.body.Data.LastFiveMinutesUsage;
      const cap = a.body.Data.MaxQos * 1_000_000;
      expect(Outbps).toBeGreaterThan(0);
      expect(Inbps).toBeGreaterThan(0);
      expect(Math.max(Inbps, Outbps)).toBeLessThan(cap);
    }
    expect((await get('DescribeBandwidthTraffic', { NetworkId: prod.PublicNetwork[0].PublicId })).body.Data.MaxQos).toBe(100);
    expect((await get('DescribeBandwidthTraffic', { NetworkId: prod.PrivateNetwork[0].PrivateId })).body.Data.MaxQos).toBe(1000);
    expect(statusAndCode(await get('DescribeBandwidthTraffic', { NetworkId: 'n' }))).toEqual([400, 'InvalidPublicId.Malformed']);
    expect(statusAndCode(await get('DescribeBandwidthTraffic', { NetworkId: GONE_ID }))).toEqual([400, 'NetworkNotFound']);
  });
});
