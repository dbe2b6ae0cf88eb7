import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SIM_KEY } from './fake-upstream';
import { startHarness, waitForTask, type Harness } from './harness';

/**
 * The instance operations and templates through the BFF: each success is followed through its
 * task and seen in DescribeInstances or DescribeTemplateInfo; each documented error arrives in
 * the console's error shape.
 */

type Item = Record<string, any>;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
beforeEach(() => h.sim.reset());
afterAll(async () => h?.close());

const instances = async (): Promise<Item[]> => (await h.action('ccs', 'DescribeInstances', { PageSize: 100 })).body.data.items;
const instance = async (id: string): Promise<Item> => (await h.action('ccs', 'DescribeInstances', { InstanceId: id })).body.data.items[0];
const find = async (status: string, also: (i: Item) => boolean = () => true) => {
  const found = (await instances()).find((i) => i.status === status && also(i));
  if (!found) throw new Error(`no ${status} instance that fits`);
  return found;
};
const templates = async (params: Record<string, unknown> = {}): Promise<Item[]> =>
  (await h.action('ccs', 'DescribeTemplateInfo', { PageNumber: 1, PageSize: 100, ...params })).body.data.items;

/** Runs a task action, expects success, waits for FINISH and answers the task. */
async function runTask(action: string, body: Record<string, unknown>) {
  const r = await h.action('ccs', action, body);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  expect(r.body.data.taskId).toMatch(/^\d+$/);
  expect(r.body.taskIds).toEqual([r.body.data.taskId]);
  const task = await waitForTask(h, r.body.taskIds[0]);
  expect(task.status).toBe('FINISH');
  return task;
}

async function expectError(action: string, body: Record<string, unknown>, httpStatus: number, code: string) {
  const r = await h.action('ccs', action, body);
  expect(r.status, JSON.stringify(r.body)).toBe(httpStatus);
  expect(r.body).toMatchObject({ code, httpStatus, message: expect.any(String), requestId: expect.any(String) });
}

describe('instance changes through the BFF', () => {
  it('ModifyInstanceChargeType: pay-as-you-go → monthly and back, as the table allows; the same type again and an empty balance are refused', async () => {
    const target = await find('running', (i) => i.chargeType === 'PostPaid');
    await runTask('ModifyInstanceChargeType', { InstanceId: target.id, InstanceChargeType: 'PrePaid', PrepaidMonth: 1 });
    expect(await instance(target.id)).toMatchObject({ status: 'running', chargeType: 'PrePaid' });
    await expectError('ModifyInstanceChargeType', { InstanceId: target.id, InstanceChargeType: 'PrePaid' }, 403, 'IncorrectInstanceStatus');
    await runTask('ModifyInstanceChargeType', { InstanceId: target.id, InstanceChargeType: 'PostPaid' });
    expect(await instance(target.id)).toMatchObject({ status: 'running', chargeType: 'PostPaid' });
    const other = await find('running', (i) => i.chargeType === 'PostPaid');
    h.sim.world.account(SIM_KEY.id)!.balance = 0;
    await expectError('ModifyInstanceChargeType', { InstanceId: other.id, InstanceChargeType: 'PrePaid' }, 400, 'NotEnoughBalance');
  });

  it('ModifyInstanceSpec: new Cpu and Ram after the task; a spec the type is not sold with is refused', async () => {
    const target = await find('running', (i) => i.instanceType === 'Standard');
    await runTask('ModifyInstanceSpec', { InstanceId: target.id, Cpu: 8, Ram: 16 });
    expect(await instance(target.id)).toMatchObject({ status: 'running', cpu: 8, ram: 16 });
    await expectError('ModifyInstanceSpec', { InstanceId: target.id, Cpu: 32, Ram: 1 }, 400, 'InvalidInstanceType.ValueUnauthorized');
    await expectError('ModifyInstanceSpec', { InstanceId: '0bb08ed7-e686-4168-93e5-e0187579753b', Cpu: 2 }, 400, 'InstanceNotFound');
  });

  it('CreateDisk: the new disk is listed with an id; a disk type the region does not sell is refused', async () => {
    const target = await find('running', (i) => i.regionId === 'APAC_Singapore_A');
    await runTask('CreateDisk', { InstanceId: target.id, DataDisks: [{ Size: 300, Type: 'high_disk' }] });
    const after = await instance(target.id);
    expect(after.dataDisks).toHaveLength(target.dataDisks.length + 1);
    expect(after.dataDisks.at(-1)).toMatchObject({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), size: 300, type: 'high_disk' });
    await expectError('CreateDisk', { InstanceId: target.id, DataDisks: [{ Size: 100, Type: 'big_disk' }] }, 400, 'InvalidInstanceTypeDisk.ValueUnauthorized');
  });

  it('ResizeDisk: the disk is larger after the task; a smaller size is refused', async () => {
    const target = await find('running', (i) => i.dataDisks.some((d: Item) => d.type === 'ssd_disk' && d.size < 2000));
    const disk = target.dataDisks.find((d: Item) => d.type === 'ssd_disk' && d.size < 2000);
    await runTask('ResizeDisk', { InstanceId: target.id, DiskId: disk.id, DataSize: disk.size + 10 });
    expect((await instance(target.id)).dataDisks.find((d: Item) => d.id === disk.id).size).toBe(disk.size + 10);
    await expectError('ResizeDisk', { InstanceId: target.id, DiskId: disk.id, DataSize: disk.size }, 403, 'InvalidDiskSize.TooSmall');
  });

  it('DeleteDisk: the disk is gone after the task; an unknown disk is refused', async () => {
    const target = await find('stop', (i) => i.dataDisks.length > 0);
    const disk = target.dataDisks[0];
    await runTask('DeleteDisk', { InstanceId: target.id, DiskIds: [disk.id] });
    const after = await instance(target.id);
    expect(after.status).toBe('stop');
    expect(after.dataDisks.map((d: Item) => d.id)).not.toContain(disk.id);
    await expectError('DeleteDisk', { InstanceId: target.id, DiskIds: [disk.id] }, 400, 'DiskNotFound');
  });

  it('ResetImage: the new image after the task; an unknown image is refused with 404', async () => {
    const target = await find('running', (i) => i.imageId !== 'Ubuntu_16.04_64');
    await runTask('ResetImage', { InstanceId: target.id, ImageId: 'Ubuntu_16.04_64' });
    expect(await instance(target.id)).toMatchObject({ status: 'running', imageId: 'Ubuntu_16.04_64' });
    await expectError('ResetImage', { InstanceId: target.id, ImageId: 'Centos_9_64' }, 404, 'InvalidLaunchTemplateVersion.NotFound');
  });

  it('DisconnectNetworkInterface and ConnectNetworkInterface: connected flips; repeating either is refused', async () => {
    const target = await find('running', (i) => i.privateInterfaces.length > 0);
    const nic = target.privateInterfaces[0];
    await runTask('DisconnectNetworkInterface', { InstanceId: target.id, InterfaceId: nic.id });
    expect((await instance(target.id)).privateInterfaces[0]).toMatchObject({ id: nic.id, connected: false });
    await expectError('DisconnectNetworkInterface', { InstanceId: target.id, InterfaceId: nic.id }, 403, 'IncorrectInstanceStatus');
    await runTask('ConnectNetworkInterface', { InstanceId: target.id, InterfaceId: nic.id });
    expect((await instance(target.id)).privateInterfaces[0]).toMatchObject({ id: nic.id, connected: true });
    await expectError('ConnectNetworkInterface', { InstanceId: target.id, InterfaceId: nic.id }, 403, 'IncorrectInstanceStatus');
    await expectError('ConnectNetworkInterface', { InstanceId: target.id, InterfaceId: 'eth0' }, 400, 'InvalidInterfaceID.Malformed');
  });

  it('ModifyIpAddress: a new private address after the task; an address in use is refused', async () => {
    const target = await find('running', (i) => i.privateInterfaces.length > 0);
    const nic = target.privateInterfaces[0];
    const inVdc = (await instances()).filter((i) => i.vdcId === target.vdcId);
    // Free by the cloud's own account: instances are not the only holders (databases take addresses too).
    const vdc = h.sim.world.account(SIM_KEY.id)!.vdcs().find((v) => v.vdcId === target.vdcId)!;
    const free = vdc.privateNetwork(nic.networkId)!.firstFree()!;
    await runTask('ModifyIpAddress', { InstanceId: target.id, InterfaceId: nic.id, Address: free });
    expect((await instance(target.id)).privateInterfaces[0]).toMatchObject({ id: nic.id, ip: free });
    const neighbour = inVdc.find((i) => i.id !== target.id && i.privateInterfaces.some((n: Item) => n.networkId === nic.networkId))!;
    const taken = neighbour.privateInterfaces.find((n: Item) => n.networkId === nic.networkId).ip;
    await expectError('ModifyIpAddress', { InstanceId: target.id, InterfaceId: nic.id, Address: taken }, 400, 'InvalidPrivateIpAddress.Duplicated');
  });
});

describe('templates through the BFF', () => {
  it('DescribeTemplateInfo: private and public templates, by keyword; a page size over 100 is refused', async () => {
    const all = await templates();
    expect(all.length).toBeGreaterThan(30);
    expect(all.find((t) => t.id === 'Centos_7.6_64')).toMatchObject({ status: 'normal', osType: 'centos 7.6 64位' });
    expect((await templates({ Keyword: 'tomcat' })).map((t) => t.name)).toEqual(['java8-tomcat-ubuntu16']);
    const r = await h.action('ccs', 'DescribeTemplateInfo', { PageNumber: 1, PageSize: 1000 });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ code: 'ValidationError', httpStatus: 400, requestId: expect.any(String) });
  });

  it('CreateTemplate, SyncTemplate, DeleteTemplate: a private template made, copied and removed', async () => {
    const source = await find('running', (i) => i.regionId === 'CN_Beijing_A');
    await expectError('CreateTemplate', { InstanceId: source.id, DisplayName: 'bff-golden', PowerOn: false }, 403, 'IncorrectInstanceStatus');
    const made = await runTask('CreateTemplate', { InstanceId: source.id, DisplayName: 'bff-golden', PowerOn: true });
    const id = made.resourceIds[1];
    expect((await templates({ Keyword: 'bff-golden' }))[0]).toMatchObject({ id, status: 'normal', regions: [{ regionId: 'CN_Beijing_A', status: 'normal' }] });

    await expectError('SyncTemplate', { TemplateId: 'Centos_7.6_64', RegionId: 'CN_Shanghai_A' }, 403, 'OperationDenied.PublicTemplate');
    await runTask('SyncTemplate', { TemplateId: id, RegionId: 'CN_Shanghai_A' });
    expect((await templates({ Keyword: 'bff-golden' }))[0]!.regions.map((r: Item) => r.regionId)).toEqual(['CN_Beijing_A', 'CN_Shanghai_A']);

    await expectError('DeleteTemplate', { TemplateId: 'Centos_7.6_64', RegionId: 'CN_Beijing_A' }, 403, 'OperationDenied.PublicTemplate');
    await runTask('DeleteTemplate', { TemplateId: id, RegionId: 'CN_Beijing_A' });
    await runTask('DeleteTemplate', { TemplateId: id, RegionId: 'CN_Shanghai_A' });
    expect(await templates({ Keyword: 'bff-golden' })).toEqual([]);
    await expectError('DeleteTemplate', { TemplateId: id, RegionId: 'CN_Beijing_A' }, 404, 'InvalidLaunchTemplateVersion.NotFound');
  });
});
