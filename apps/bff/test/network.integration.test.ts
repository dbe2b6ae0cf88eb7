import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SIM_KEY } from './fake-upstream';
import { actionSteps } from './action-expect';
import { startHarness, type Harness } from './harness';

/**
 * The twelve VDC and network actions through the BFF: each success is followed through its task
 * and seen in DescribeVdc; each documented error arrives in the console's error shape, and what
 * the catalog can check is refused by the BFF before anything is sent.
 */

type Item = Record<string, any>;

let h: Harness;
// Opening the console's database can take a while on a busy machine.
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
beforeEach(() => h.sim.reset());
afterAll(async () => h?.close());
const { runTask, expectError } = actionSteps(() => h, 'network');

const vdcs = async (params: Record<string, unknown> = {}): Promise<Item[]> =>
  (await h.action('network', 'DescribeVdc', params)).body.data.items;
const vdc = async (id: string): Promise<Item> => (await vdcs({ VdcId: id }))[0]!;
const named = async (name: string): Promise<Item> => (await vdcs()).find((v) => v.name === name)!;

const PUBLIC = {
  Name: 'edge',
  Type: 'Bandwidth_BGP',
  BillingMethod: 'Bandwidth',
  Qos: 20,
  IPNum: 8,
};

/** A new VDC in Wuxi, with a public network when given: answers it as DescribeVdc normalizes it. */
async function newVdc(
  name: string,
  publicNetwork?: Record<string, unknown>,
  RegionId = 'CN_Wuxi_A',
) {
  const task = await runTask('CreateVdc', {
    RegionId,
    VdcName: name,
    ...(publicNetwork ? { PublicNetwork: publicNetwork } : {}),
  });
  return vdc(task.resourceIds[0]);
}

describe('VDCs through the BFF', () => {
  it('DescribeVdc: networks with bandwidth type, billing method, created time and CIDRs', async () => {
    const prod = await named('Beijing-Prod');
    expect(prod).toMatchObject({
      regionId: 'CN_Beijing_A',
      status: 'ok',
      createdAt: expect.stringMatching(/^\d{4}-/),
    });
    expect(prod.publicNetworks[0]).toMatchObject({
      type: 'Bandwidth_BGP',
      billingMethod: 'Bandwidth',
      qos: 100,
      autoRenew: true,
    });
    expect(prod.privateNetworks.map((p: Item) => p.cidr)).toEqual([
      expect.stringMatching(/^10\.240\.\d+\.0\/24$/),
      expect.stringMatching(/\/24$/),
    ]);
    await expectError('DescribeVdc', { VdcId: 'nope' }, 400, 'InvalidVDCID.Malformed');
  });

  it('CreateVdc with a public network, then DeleteVdc refused while the public network is there', async () => {
    const created = await newVdc('bff-vdc', PUBLIC);
    expect(created).toMatchObject({ name: 'bff-vdc', status: 'ok', regionId: 'CN_Wuxi_A' });
    expect(created.publicNetworks[0]).toMatchObject({
      name: 'edge',
      status: 'ok',
      qos: 20,
      unusedIpCount: 5,
      segments: [{ mask: 29 }],
    });
    const refused = await expectError(
      'DeleteVdc',
      { VdcId: created.id },
      403,
      'IncorrectVdcStatus',
    );
    expect(refused.message).toMatch(/public network edge/);
    await expectError('CreateVdc', { RegionId: 'CN_Beijing_F' }, 403, 'Region.NotOnSale');
    await expectError(
      'CreateVdc',
      { RegionId: 'CN_Beijing_A', PublicNetwork: { ...PUBLIC, Type: 'BGP_4' } },
      400,
      'InvalidPublicNetwork.Type.Malformed',
    );
    await expectError(
      'CreateVdc',
      { RegionId: 'CN_Beijing_A', PublicNetwork: { ...PUBLIC, Qos: 7 } },
      400,
      'ValidationError',
    );
    h.sim.world.account(SIM_KEY.id)!.balance = 0;
    await expectError('CreateVdc', { RegionId: 'CN_Wuxi_A' }, 400, 'Account.Arrearage');
  });

  it('DeleteVdc: an empty VDC goes with its private networks; one with instances is refused', async () => {
    const created = await newVdc('bff-empty');
    await runTask('CreatePrivateNetwork', { VdcId: created.id, Name: 'lan' });
    await runTask('DeleteVdc', { VdcId: created.id });
    await expectError('DescribeVdc', { VdcId: created.id }, 400, 'VDCNotFound');
    await expectError('DeleteVdc', { VdcId: created.id }, 400, 'VdcNotFound');
    const prod = await named('Beijing-Prod');
    const refused = await expectError('DeleteVdc', { VdcId: prod.id }, 403, 'IncorrectVdcStatus');
    expect(refused.message).toMatch(/13 instance\(s\)/);
  });
});

describe('networks through the BFF', () => {
  it('CreatePublicNetwork: a second public network; DeletePublicNetwork removes it; one in use is refused', async () => {
    const office = await named('Guangzhou-Office');
    const task = await runTask('CreatePublicNetwork', {
      VdcId: office.id,
      Type: 'Bandwidth_Tow_Line_BGP',
      BillingMethod: 'DataPackage',
      Qos: 500,
      IPNum: 4,
    });
    const added = (await vdc(office.id)).publicNetworks.find(
      (p: Item) => p.id === task.resourceIds[0],
    );
    expect(added).toMatchObject({
      name: '公网2',
      billingMethod: 'DataPackage',
      qos: 500,
      status: 'ok',
    });
    await runTask('DeletePublicNetwork', { PublicId: added.id });
    expect((await vdc(office.id)).publicNetworks.map((p: Item) => p.id)).toEqual([
      office.publicNetworks[0].id,
    ]);
    await expectError(
      'DeletePublicNetwork',
      { PublicId: office.publicNetworks[0].id },
      403,
      'IncorrectNetworkStatus',
    );
    await expectError(
      'CreatePublicNetwork',
      { VdcId: office.id, Type: 'Bandwidth_BGP', BillingMethod: 'DataPackage', Qos: 10, IPNum: 4 },
      400,
      'InvalidPublicNetwork.BillingMethod.Malformed',
    );
  });

  it('CreatePrivateNetwork and DeletePrivateNetwork; an overlapping block and a network in use are refused', async () => {
    const office = await named('Guangzhou-Office');
    const task = await runTask('CreatePrivateNetwork', {
      VdcId: office.id,
      Name: 'bff-lan',
      Address: '192.168.10.0',
      Mask: '24',
    });
    const lan = (await vdc(office.id)).privateNetworks.find(
      (p: Item) => p.id === task.resourceIds[0],
    );
    expect(lan).toMatchObject({
      name: 'bff-lan',
      cidr: '192.168.10.0/24',
      unusedIpCount: 254,
      status: 'ok',
    });
    await expectError(
      'CreatePrivateNetwork',
      { VdcId: office.id, Address: '192.168.0.0', Mask: '16' },
      400,
      'InvalidPrivateIpAddress.Duplicated',
    );
    await runTask('DeletePrivateNetwork', { PrivateId: lan.id });
    expect((await vdc(office.id)).privateNetworks.map((p: Item) => p.name)).toEqual([
      'office-lan',
      'office-dmz',
    ]);
    await expectError(
      'DeletePrivateNetwork',
      { PrivateId: office.privateNetworks[0].id },
      403,
      'IncorrectNetworkStatus',
    );
  });

  it('ModifyPublicNetwork: the new bandwidth after the task; beyond what the type sells is refused', async () => {
    const sg = await named('Singapore-Edge');
    const pub = sg.publicNetworks[0];
    await runTask('ModifyPublicNetwork', { PublicId: pub.id, Qos: 100 });
    expect((await vdc(sg.id)).publicNetworks[0]).toMatchObject({ qos: 100, status: 'ok' });
    await expectError(
      'ModifyPublicNetwork',
      { PublicId: pub.id, Qos: 300 },
      400,
      'InvalidPublicNetwork.Bandwich.Malformed',
    );
    await expectError(
      'ModifyPublicNetwork',
      { PublicId: pub.id, Qos: 501 },
      400,
      'ValidationError',
    );
    await expectError(
      'ModifyPublicNetwork',
      { PublicId: 'p-1', Qos: 100 },
      400,
      'InvalidPublicNetworkID.Malformed',
    );
  });

  it('AddPublicIp and DeletePublicIp: a block appears and goes; a block in use and the last block are refused', async () => {
    const created = await newVdc('bff-ips', { ...PUBLIC, IPNum: 4 });
    const pub = created.publicNetworks[0];
    const task = await runTask('AddPublicIp', { PublicId: pub.id, Number: 32 });
    const after = (await vdc(created.id)).publicNetworks[0];
    expect(after.segments.map((s: Item) => s.mask).sort()).toEqual([27, 30]);
    expect(after.unusedIpCount).toBe(1 + 29);
    await runTask('DeletePublicIp', { SegmentId: task.resourceIds[1] });
    expect((await vdc(created.id)).publicNetworks[0].segments).toHaveLength(1);
    const last = await expectError(
      'DeletePublicIp',
      { SegmentId: pub.segments[0].id },
      403,
      'IncorrectNetworkStatus',
    );
    expect(last.message).toMatch(/last IP segment/);
    const prod = await named('Beijing-Prod');
    await expectError(
      'DeletePublicIp',
      { SegmentId: prod.publicNetworks[0].segments[0].id },
      403,
      'IncorrectNetworkStatus',
    );
    await expectError('AddPublicIp', { PublicId: pub.id, Number: 5 }, 400, 'ValidationError');
  });

  it('RenewPublicNetwork: auto-renewal off for a 95th-percentile network (no task); a fixed bandwidth is refused', async () => {
    const created = await newVdc(
      'bff-95',
      { ...PUBLIC, BillingMethod: 'Bandwidth_95', Qos: 100 },
      'CN_Beijing_A',
    );
    const pub = created.publicNetworks[0];
    expect(pub).toMatchObject({
      billingMethod: 'Bandwidth_95',
      floatBandwidth: 120,
      autoRenew: true,
    });
    const r = await h.action('network', 'RenewPublicNetwork', { PublicId: pub.id, AutoRenew: 0 });
    expect(r.status).toBe(200);
    expect(r.body.taskIds ?? []).toEqual([]);
    expect(r.body.data).toMatchObject({ ok: true });
    expect((await vdc(created.id)).publicNetworks[0].autoRenew).toBe(false);
    const prod = await named('Beijing-Prod');
    await expectError(
      'RenewPublicNetwork',
      { PublicId: prod.publicNetworks[0].id, AutoRenew: 1 },
      403,
      'IncorrectNetworkStatus',
    );
  });

  it('DescribeBandwidthTraffic: in and out under the bandwidth, public and private; an unknown network is refused', async () => {
    const prod = await named('Beijing-Prod');
    for (const id of [prod.publicNetworks[0].id, prod.privateNetworks[0].id]) {
      const r = await h.action('network', 'DescribeBandwidthTraffic', { NetworkId: id });
      expect(r.status).toBe(200);
      const { inBps, outBps, maxQos } = r.body.data;
      expect(outBps).toBeGreaterThan(0);
      expect(Math.max(inBps, outBps)).toBeLessThan(maxQos * 1_000_000);
    }
    await expectError(
      'DescribeBandwidthTraffic',
      { NetworkId: '0bb08ed7-e686-4168-93e5-e0187579753b' },
      400,
      'NetworkNotFound',
    );
  });
});
