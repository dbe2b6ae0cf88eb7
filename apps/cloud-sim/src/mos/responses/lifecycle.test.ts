import { parseXml } from '@console/cloud-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, MOS_TEST_KEY, mosSuite, type mosTestClient, type Json } from '../testing/client';

const suite = mosSuite({ beforeAll, beforeEach, afterAll });
const call: ReturnType<typeof mosTestClient> = (...args) => suite.call(...args);

const STEP = 4000;
const status = async (id: string) => (await call('DescribeInstanceStatus', { InstanceId: id })).body.DescribeInstanceStatusResponse.InstanceStatus.status as string;
const error = errorOf;

describe('power: states change with time', () => {
  it('Start only from ready: starting, then running after the transition time', async () => {
    expect(await status('batch-worker')).toBe('ready');
    expect((await call('StartInstance', { InstanceId: 'batch-worker' })).body).toEqual({ StartInstanceResponse: { return: 'True' } });
    expect(await status('batch-worker')).toBe('starting');
    expect(error(await call('StartInstance', { InstanceId: 'batch-worker' }))).toEqual([400, 'IncorrectInstanceState']);
    suite.t.advance(STEP);
    expect(await status('batch-worker')).toBe('running');
    expect(error(await call('StartInstance', { InstanceId: 'batch-worker' }))).toEqual([400, 'IncorrectInstanceState']);
  });

  it('Stop only from running: stopping for a while, or ready at once with Force', async () => {
    await call('StopInstance', { InstanceId: 'web-01' });
    expect(await status('web-01')).toBe('stopping');
    suite.t.advance(STEP);
    expect(await status('web-01')).toBe('ready');
    expect(error(await call('StopInstance', { InstanceId: 'web-01' }))).toEqual([400, 'IncorrectInstanceState']);
    await call('StopInstance', { InstanceId: 'web-02', Force: true });
    expect(await status('web-02')).toBe('ready');
  });

  it('Reboot only from running; an unknown instance is InvalidInstanceID.NotFound', async () => {
    await call('RebootInstance', { InstanceId: 'web-01' });
    expect(await status('web-01')).toBe('rebooting');
    suite.t.advance(STEP);
    expect(await status('web-01')).toBe('running');
    expect(error(await call('RebootInstance', { InstanceId: 'batch-worker' }))).toEqual([400, 'IncorrectInstanceState']);
    expect(error(await call('RebootInstance', { InstanceId: 'no-such' }))).toEqual([400, 'InvalidInstanceID.NotFound']);
  });

  it('Rebuild: a new root disk from the given template, a new password, back to the former state', async () => {
    const before = (await call('DescribeInstanceVolumes', { InstanceId: 'batch-worker' })).body.DescribeInstanceVolumesResponse.InstanceVolumeSet.InstanceVolume;
    const pw = (await call('GetPasswordData', { InstanceId: 'batch-worker' })).body.GetPasswordDataResponse;
    suite.t.advance(60_000);
    await call('RebuildInstanceRootImage', { InstanceId: 'batch-worker', ImageId: 'cirros-0.3.1-x86_64.qcow2' });
    expect(await status('batch-worker')).toBe('rebuilding');
    suite.t.advance(STEP);
    expect(await status('batch-worker')).toBe('ready');
    const after = (await call('DescribeInstanceVolumes', { InstanceId: 'batch-worker' })).body.DescribeInstanceVolumesResponse.InstanceVolumeSet.InstanceVolume;
    expect(after[0].volumeId).not.toBe(before[0].volumeId);
    expect(after[1]).toEqual(before[1]);
    const pw2 = (await call('GetPasswordData', { InstanceId: 'batch-worker' })).body.GetPasswordDataResponse;
    expect(pw2.account).toBe('cirros');
    expect(pw2.passwordData).not.toBe(pw.passwordData);
    expect(Date.parse(pw2.timestamp)).toBeGreaterThan(Date.parse(pw.timestamp));
    expect(error(await call('RebuildInstanceRootImage', { InstanceId: 'web-01', ImageId: 'nope' }))).toEqual([400, 'InvalidImageID.NotFound']);
    expect(error(await call('RebuildInstanceRootImage', { InstanceId: 'legacy-app' }))).toEqual([400, 'IncorrectInstanceState']);
  });

  it('Terminate: gone, and the whole hours left of the lease are refunded', async () => {
    const balance = async () => (await call('GetBalance')).body.GetBalanceResponse.balance as number;
    const before = await balance();
    const lease = (await call('GetInstanceContractInfo', { InstanceId: 'web-01' })).body.GetInstanceContractInfoResponse;
    const hoursLeft = Math.floor((Date.parse(lease.expireAt) - suite.t.now()) / 3_600_000);
    expect((await call('TerminateInstance', { InstanceId: 'web-01' })).status).toBe(200);
    expect(error(await call('DescribeInstanceStatus', { InstanceId: 'web-01' }))).toEqual([400, 'InvalidInstanceID.NotFound']);
    expect(await balance()).toBeCloseTo(before + hoursLeft * 0.45, 2);
    await call('StartInstance', { InstanceId: 'batch-worker' });
    expect(error(await call('TerminateInstance', { InstanceId: 'batch-worker' }))).toEqual([400, 'IncorrectInstanceState']);
  });
});

describe('lists, filters and paging', () => {
  const list = async (params: Record<string, unknown>) => (await call('DescribeInstances', params)).body.DescribeInstancesResponse.InstanceSet;

  it('filters by status and by name (wildcards, any case), pages with Limit/Offset and counts Total', async () => {
    const all = await list({});
    expect(all.Total).toBe(9);
    const running = await list({ Filters: [{ Name: 'status', Values: ['running'] }] });
    expect(running.Instance.every((i: Json) => i.status === 'running')).toBe(true);
    expect(running.Total).toBe(6);
    const webs = await list({ Filters: [{ Name: 'name', Values: ['WEB-*'] }, { Name: 'status', Values: ['running', 'ready'] }] });
    expect(webs.Instance.map((i: Json) => i.instanceName).sort()).toEqual(['web-01', 'web-02']);
    const page = await list({ Limit: 2, Offset: 3 });
    expect(page).toMatchObject({ Total: 9, Limit: 2, Offset: 3 });
    expect(page.Instance.map((i: Json) => i.instanceId)).toEqual(all.Instance.slice(3, 5).map((i: Json) => i.instanceId));
    const byId = await list({ InstanceIds: [all.Instance[0].instanceId], InstanceNames: [all.Instance[0].instanceName] });
    expect(byId.Total).toBe(1);
  });

  it('answers the same model as XML: a one-item set is one element, values are text', async () => {
    const r = await call('DescribeInstances', { InstanceNames: ['web-01'] }, { format: 'xml' });
    expect(r.type).toMatch(/application\/xml/);
    const json = (await call('DescribeInstances', { InstanceNames: ['web-01'] })).body;
    const one = json.DescribeInstancesResponse.InstanceSet.Instance[0];
    const asText = Object.fromEntries(Object.entries(one).map(([k, v]) => [k, String(v)]));
    expect(parseXml(r.text)).toEqual({ DescribeInstancesResponse: { InstanceSet: { Instance: asText, Total: '1', Limit: '1', Offset: '0' } } });
  });

  it('refuses a filter name the document does not list, and a bad Limit, with InvalidParameterValue', async () => {
    expect(error(await call('DescribeInstances', { Filters: [{ Name: 'ip', Values: ['x'] }] }))).toEqual([400, 'InvalidParameterValue']);
    expect(error(await call('DescribeInstances', { Limit: 0 }))).toEqual([400, 'InvalidParameterValue']);
    expect(error(await call('DescribeInstanceStatus', {}))).toEqual([400, 'MissingParameter']);
  });

  it('DescribeInstanceTypes and DescribeTemplates list what the region sells', async () => {
    const types = (await call('DescribeInstanceTypes', { Limit: 1, Filters: [{ Name: 'name', Values: ['small*'] }] })).body.DescribeInstanceTypesResponse.InstanceTypeSet;
    expect(types).toMatchObject({ Total: 2, Limit: 1, Offset: 0, InstanceType: [{ instanceType: 'small_net_2', cpu: 1 }] });
    const templates = (await call('DescribeTemplates')).body.DescribeTemplatesResponse.TemplateSet.Template;
    expect(templates.length).toBeGreaterThan(3);
    expect(templates.every((x: Json) => x.status === 'active')).toBe(true);
  });

  it('another key sees its own (empty) region: balance 0 without timestamp', async () => {
    suite.t.sim.mos.world.addAccount('MOSOTHER', 'other-secret');
    const r = await call('GetBalance', {}, { key: { accessKeyId: 'MOSOTHER', secret: 'other-secret' } });
    expect(r.body).toEqual({ GetBalanceResponse: { balance: 0 } });
    expect(MOS_TEST_KEY.accessKeyId).not.toBe('MOSOTHER');
  });
});
