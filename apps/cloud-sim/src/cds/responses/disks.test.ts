import { cdsCcsInstanceOps } from '@console/api-types';
import { describe, expect, it } from 'vitest';
import { TEST_KEY, waitForTask, type Json } from '../../testing/client';
import { expectTaskAnswer, GONE_ID, opsSimulator, statusAndCode } from '../../testing/instances';

const env = opsSimulator();

const account = () => env.sim.world.account(TEST_KEY.accessKeyId)!;
const post = (action: string, body: Record<string, unknown>) => env.client.post('/ccs', action, body);
const withDisks = (i: Json) => i.Disks.DataDisks.length > 0;

describe('CreateDisk', () => {
  it('adds data disks with ids when orderAddDisk ends, charging them', async () => {
    const target = await env.look.find('running', (i) => i.RegionId === 'CN_Beijing_A');
    const before = account().balance;
    const r = await post('CreateDisk', { InstanceId: target.InstanceId, DataDisks: [{ Size: 100, Type: 'ssd_disk' }, { Size: 200, Type: 'high_disk' }] });
    expectTaskAnswer(cdsCcsInstanceOps.CreateDisk, r);
    expect(account().balance).toBeLessThan(before);
    const during = await env.look.instance(target.InstanceId);
    expect(during.InstanceStatus).toBe('updating');
    expect(during.Disks.DataDisks).toHaveLength(target.Disks.DataDisks.length);
    const { answer } = await waitForTask(env.client, r.body.TaskId);
    expect(answer.Data.TaskType).toBe('orderAddDisk');
    const after = await env.look.instance(target.InstanceId);
    expect(after.InstanceStatus).toBe('running');
    const added = after.Disks.DataDisks.slice(target.Disks.DataDisks.length);
    expect(added).toMatchObject([
      { DiskId: expect.stringMatching(/^[0-9a-f-]{36}$/), Size: 100, Type: 'ssd_disk', DiskType: 'ssd_disk', IOPS: 1500 },
      { DiskId: expect.stringMatching(/^[0-9a-f-]{36}$/), Size: 200, Type: 'high_disk', DiskType: 'high_disk', IOPS: 3000 },
    ]);
    expect(after.Disks.LeftDataDiskNum).toBe(target.Disks.LeftDataDiskNum - 2);
  });

  it('takes IOPS in a data disk, as the SDKs send it', async () => {
    const target = await env.look.find('running', (i) => i.Disks.DataDisks.length < 10);
    const r = await post('CreateDisk', { InstanceId: target.InstanceId, DataDisks: [{ Size: 100, Type: 'ssd_disk', IOPS: 2500 }] });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    await waitForTask(env.client, r.body.TaskId);
    const after = await env.look.instance(target.InstanceId);
    expect(after.Disks.DataDisks.at(-1)).toMatchObject({ Size: 100, Type: 'ssd_disk', IOPS: 2500 });
  });

  it('answers the documented errors, sizes and types from DiskGoods, and a balance that runs out', async () => {
    const running = await env.look.find('running', (i) => i.RegionId === 'APAC_Singapore_A');
    const full = await env.look.find('running', withDisks);
    const errored = await env.look.find('error');
    const disk = (Size: number, Type = 'ssd_disk') => [{ Size, Type }];
    const cases: [Record<string, unknown>, number, string][] = [
      [{ InstanceId: running.InstanceId, DataDisks: disk(100, 'big_disk') }, 400, 'InvalidInstanceTypeDisk.ValueUnauthorized'],
      [{ InstanceId: running.InstanceId, DataDisks: disk(105) }, 400, 'InvalidDataDiskSize.ValueNotSupported'],
      [{ InstanceId: running.InstanceId, DataDisks: disk(3000) }, 400, 'InvalidDataDiskSize.ValueNotSupported'],
      [{ InstanceId: full.InstanceId, DataDisks: Array(14).fill({ Size: 10, Type: 'ssd_disk' }) }, 400, 'QuotaExceed.DataDisk'],
      [{ InstanceId: errored.InstanceId, DataDisks: disk(100) }, 403, 'IncorrectInstanceStatus'],
      [{ InstanceId: GONE_ID, DataDisks: disk(100) }, 400, 'InstanceNotFound'],
      [{ InstanceId: 'vm-1', DataDisks: disk(100) }, 400, 'InvalidInstanceID.Malformed'],
    ];
    for (const [body, status, code] of cases) expect(statusAndCode(await post('CreateDisk', body)), JSON.stringify(body).slice(0, 80)).toEqual([status, code]);
    account().balance = 0;
    expect(statusAndCode(await post('CreateDisk', { InstanceId: running.InstanceId, DataDisks: disk(1000) }))).toEqual([400, 'NotEnoughBalance']);
    expect(await env.look.instance(running.InstanceId)).toMatchObject({ InstanceStatus: 'running', Disks: { DataDisks: running.Disks.DataDisks } });
  });
});

describe('ResizeDisk', () => {
  it('grows a data disk when orderResizeDisk ends', async () => {
    const target = await env.look.find('running', (i) => withDisks(i) && i.Disks.DataDisks[0].Size <= 1900 && i.Disks.DataDisks[0].Type !== 'big_disk');
    const disk = target.Disks.DataDisks[0];
    const step = disk.Type === 'ssd_disk' ? 10 : 100;
    const r = await post('ResizeDisk', { InstanceId: target.InstanceId, DiskId: disk.DiskId, DataSize: disk.Size + step });
    expectTaskAnswer(cdsCcsInstanceOps.ResizeDisk, r);
    expect((await env.look.instance(target.InstanceId)).InstanceStatus).toBe('updating');
    const { answer } = await waitForTask(env.client, r.body.TaskId);
    expect(answer.Data).toMatchObject({ TaskType: 'orderResizeDisk', ResourceIds: [target.InstanceId, disk.DiskId] });
    const after = await env.look.instance(target.InstanceId);
    expect(after.InstanceStatus).toBe('running');
    // A disk whose IOPS nobody asked for keeps the default for its size (15 per GB).
    const iops = (disk.Size + step) * 15;
    expect(after.Disks.DataDisks[0]).toEqual({ ...disk, Size: disk.Size + step, IOPS: iops, Iops: iops, IopsSize: iops });
  });

  it('answers the documented errors', async () => {
    const target = await env.look.find('running', (i) => withDisks(i) && i.Disks.DataDisks[0].Type === 'ssd_disk' && i.Disks.DataDisks[0].Size < 2000);
    const disk = target.Disks.DataDisks[0];
    const errored = await env.look.find('error');
    const cases: [Record<string, unknown>, number, string][] = [
      [{ DiskId: disk.DiskId, DataSize: disk.Size }, 403, 'InvalidDiskSize.TooSmall'],
      [{ DiskId: disk.DiskId, DataSize: 10 }, 403, 'InvalidDiskSize.TooSmall'],
      [{ DiskId: disk.DiskId, DataSize: disk.Size + 5 }, 400, 'InvalidDataDiskSize.ValueNotSupported'],
      [{ DiskId: disk.DiskId, DataSize: 4000 }, 400, 'InvalidDataDiskSize.ValueNotSupported'],
      [{ DiskId: GONE_ID, DataSize: 2000 }, 400, 'DiskNotFound'],
      [{ DiskId: 'disk-1', DataSize: 2000 }, 400, 'InvalidDiskID.Malformed'],
      [{ DiskId: target.Disks.SystemDisk.DiskId, DataSize: 2000 }, 400, 'InvalidInstanceTypeDisk.ValueUnauthorized'],
      [{ InstanceId: errored.InstanceId, DiskId: disk.DiskId, DataSize: 2000 }, 403, 'IncorrectInstanceStatus'],
      [{ InstanceId: GONE_ID, DiskId: disk.DiskId, DataSize: 2000 }, 400, 'InstanceNotFound'],
      [{ InstanceId: 'vm-1', DiskId: disk.DiskId, DataSize: 2000 }, 400, 'InvalidInstanceID.Malformed'],
      // The document's own code for an absent parameter.
      [{ DiskId: disk.DiskId }, 400, 'IncompleteParamter'],
      [{ DataSize: 2000 }, 400, 'IncompleteParamter'],
    ];
    for (const [body, status, code] of cases) {
      expect(statusAndCode(await post('ResizeDisk', { InstanceId: target.InstanceId, ...body })), JSON.stringify(body)).toEqual([status, code]);
    }
    account().balance = 0;
    expect(statusAndCode(await post('ResizeDisk', { InstanceId: target.InstanceId, DiskId: disk.DiskId, DataSize: 2000 }))).toEqual([400, 'NotEnoughBalance']);
    expect((await env.look.instance(target.InstanceId)).Disks.DataDisks[0]).toEqual(disk);
  });
});

describe('DeleteDisk', () => {
  it('removes data disks when deleteDisk ends', async () => {
    const target = await env.look.find('running', (i) => i.Disks.DataDisks.length >= 2);
    const ids = target.Disks.DataDisks.map((d: Json) => d.DiskId);
    const r = await post('DeleteDisk', { InstanceId: target.InstanceId, DiskIds: [ids[0]] });
    expectTaskAnswer(cdsCcsInstanceOps.DeleteDisk, r);
    expect((await env.look.instance(target.InstanceId)).InstanceStatus).toBe('updating');
    await waitForTask(env.client, r.body.TaskId);
    const after = await env.look.instance(target.InstanceId);
    expect(after.InstanceStatus).toBe('running');
    expect(after.Disks.DataDisks.map((d: Json) => d.DiskId)).toEqual(ids.slice(1));
  });

  it('answers the documented errors and deletes nothing when any id is wrong', async () => {
    const target = await env.look.find('running', withDisks);
    const disk = target.Disks.DataDisks[0];
    const errored = await env.look.find('error');
    const cases: [Record<string, unknown>, number, string][] = [
      [{ DiskIds: [disk.DiskId, GONE_ID] }, 400, 'DiskNotFound'],
      [{ DiskIds: [disk.DiskId, 'disk-1'] }, 400, 'InvalidDiskID.Malformed'],
      [{ DiskIds: [target.Disks.SystemDisk.DiskId] }, 400, 'InvalidInstanceTypeDisk.ValueUnauthorized'],
      [{ DiskIds: [] }, 400, 'InvalidDiskID.Malformed'],
      [{ InstanceId: errored.InstanceId, DiskIds: [disk.DiskId] }, 403, 'IncorrectInstanceStatus'],
      [{ InstanceId: GONE_ID, DiskIds: [disk.DiskId] }, 400, 'InstanceNotFound'],
      [{ InstanceId: 'vm-1', DiskIds: [disk.DiskId] }, 400, 'InvalidInstanceID.Malformed'],
      [{}, 400, 'MissingParameter'],
    ];
    for (const [body, status, code] of cases) {
      expect(statusAndCode(await post('DeleteDisk', { InstanceId: target.InstanceId, ...body })), JSON.stringify(body)).toEqual([status, code]);
    }
    expect(await env.look.instance(target.InstanceId)).toMatchObject({ InstanceStatus: 'running', Disks: { DataDisks: target.Disks.DataDisks } });
  });
});
