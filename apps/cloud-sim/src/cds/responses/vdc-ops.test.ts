import { cdsNetworkOps } from '@console/api-types';
import { describe, expect, it } from 'vitest';
import { TEST_KEY, waitForTask, type Json } from '../../testing/client';
import { expectTaskAnswer, GONE_ID, opsSimulator, statusAndCode } from '../../testing/instances';

/** CreateVdc, DeleteVdc, CreatePrivateNetwork and DeletePrivateNetwork on the wire. */

const env = opsSimulator();

const vdcs = async (params: Record<string, unknown> = {}) => (await env.client.get('/network', 'DescribeVdc', params)).body.Data as Json[];
const vdc = async (id: string) => (await vdcs({ VdcId: id }))[0]!;
const vdcByName = async (name: string) => (await vdcs({ Keyword: name })).find((v) => v.VdcName === name)!;
const net = (action: string, params: Record<string, unknown>) =>
  ['CreateVdc', 'CreatePublicNetwork', 'CreatePrivateNetwork'].includes(action)
    ? env.client.post('/network', action, params)
    : env.client.get('/network', action, params);

const PUBLIC = { Name: 'edge', Type: 'Bandwidth_BGP', BillingMethod: 'Bandwidth', Qos: 20, IPNum: 8 };

describe('CreateVdc', () => {
  it('creates a VDC ("creating", then "ok") with its public network, charged, and names it by id when unnamed', async () => {
    const account = env.sim.world.account(TEST_KEY.accessKeyId)!;
    const before = account.balance;
    const r = await net('CreateVdc', { RegionId: 'CN_Wuxi_A', VdcName: 'wuxi-new', PublicNetwork: PUBLIC });
    expectTaskAnswer(cdsNetworkOps.CreateVdc, r);
    const creating = await vdcByName('wuxi-new');
    expect(creating).toMatchObject({ RegionId: 'CN_Wuxi_A', VdcStatus: 'creating', PrivateNetwork: [] });
    expect(creating.PublicNetwork[0]).toMatchObject({ Name: 'edge', Status: 'creating', Type: 'Bandwidth_BGP', BillingMethod: 'Bandwidth', Qos: 20, AutoRenew: 1 });
    const { answer } = await waitForTask(env.client, r.body.TaskId);
    expect(answer.Data).toMatchObject({ TaskType: 'createVdc', ResourceIds: [creating.VdcId, creating.PublicNetwork[0].PublicId] });
    const ready = await vdc(creating.VdcId);
    expect(ready.VdcStatus).toBe('ok');
    const [pub] = ready.PublicNetwork;
    expect(pub).toMatchObject({ Status: 'ok', UnuseIpNum: 5 });
    expect(pub.Segments).toHaveLength(1);
    expect(pub.Segments[0]).toMatchObject({ Mask: 29 });
    expect(account.balance).toBeCloseTo(before - (20 * 1.5 + 8 * 0.5), 2);

    const unnamed = await net('CreateVdc', { RegionId: 'CN_Wuxi_A' });
    const { answer: done } = await waitForTask(env.client, unnamed.body.TaskId);
    const id = done.Data.ResourceId;
    expect(await vdc(id)).toMatchObject({ VdcName: id, PublicNetwork: [], VdcStatus: 'ok' });
  });

  it('ends in ERROR and refunds when the name contains sim-fail', async () => {
    const account = env.sim.world.account(TEST_KEY.accessKeyId)!;
    const before = account.balance;
    const r = await net('CreateVdc', { RegionId: 'CN_Wuxi_A', VdcName: 'x-sim-fail', PublicNetwork: PUBLIC });
    expect(account.balance).toBeLessThan(before);
    expect((await waitForTask(env.client, r.body.TaskId)).answer.Data.Status).toBe('ERROR');
    expect(await vdcs({ Keyword: 'x-sim-fail' })).toEqual([]);
    expect(account.balance).toBe(before);
  });

  it('answers the documented errors, changing nothing', async () => {
    const account = env.sim.world.account(TEST_KEY.accessKeyId)!;
    const count = (await vdcs()).length;
    const cases: [Record<string, unknown>, number, string][] = [
      [{ RegionId: 'cn_beijingA' }, 400, 'InvalidRegionId.Malformed'],
      [{ RegionId: 'CN_Mars_A' }, 400, 'InvalidRegionId.Malformed'],
      [{ RegionId: 'CN_Beijing_D' }, 403, 'Region.NotOnSale'],
      [{ RegionId: 'CN_Beijing_A', PublicNetwork: { ...PUBLIC, Type: 'BGP_4' } }, 400, 'InvalidPublicNetwork.Type.Malformed'],
      [{ RegionId: 'CN_Beijing_A', PublicNetwork: { ...PUBLIC, BillingMethod: 'Monthly' } }, 400, 'InvalidPublicNetwork.BillingMethod.Malformed'],
      [{ RegionId: 'CN_Beijing_A', PublicNetwork: { ...PUBLIC, Type: 'Bandwidth_China_Telecom', BillingMethod: 'Traffic' } }, 400, 'InvalidPublicNetwork.BillingMethod.Malformed'],
      [{ RegionId: 'CN_Beijing_A', PublicNetwork: { ...PUBLIC, Qos: 7 } }, 400, 'InvalidPublicNetwork.Bandwich.Malformed'],
      [{ RegionId: 'APAC_Singapore_A', PublicNetwork: { ...PUBLIC, Type: 'Globally_Optimized_BGP', Qos: 300 } }, 400, 'InvalidPublicNetwork.Bandwich.Malformed'],
      [{ RegionId: 'CN_Beijing_A', PublicNetwork: { ...PUBLIC, IPNum: 5 } }, 400, 'InvalidPublicNetwork.Ip.Malformed'],
    ];
    for (const [params, status, code] of cases) {
      expect(statusAndCode(await net('CreateVdc', params)), JSON.stringify(params)).toEqual([status, code]);
    }
    account.balance = 0;
    expect(statusAndCode(await net('CreateVdc', { RegionId: 'CN_Wuxi_A' }))).toEqual([400, 'Account.Arrearage']);
    account.balance = 10;
    expect(statusAndCode(await net('CreateVdc', { RegionId: 'CN_Wuxi_A', PublicNetwork: PUBLIC }))).toEqual([400, 'Account.Arrearage']);
    expect(account.balance).toBe(10);
    expect(await vdcs()).toHaveLength(count);
  });

  it('answers QuotaExceed.Vdc past five VDCs in a region', async () => {
    const tasks = [];
    for (let i = 0; i < 5; i++) tasks.push((await net('CreateVdc', { RegionId: 'CN_Wuxi_A', VdcName: `q${i}` })).body.TaskId);
    const r = await net('CreateVdc', { RegionId: 'CN_Wuxi_A', VdcName: 'one-too-many' });
    expect(statusAndCode(r)).toEqual([400, 'QuotaExceed.Vdc']);
    expect(r.body.Message).toMatch(/at most 5/);
  });
});

describe('DeleteVdc', () => {
  it('refuses a VDC with instances, or with a public network (saying which), and a busy one', async () => {
    const prod = await vdcByName('Beijing-Prod');
    const r = await net('DeleteVdc', { VdcId: prod.VdcId });
    expect(statusAndCode(r)).toEqual([403, 'IncorrectVdcStatus']);
    expect(r.body.Message).toMatch(/13 instance\(s\): .*and 10 more/);
    const created = await net('CreateVdc', { RegionId: 'CN_Wuxi_A', VdcName: 'with-public', PublicNetwork: PUBLIC });
    const id = (await vdcByName('with-public')).VdcId;
    expect(statusAndCode(await net('DeleteVdc', { VdcId: id }))).toEqual([403, 'IncorrectVdcStatus']);
    await waitForTask(env.client, created.body.TaskId);
    const withPublic = await net('DeleteVdc', { VdcId: id });
    expect(statusAndCode(withPublic)).toEqual([403, 'IncorrectVdcStatus']);
    expect(withPublic.body.Message).toMatch(/public network edge: delete it first/);
  });

  it('deletes an empty VDC with its private networks ("deleting", then gone)', async () => {
    const created = await net('CreateVdc', { RegionId: 'CN_Wuxi_A', VdcName: 'short-lived' });
    const id = (await waitForTask(env.client, created.body.TaskId)).answer.Data.ResourceId;
    await waitForTask(env.client, (await net('CreatePrivateNetwork', { VdcId: id, Name: 'lan' })).body.TaskId);
    const r = await net('DeleteVdc', { VdcId: id });
    expectTaskAnswer(cdsNetworkOps.DeleteVdc, r);
    expect(await vdc(id)).toMatchObject({ VdcStatus: 'deleting', PrivateNetwork: [{ Status: 'deleting' }] });
    expect((await waitForTask(env.client, r.body.TaskId)).answer.Data).toMatchObject({ Status: 'FINISH', TaskType: 'deleteVdc', ResourceId: id });
    expect(statusAndCode(await env.client.get('/network', 'DescribeVdc', { VdcId: id }))).toEqual([400, 'VDCNotFound']);
    expect(statusAndCode(await net('DeleteVdc', { VdcId: id }))).toEqual([400, 'VdcNotFound']);
    expect(statusAndCode(await net('DeleteVdc', { VdcId: 'vdc-1' }))).toEqual([400, 'InvalidVdcId.Malformed']);
  });
});

describe('CreatePrivateNetwork and DeletePrivateNetwork', () => {
  it('adds a /24 of 10.240 named 私网N by default, or the block asked for', async () => {
    const office = await vdcByName('Guangzhou-Office');
    const auto = await net('CreatePrivateNetwork', { VdcId: office.VdcId });
    expectTaskAnswer(cdsNetworkOps.CreatePrivateNetwork, auto);
    const pending = (await vdc(office.VdcId)).PrivateNetwork.at(-1);
    expect(pending).toMatchObject({ Name: '私网3', Status: 'creating', UnuseIpNum: 254 });
    expect(pending.Segments[0]).toMatch(/^10\.240\.\d+\.0\/24~10\.240\.\d+\.255\/24$/);
    await waitForTask(env.client, auto.body.TaskId);
    const asked = await net('CreatePrivateNetwork', { VdcId: office.VdcId, Name: 'big', Address: '172.20.0.0', Mask: '16' });
    await waitForTask(env.client, asked.body.TaskId);
    const big = (await vdc(office.VdcId)).PrivateNetwork.find((p: Json) => p.Name === 'big');
    expect(big).toMatchObject({ Status: 'ok', UnuseIpNum: 65534, Segments: ['172.20.0.0/16~172.20.255.255/16'] });
  });

  it('refuses what a network engineer would: outside the private ranges, not a network address, overlapping; quota', async () => {
    const office = await vdcByName('Guangzhou-Office');
    const lan = office.PrivateNetwork[0].Segments[0].split('~')[0].split('/')[0];
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ Address: '8.8.8.0', Mask: 24 }, 'InvalidPrivateIpAddress.Malformed', /not inside 10\.0\.0\.0\/8/],
      [{ Address: '192.168.1.5', Mask: 16 }, 'InvalidPrivateIpAddress.Malformed', /did you mean 192\.168\.0\.0/],
      [{ Address: '10.240.0.0', Mask: 16 }, 'InvalidPrivateIpAddress.Duplicated', /overlaps private network office-lan/],
      [{ Address: lan, Mask: 24 }, 'InvalidPrivateIpAddress.Duplicated', /overlaps/],
      [{ Address: '10.1.0.0', Mask: 31 }, 'InvalidPrivateIpAddress.Malformed', /Mask/],
    ];
    for (const [params, code, message] of cases) {
      const r = await net('CreatePrivateNetwork', { VdcId: office.VdcId, ...params });
      expect(statusAndCode(r), JSON.stringify(params)).toEqual([400, code]);
      expect(r.body.Message).toMatch(message);
    }
    expect(statusAndCode(await net('CreatePrivateNetwork', { VdcId: office.VdcId, Address: '10.1.0.0' }))).toEqual([400, 'MissingParameter']);
    expect(statusAndCode(await net('CreatePrivateNetwork', { VdcId: 'nope' }))).toEqual([400, 'InvalidVDCID.Malformed']);
    expect(statusAndCode(await net('CreatePrivateNetwork', { VdcId: GONE_ID }))).toEqual([400, 'VDCNotFound']);
    for (let i = 0; i < 3; i++) await net('CreatePrivateNetwork', { VdcId: office.VdcId });
    expect(statusAndCode(await net('CreatePrivateNetwork', { VdcId: office.VdcId }))).toEqual([400, 'QuotaExceed.PrivateNetwork']);
  });

  it('refuses to delete a network with interfaces on it, naming the instances; deletes an unused one', async () => {
    const prod = await vdcByName('Beijing-Prod');
    const dbNet = prod.PrivateNetwork.find((p: Json) => p.Name === 'db-net');
    const refused = await net('DeletePrivateNetwork', { PrivateId: dbNet.PrivateId });
    expect(statusAndCode(refused)).toEqual([403, 'IncorrectNetworkStatus']);
    expect(refused.body.Message).toMatch(/in use by .*db-master/);
    const created = await net('CreatePrivateNetwork', { VdcId: prod.VdcId, Name: 'spare' });
    const id = (await waitForTask(env.client, created.body.TaskId)).answer.Data.ResourceId;
    const r = await net('DeletePrivateNetwork', { PrivateId: id });
    expectTaskAnswer(cdsNetworkOps.DeletePrivateNetwork, r);
    expect(statusAndCode(await net('DeletePrivateNetwork', { PrivateId: id }))).toEqual([403, 'IncorrectNetworkStatus']);
    await waitForTask(env.client, r.body.TaskId);
    expect((await vdc(prod.VdcId)).PrivateNetwork.map((p: Json) => p.Name)).toEqual(['backend', 'db-net']);
    expect(statusAndCode(await net('DeletePrivateNetwork', { PrivateId: id }))).toEqual([400, 'PrivateNetworkNotFound']);
    expect(statusAndCode(await net('DeletePrivateNetwork', { PrivateId: 'p' }))).toEqual([400, 'InvalidPrivateId.Malformed']);
  });

  it('refuses while another product (a database) holds an address, in the network and its VDC', async () => {
    const created = await net('CreateVdc', { RegionId: 'CN_Wuxi_A', VdcName: 'db-home' });
    const vdcId = (await waitForTask(env.client, created.body.TaskId)).answer.Data.ResourceId;
    const lan = await net('CreatePrivateNetwork', { VdcId: vdcId, Name: 'db-lan' });
    const privateId = (await waitForTask(env.client, lan.body.TaskId)).answer.Data.ResourceId;
    const network = env.sim.world.account(TEST_KEY.accessKeyId)!.findVdc(vdcId)!.vdc.privateNetwork(privateId)!;
    network.take(network.firstFree()!);
    const refused = await net('DeletePrivateNetwork', { PrivateId: privateId });
    expect(statusAndCode(refused)).toEqual([403, 'IncorrectNetworkStatus']);
    expect(refused.body.Message).toMatch(/1 address\(es\) held by other products/);
    expect(statusAndCode(await net('DeleteVdc', { VdcId: vdcId }))).toEqual([403, 'IncorrectVdcStatus']);
  });

  it('hands out no address of a network being deleted', async () => {
    const prod = await vdcByName('Beijing-Prod');
    const created = await net('CreatePrivateNetwork', { VdcId: prod.VdcId, Name: 'spare' });
    const id = (await waitForTask(env.client, created.body.TaskId)).answer.Data.ResourceId;
    await net('DeletePrivateNetwork', { PrivateId: id });
    const r = await env.client.post('/ccs', 'CreateInstance', {
      RegionId: 'CN_Beijing_A',
      VdcId: prod.VdcId,
      Password: 'Str0ng!Pass',
      PrivateIp: [{ PrivateID: id, IP: 'auto' }],
    });
    expect(statusAndCode(r)).toEqual([403, 'InvalidIp.IpAssigned']);
  });
});
