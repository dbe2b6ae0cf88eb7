import { cdsCcsTemplates } from '@console/api-types';
import { describe, expect, it } from 'vitest';
import { PUBLIC_TEMPLATES } from '../models/goods';
import { waitForTask, type Json } from '../../testing/client';
import { expectTaskAnswer, GONE_ID, opsSimulator, statusAndCode } from '../../testing/instances';

const env = opsSimulator();

const post = (action: string, body: Record<string, unknown>) => env.client.post('/ccs', action, body);
const templates = async (params: Record<string, unknown> = {}) => {
  const r = await post('DescribeTemplateInfo', { PageNumber: 1, PageSize: 100, ...params });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  expect(cdsCcsTemplates.DescribeTemplateInfo.output.safeParse(r.body).success).toBe(true);
  return r.body.Data.TemplateList as Json[];
};
const template = async (id: string) => (await templates()).find((t) => t.TemplateId === id);
const privateImages = async (regionId: string) =>
  (await env.client.get('/ccs', 'DescribeAvailableResource', { RegionId: regionId })).body.Data.InstanceGoods[0].ImageGoods.PrivateImages as Json[];

describe('DescribeTemplateInfo', () => {
  it('lists the private templates, newest first, then the public ones of appendix 4, by page', async () => {
    const all = await templates();
    expect(all).toHaveLength(3 + PUBLIC_TEMPLATES.length);
    const own = all.slice(0, 3);
    expect(own.map((t) => t.Name).sort()).toEqual(['java8-tomcat-ubuntu16', 'web-base-centos7.6', '办公-win2012-基础镜像']);
    expect([...own.map((t) => t.CreateTime)].sort().reverse()).toEqual(own.map((t) => t.CreateTime));
    expect(all.find((t) => t.Name === 'web-base-centos7.6')).toMatchObject({
      Status: 'normal',
      Count: 1,
      OSType: 'centos',
      Region: [{ RegionId: 'CN_Beijing_A', RegionName: '北京1', Status: 'normal' }],
    });
    const centos = all.find((t) => t.TemplateId === 'Centos_7.4_64')!;
    expect(centos).toMatchObject({ Name: 'CDS-OS-CentOS7.4-64bit-General', OSType: 'centos 7.4 64位', Status: 'normal', Count: 25 });
    expect(centos.CreateTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);

    const page = await post('DescribeTemplateInfo', { PageNumber: 2, PageSize: 10 });
    expect(page.body.Data.TotalPage).toBe(Math.ceil(all.length / 10));
    expect(page.body.Data.TemplateList.map((t: Json) => t.TemplateId)).toEqual(all.slice(10, 20).map((t) => t.TemplateId));
  });

  it('filters by Keyword on name, id or OS type, any case', async () => {
    expect((await templates({ Keyword: 'TOMCAT' })).map((t) => t.Name)).toEqual(['java8-tomcat-ubuntu16']);
    expect((await templates({ Keyword: 'windows 2016' })).map((t) => t.TemplateId)).toEqual(['Windows_2016_Datacenter_64_EN', 'Windows_2016_Datacenter_64_CN']);
    const none = await post('DescribeTemplateInfo', { PageNumber: 1, PageSize: 10, Keyword: 'no-such-template' });
    expect(none.body.Data).toEqual({ TotalPage: 0, TemplateList: [] });
  });

  it('needs PageNumber and PageSize', async () => {
    expect(statusAndCode(await post('DescribeTemplateInfo', { PageSize: 10 }))).toEqual([400, 'MissingParameter']);
    expect(statusAndCode(await post('DescribeTemplateInfo', { PageNumber: 1, PageSize: 1000 }))).toEqual([400, 'InvalidParameter']);
  });
});

describe('CreateTemplate, SyncTemplate, DeleteTemplate', () => {
  it('makes a private image from a running instance, copies it to another region and deletes it region by region', async () => {
    const source = await env.look.find('running', (i) => i.RegionId === 'CN_Shanghai_A');
    const made = await post('CreateTemplate', { InstanceId: source.InstanceId, DisplayName: 'my-golden', PowerOn: true });
    expectTaskAnswer(cdsCcsTemplates.CreateTemplate, made);
    expect(made.body.Data).toEqual({});
    expect((await env.look.instance(source.InstanceId)).InstanceStatus).toBe('updating');
    const creating = (await templates({ Keyword: 'my-golden' }))[0]!;
    expect(creating).toMatchObject({ Status: 'creating', Region: [{ RegionId: 'CN_Shanghai_A', Status: 'creating' }] });
    expect(await privateImages('CN_Shanghai_A')).toEqual([]);
    const { answer } = await waitForTask(env.client, made.body.TaskId);
    expect(answer.Data).toMatchObject({ Status: 'FINISH', TaskType: 'createTemplate', ResourceIds: [source.InstanceId, creating.TemplateId] });
    expect((await env.look.instance(source.InstanceId)).InstanceStatus).toBe('running');
    const id = creating.TemplateId as string;
    expect(await template(id)).toMatchObject({ Name: 'my-golden', Status: 'normal', Count: 1 });
    expect((await privateImages('CN_Shanghai_A')).map((i) => i.ImageId)).toEqual([id]);

    const synced = await post('SyncTemplate', { TemplateId: id, RegionId: 'US_Dallas_A' });
    expectTaskAnswer(cdsCcsTemplates.SyncTemplate, synced);
    expect((await template(id))!.Region).toEqual([
      { RegionId: 'CN_Shanghai_A', RegionName: '上海1', Status: 'normal' },
      { RegionId: 'US_Dallas_A', RegionName: '达拉斯1', Status: 'syncing' },
    ]);
    await waitForTask(env.client, synced.body.TaskId);
    expect(await template(id)).toMatchObject({ Count: 2, Region: [{ Status: 'normal' }, { RegionId: 'US_Dallas_A', Status: 'normal' }] });
    expect((await privateImages('US_Dallas_A')).map((i) => i.ImageId)).toContain(id);

    const removed = await post('DeleteTemplate', { TemplateId: id, RegionId: 'CN_Shanghai_A' });
    expectTaskAnswer(cdsCcsTemplates.DeleteTemplate, removed);
    expect((await template(id))!.Region[0]).toMatchObject({ RegionId: 'CN_Shanghai_A', Status: 'deleting' });
    await waitForTask(env.client, removed.body.TaskId);
    expect(await template(id)).toMatchObject({ Count: 1, Region: [{ RegionId: 'US_Dallas_A' }] });
    expect(await privateImages('CN_Shanghai_A')).toEqual([]);
    const last = await post('DeleteTemplate', { TemplateId: id, RegionId: 'US_Dallas_A' });
    await waitForTask(env.client, last.body.TaskId);
    expect(await template(id)).toBeUndefined();
  });

  it('makes a template powered off from a stopped instance, and a new instance can use it', async () => {
    const source = await env.look.find('stop', (i) => i.RegionId === 'CN_Beijing_A');
    const made = await post('CreateTemplate', { InstanceId: source.InstanceId, DisplayName: 'cold', PowerOn: false });
    const { answer } = await waitForTask(env.client, made.body.TaskId);
    const id = answer.Data.ResourceIds[1];
    expect((await env.look.instance(source.InstanceId)).InstanceStatus).toBe('stop');
    const reset = await post('ResetImage', { InstanceId: source.InstanceId, ImageId: id });
    await waitForTask(env.client, reset.body.TaskId);
    expect((await env.look.instance(source.InstanceId)).ImageId).toBe(id);
  });

  it('answers the documented errors', async () => {
    const running = await env.look.find('running');
    const stopped = await env.look.find('stop');
    const errored = await env.look.find('error');
    const own = (await templates()).find((t) => t.Name === 'web-base-centos7.6')!;
    const name = { DisplayName: 'x' };
    const cases: [string, Record<string, unknown>, number, string][] = [
      ['CreateTemplate', { InstanceId: running.InstanceId, ...name, PowerOn: false }, 403, 'IncorrectInstanceStatus'],
      ['CreateTemplate', { InstanceId: stopped.InstanceId, ...name, PowerOn: true }, 403, 'IncorrectInstanceStatus'],
      ['CreateTemplate', { InstanceId: errored.InstanceId, ...name, PowerOn: false }, 403, 'IncorrectInstanceStatus'],
      ['CreateTemplate', { InstanceId: GONE_ID, ...name, PowerOn: true }, 400, 'InstanceNotFound'],
      ['CreateTemplate', { InstanceId: 'vm-1', ...name, PowerOn: true }, 400, 'InvalidInstanceID.Malformed'],
      ['CreateTemplate', { InstanceId: running.InstanceId, PowerOn: true }, 400, 'MissingParameter'],
      ['SyncTemplate', { TemplateId: own.TemplateId, RegionId: 'CN_Beijing_A' }, 403, 'IncorrectInstanceStatus'],
      ['SyncTemplate', { TemplateId: own.TemplateId, RegionId: 'CN_Atlantis_A' }, 400, 'InvalidRegionID.Malformed'],
      ['SyncTemplate', { TemplateId: 'Centos_7.4_64', RegionId: 'US_Dallas_A' }, 403, 'OperationDenied.PublicTemplate'],
      ['SyncTemplate', { TemplateId: GONE_ID, RegionId: 'US_Dallas_A' }, 404, 'InvalidLaunchTemplateVersion.NotFound'],
      ['DeleteTemplate', { TemplateId: 'Centos_7.4_64', RegionId: 'CN_Beijing_A' }, 403, 'OperationDenied.PublicTemplate'],
      ['DeleteTemplate', { TemplateId: own.TemplateId, RegionId: 'US_Dallas_A' }, 404, 'InvalidLaunchTemplateVersion.NotFound'],
      ['DeleteTemplate', { TemplateId: 'tpl-1', RegionId: 'CN_Beijing_A' }, 404, 'InvalidLaunchTemplateVersion.NotFound'],
      ['DeleteTemplate', { TemplateId: own.TemplateId }, 400, 'MissingParameter'],
    ];
    for (const [action, body, status, code] of cases) expect(statusAndCode(await post(action, body)), `${action} ${JSON.stringify(body)}`).toEqual([status, code]);

    const syncing = await post('SyncTemplate', { TemplateId: own.TemplateId, RegionId: 'US_Dallas_A' });
    expect(syncing.status).toBe(200);
    const busy = await post('DeleteTemplate', { TemplateId: own.TemplateId, RegionId: 'US_Dallas_A' });
    expect(statusAndCode(busy)).toEqual([403, 'IncorrectInstanceStatus']);
    expect(await template(own.TemplateId)).toMatchObject({ Count: 2 });
  });
});
