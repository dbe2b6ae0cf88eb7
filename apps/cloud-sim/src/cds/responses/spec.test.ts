import { CDS_CPU_VALUES, cdsCcsInstanceOps } from '@console/api-types';
import { describe, expect, it } from 'vitest';
import { ramPerCpu } from '../models/spec';
import { TEST_KEY, waitForTask, type Json } from '../../testing/client';
import { expectTaskAnswer, GONE_ID, opsSimulator, statusAndCode } from '../../testing/instances';

const env = opsSimulator();

const account = () => env.sim.world.account(TEST_KEY.accessKeyId)!;
const post = (action: string, body: Record<string, unknown>) => env.client.post('/ccs', action, body);

describe('ModifyInstanceChargeType', () => {
  it('turns a pay-as-you-go instance monthly: updating at once, PrePaid at the end, the months paid', async () => {
    const target = await env.look.find('stop', (i) => i.InstanceChargeType === 'PostPaid');
    const before = account().balance;
    const r = await post('ModifyInstanceChargeType', { InstanceId: target.InstanceId, InstanceChargeType: 'PrePaid', PrepaidMonth: 2, AutoRenew: 1 });
    expectTaskAnswer(cdsCcsInstanceOps.ModifyInstanceChargeType, r);
    expect(r.body.Data).toEqual({ order_audit: 0 });
    expect(account().balance).toBeLessThan(before);
    expect(await env.look.instance(target.InstanceId)).toMatchObject({ InstanceStatus: 'updating', InstanceChargeType: 'PostPaid' });
    const { answer } = await waitForTask(env.client, r.body.TaskId);
    expect(answer.Data).toMatchObject({ Status: 'FINISH', TaskType: 'orderChangeChargeType', ResourceId: target.InstanceId });
    expect(await env.look.instance(target.InstanceId)).toMatchObject({ InstanceStatus: 'stop', InstanceChargeType: 'PrePaid' });
  });

  it('turns a monthly instance pay-as-you-go, as the table allows (PostPaid), charging and refunding nothing', async () => {
    const target = await env.look.find('running', (i) => i.InstanceChargeType === 'PrePaid');
    const before = account().balance;
    const r = await post('ModifyInstanceChargeType', { InstanceId: target.InstanceId, InstanceChargeType: 'PostPaid' });
    expectTaskAnswer(cdsCcsInstanceOps.ModifyInstanceChargeType, r);
    await waitForTask(env.client, r.body.TaskId);
    expect(await env.look.instance(target.InstanceId)).toMatchObject({ InstanceStatus: 'running', InstanceChargeType: 'PostPaid' });
    expect(account().balance).toBe(before);
  });

  it('answers the documented errors and charges nothing', async () => {
    const post1 = await env.look.find('running', (i) => i.InstanceChargeType === 'PostPaid');
    const pre = await env.look.find('running', (i) => i.InstanceChargeType === 'PrePaid');
    const errored = await env.look.find('error');
    const before = account().balance;
    const cases: [Record<string, unknown>, number, string][] = [
      [{ InstanceId: pre.InstanceId, InstanceChargeType: 'PrePaid' }, 403, 'IncorrectInstanceStatus'],
      [{ InstanceId: errored.InstanceId, InstanceChargeType: 'PrePaid' }, 403, 'IncorrectInstanceStatus'],
      [{ InstanceId: GONE_ID, InstanceChargeType: 'PrePaid' }, 400, 'InstanceNotFound'],
      [{ InstanceId: 'vm-1', InstanceChargeType: 'PrePaid' }, 400, 'InvalidInstanceId.Malformed'],
      [{ InstanceId: post1.InstanceId, InstanceChargeType: 'Monthly' }, 400, 'InvalidParameter'],
    ];
    for (const [body, status, code] of cases) expect(statusAndCode(await post('ModifyInstanceChargeType', body)), JSON.stringify(body)).toEqual([status, code]);
    account().balance = 1;
    const poor = await post('ModifyInstanceChargeType', { InstanceId: post1.InstanceId, InstanceChargeType: 'PrePaid', PrepaidMonth: 12 });
    expect(statusAndCode(poor)).toEqual([400, 'NotEnoughBalance']);
    expect(account().balance).toBe(1);
    expect(await env.look.instance(post1.InstanceId)).toMatchObject({ InstanceStatus: 'running', InstanceChargeType: 'PostPaid' });
    expect(before).toBeGreaterThan(1);
  });
});

describe('ModifyInstanceSpec', () => {
  it('changes Cpu and Ram of a running instance when newOrderUpdateVM ends, charging the difference', async () => {
    const target = await env.look.find('running', (i) => i.InstanceType === 'Standard' || i.InstanceType === 'General');
    const before = account().balance;
    const r = await post('ModifyInstanceSpec', { InstanceId: target.InstanceId, Cpu: 16, Ram: 32 });
    expectTaskAnswer(cdsCcsInstanceOps.ModifyInstanceSpec, r);
    expect(account().balance).toBeLessThan(before);
    expect(await env.look.instance(target.InstanceId)).toMatchObject({ InstanceStatus: 'updating', Cpu: target.Cpu, Ram: target.Ram });
    const again = await post('ModifyInstanceSpec', { InstanceId: target.InstanceId, Cpu: 1 });
    expect(statusAndCode(again)).toEqual([403, 'IncorrectInstanceStatus']);
    const { answer } = await waitForTask(env.client, r.body.TaskId);
    expect(answer.Data).toMatchObject({ Status: 'FINISH', TaskType: 'newOrderUpdateVM' });
    expect(await env.look.instance(target.InstanceId)).toMatchObject({ InstanceStatus: 'running', Cpu: 16, Ram: 32 });
  });

  it('takes only Cpu and keeps the Ram', async () => {
    const fits = (i: Json, cpu: number) => {
      const [min, max] = ramPerCpu(i.InstanceType);
      return i.Ram >= cpu * min && i.Ram <= cpu * max;
    };
    const cpuFor = (i: Json) => CDS_CPU_VALUES.find((c) => c !== i.Cpu && fits(i, c));
    const target = await env.look.find('running', (i) => cpuFor(i) !== undefined);
    const cpu = cpuFor(target)!;
    const r = await post('ModifyInstanceSpec', { InstanceId: target.InstanceId, Cpu: cpu });
    expectTaskAnswer(cdsCcsInstanceOps.ModifyInstanceSpec, r);
    await waitForTask(env.client, r.body.TaskId);
    expect(await env.look.instance(target.InstanceId)).toMatchObject({ InstanceStatus: 'running', Cpu: cpu, Ram: target.Ram });
  });

  it('takes only Ram, keeps the Cpu, and works on a stopped instance', async () => {
    const target = await env.look.find('stop', (i) => i.Cpu * 8 >= 8 && i.Cpu <= 8);
    const r = await post('ModifyInstanceSpec', { InstanceId: target.InstanceId, Ram: target.Cpu * 8 });
    expectTaskAnswer(cdsCcsInstanceOps.ModifyInstanceSpec, r);
    await waitForTask(env.client, r.body.TaskId);
    expect(await env.look.instance(target.InstanceId)).toMatchObject({ InstanceStatus: 'stop', Cpu: target.Cpu, Ram: target.Cpu * 8 });
  });

  it('answers the documented errors', async () => {
    const running = await env.look.find('running', (i) => i.InstanceType === 'Standard');
    const compute = await env.look.find('running', (i) => i.InstanceType === 'Compute');
    const errored = await env.look.find('error');
    const cases: [Record<string, unknown>, number, string][] = [
      [{ InstanceId: errored.InstanceId, Cpu: 2 }, 403, 'IncorrectInstanceStatus'],
      [{ InstanceId: GONE_ID, Cpu: 2 }, 400, 'InstanceNotFound'],
      [{ InstanceId: 'vm-1', Cpu: 2 }, 400, 'InvalidInstanceID.Malformed'],
      [{ InstanceId: running.InstanceId, Cpu: 32, Ram: 4 }, 400, 'InvalidInstanceType.ValueUnauthorized'],
      [{ InstanceId: compute.InstanceId, Cpu: 4, Ram: 32 }, 400, 'InvalidInstanceType.ValueUnauthorized'],
      [{ InstanceId: running.InstanceId, Cpu: 3 }, 400, 'InvalidParameter'],
      [{ InstanceId: running.InstanceId }, 400, 'MissingParameter'],
    ];
    for (const [body, status, code] of cases) expect(statusAndCode(await post('ModifyInstanceSpec', body)), JSON.stringify(body)).toEqual([status, code]);
    account().balance = 0;
    expect(statusAndCode(await post('ModifyInstanceSpec', { InstanceId: running.InstanceId, Cpu: 32, Ram: 128 }))).toEqual([400, 'NotEnoughBalance']);
    expect(await env.look.instance(running.InstanceId)).toMatchObject({ InstanceStatus: 'running', Cpu: running.Cpu, Ram: running.Ram });
  });
});

describe('ResetImage', () => {
  it('reinstalls with a public template; a Windows one grows the system disk to 80 GB', async () => {
    const target = await env.look.find('running', (i) => i.Disks.SystemDisk.Size < 80);
    const r = await post('ResetImage', { InstanceId: target.InstanceId, ImageId: 'Windows_2016_Datacenter_64_CN' });
    expectTaskAnswer(cdsCcsInstanceOps.ResetImage, r);
    expect((await env.look.instance(target.InstanceId)).InstanceStatus).toBe('updating');
    const { answer } = await waitForTask(env.client, r.body.TaskId);
    expect(answer.Data.TaskType).toBe('resetImage');
    const after = await env.look.instance(target.InstanceId);
    expect(after).toMatchObject({ InstanceStatus: 'running', ImageId: 'Windows_2016_Datacenter_64_CN' });
    expect(after.Disks.SystemDisk).toMatchObject({ DiskId: target.Disks.SystemDisk.DiskId, Size: 80 });
  });

  it("reinstalls with a private image of the instance's region only", async () => {
    const target = await env.look.find('stop', (i) => i.RegionId === 'CN_Beijing_A');
    const images = (await env.client.get('/ccs', 'DescribeAvailableResource', { RegionId: 'CN_Beijing_A' })).body.Data.InstanceGoods[0].ImageGoods.PrivateImages;
    const elsewhere = (await env.client.get('/ccs', 'DescribeAvailableResource', { RegionId: 'CN_Guangzhou_A' })).body.Data.InstanceGoods[0].ImageGoods.PrivateImages;
    const wrong = await post('ResetImage', { InstanceId: target.InstanceId, ImageId: elsewhere[0].ImageId });
    expect(statusAndCode(wrong)).toEqual([404, 'InvalidLaunchTemplateVersion.NotFound']);
    const r = await post('ResetImage', { InstanceId: target.InstanceId, ImageId: images[1].ImageId });
    expectTaskAnswer(cdsCcsInstanceOps.ResetImage, r);
    await waitForTask(env.client, r.body.TaskId);
    expect(await env.look.instance(target.InstanceId)).toMatchObject({ InstanceStatus: 'stop', ImageId: images[1].ImageId });
  });

  it('answers the documented errors', async () => {
    const running = await env.look.find('running');
    const errored = await env.look.find('error');
    const cases: [Record<string, unknown>, number, string][] = [
      [{ InstanceId: errored.InstanceId, ImageId: 'Centos_7.6_64' }, 403, 'IncorrectInstanceStatus'],
      [{ InstanceId: GONE_ID, ImageId: 'Centos_7.6_64' }, 400, 'InstanceNotFound'],
      [{ InstanceId: 'vm-1', ImageId: 'Centos_7.6_64' }, 400, 'InvalidInstanceId.Malformed'],
      [{ InstanceId: running.InstanceId, ImageId: 'Centos_9_64' }, 404, 'InvalidLaunchTemplateVersion.NotFound'],
      [{ InstanceId: running.InstanceId }, 400, 'MissingParameter'],
    ];
    for (const [body, status, code] of cases) expect(statusAndCode(await post('ResetImage', body)), JSON.stringify(body)).toEqual([status, code]);
  });
});
