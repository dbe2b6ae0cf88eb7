import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, mosSuite, type mosTestClient, type Json } from '../testing/client';

const suite = mosSuite({ beforeAll, beforeEach, afterAll });
const call: ReturnType<typeof mosTestClient> = (...args) => suite.call(...args);

const HOUR = 3_600_000;
const error = errorOf;
const balance = async () => (await call('GetBalance')).body.GetBalanceResponse.balance as number;
const contract = async (id: string) => (await call('GetInstanceContractInfo', { InstanceId: id })).body.GetInstanceContractInfoResponse as Record<string, string>;
const status = async (id: string) => (await call('DescribeInstanceStatus', { InstanceId: id })).body.DescribeInstanceStatusResponse.InstanceStatus.status as string;
const CIRROS = 'd1620e45-c561-42e7-a2a4-53ae0a389bb9';

describe('CreateInstance', () => {
  it('charges type price × Duration, answers the instance (creating), running after the transition', async () => {
    const before = await balance();
    const r = await call('CreateInstance', { ImageId: CIRROS, InstanceType: 'medium', Duration: '72H', InstanceName: 'new-one', KeyName: 'alice-laptop' });
    expect(r.status, r.text).toBe(200);
    expect(r.body.CreateInstanceResponse.Instance).toMatchObject({ instanceName: 'new-one', instanceType: 'medium', status: 'creating', cpu: 2, memory: 4096 });
    expect(await balance()).toBeCloseTo(before - 72 * 0.3, 2);
    const lease = await contract('new-one');
    expect(Date.parse(lease.expireAt!) - Date.parse(lease.startedAt!)).toBe(72 * HOUR);
    expect(Date.parse(lease.extendTo!) - Date.parse(lease.expireAt!)).toBe(72 * HOUR);
    expect((await call('GetPasswordData', { InstanceId: 'new-one' })).body.GetPasswordDataResponse.passwordData).toBe('');
    suite.t.advance(4000);
    expect(await status('new-one')).toBe('running');
    const pw = (await call('GetPasswordData', { InstanceId: 'new-one' })).body.GetPasswordDataResponse;
    expect(pw).toMatchObject({ account: 'cirros', keypairName: 'alice-laptop', keypairId: expect.any(String) });
    expect(Buffer.from(pw.passwordData, 'base64')).toHaveLength(256);
  });

  it('defaults to 1M and a name after the id; refuses unknown templates, types, keys and duplicate names', async () => {
    const before = await balance();
    const r = await call('CreateInstance', { ImageId: CIRROS, InstanceType: 'small_net_2' });
    const i = r.body.CreateInstanceResponse.Instance;
    expect(i.instanceName).toBe(`mcs-${i.instanceId.slice(0, 8)}`);
    expect(await balance()).toBeCloseTo(before - 720 * 0.1, 2);
    expect(error(await call('CreateInstance', { ImageId: 'nope', InstanceType: 'medium' }))).toEqual([400, 'InvalidImageID.NotFound']);
    expect(error(await call('CreateInstance', { ImageId: CIRROS, InstanceType: 'huge' }))).toEqual([400, 'InvalidInstanceType.NotFound']);
    expect(error(await call('CreateInstance', { ImageId: CIRROS, InstanceType: 'medium', KeyName: 'nokey' }))).toEqual([400, 'InvalidKeyPair.NotFound']);
    expect(error(await call('CreateInstance', { ImageId: CIRROS, InstanceType: 'medium', InstanceName: 'web-01' }))).toEqual([400, 'InvalidInstanceName.Duplicate']);
    expect(error(await call('CreateInstance', { ImageId: CIRROS, InstanceType: 'medium', Duration: '3D' }))).toEqual([400, 'InvalidParameterValue']);
    expect(error(await call('CreateInstance', { ImageId: CIRROS, InstanceType: 'medium', Duration: '37M' }))).toEqual([400, 'InvalidParameterValue']);
    expect(error(await call('CreateInstance', { InstanceType: 'medium' }))).toEqual([400, 'MissingParameter']);
  });

  it('answers the document’s 406 "No enough balance" and creates nothing when the balance is short', async () => {
    suite.t.sim.mos.world.account('MOSTEST00000000000000001')!.balance = 10;
    const count = (await call('DescribeInstances')).body.DescribeInstancesResponse.InstanceSet.Total;
    const r = await call('CreateInstance', { ImageId: CIRROS, InstanceType: 'xlarge', Duration: '1M' });
    expect(r.status).toBe(406);
    expect(r.body.ErrorResponse.Error).toMatchObject({ code: 406, message: expect.stringMatching(/^No enough balance/) });
    const xml = await call('CreateInstance', { ImageId: CIRROS, InstanceType: 'xlarge' }, { format: 'xml' });
    expect(xml.text).toContain('<code>406</code>');
    expect((await call('DescribeInstances')).body.DescribeInstancesResponse.InstanceSet.Total).toBe(count);
    expect(await balance()).toBe(10);
  });
});

describe('RenewInstance and the lease', () => {
  it('extends expireAt by the Duration (72H, 1M) and charges it', async () => {
    const before = await contract('web-01');
    const money = await balance();
    await call('RenewInstance', { InstanceId: 'web-01', Duration: '72H' });
    expect(Date.parse((await contract('web-01')).expireAt!) - Date.parse(before.expireAt!)).toBe(72 * HOUR);
    await call('RenewInstance', { InstanceId: 'web-01' });
    expect(Date.parse((await contract('web-01')).expireAt!) - Date.parse(before.expireAt!)).toBe((72 + 720) * HOUR);
    expect(await balance()).toBeCloseTo(money - (72 + 720) * 0.45, 2);
    expect(error(await call('RenewInstance', { InstanceId: 'web-01', Duration: '0H' }))).toEqual([400, 'InvalidParameterValue']);
    expect(error(await call('RenewInstance', { InstanceId: 'web-01', Duration: '9000H' }))).toEqual([400, 'InvalidParameterValue']);
  });

  it('a lapsed lease suspends the instance; renewing makes it ready again; past extendTo it is reclaimed', async () => {
    expect(await status('legacy-app')).toBe('suspend');
    expect((await call('StartInstance', { InstanceId: 'legacy-app' })).body.ErrorResponse.Error.code).toBe('IncorrectInstanceState');
    await call('RenewInstance', { InstanceId: 'legacy-app', Duration: '1H' });
    expect(await status('legacy-app')).toBe('ready');
    suite.t.advance(HOUR);
    expect(await status('legacy-app')).toBe('suspend');
    suite.t.advance(72 * HOUR);
    expect(error(await call('DescribeInstanceStatus', { InstanceId: 'legacy-app' }))).toEqual([400, 'InvalidInstanceID.NotFound']);
  });

  it('a balance that ran out suspends every instance', async () => {
    suite.t.sim.mos.world.account('MOSTEST00000000000000001')!.balance = 0;
    const list = (await call('DescribeInstances')).body.DescribeInstancesResponse.InstanceSet.Instance as Json[];
    expect(new Set(list.map((i) => i.status))).toEqual(new Set(['suspend']));
  });
});

describe('ChangeInstanceType', () => {
  it('only from ready; the new type for Duration, the old lease credited; disks and bandwidth follow', async () => {
    expect(error(await call('ChangeInstanceType', { InstanceId: 'web-01', InstanceType: 'large' }))).toEqual([400, 'IncorrectInstanceState']);
    const lease = await contract('batch-worker');
    const hoursLeft = Math.floor((Date.parse(lease.expireAt!) - suite.t.now()) / HOUR);
    const money = await balance();
    await call('ChangeInstanceType', { InstanceId: 'batch-worker', InstanceType: 'medium', Duration: '72H' });
    expect(await status('batch-worker')).toBe('resizing');
    suite.t.advance(4000);
    const [i] = (await call('DescribeInstances', { InstanceNames: ['batch-worker'] })).body.DescribeInstancesResponse.InstanceSet.Instance;
    expect(i).toMatchObject({ status: 'ready', instanceType: 'medium', cpu: 2, memory: 4096 });
    expect(await balance()).toBeCloseTo(money - (72 * 0.3 - hoursLeft * 1.2), 2);
    const after = await contract('batch-worker');
    expect(Date.parse(after.expireAt!) - Date.parse(after.startedAt!)).toBe(72 * HOUR);
    const nics = (await call('DescribeInstanceNetworkInterfaces', { InstanceId: 'batch-worker' })).body.DescribeInstanceNetworkInterfacesResponse.InstanceNetworkInterfaceSet.InstanceNetworkInterface;
    expect(nics.map((n: Json) => n.bandwidth)).toEqual([5, 500]);
    expect(error(await call('ChangeInstanceType', { InstanceId: 'batch-worker', InstanceType: 'medium' }))).toEqual([400, 'InvalidInstanceType.Unchanged']);
    expect(error(await call('ChangeInstanceType', { InstanceId: 'batch-worker', InstanceType: 'nope' }))).toEqual([400, 'InvalidInstanceType.NotFound']);
  });
});
