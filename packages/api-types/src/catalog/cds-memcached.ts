import { z } from 'zod';
import { defineAction, loose } from '../define';
import type { CreatedMemcached, MemcachedInstance, MemcachedList } from '../normalized/paas';
import type { TaskResult } from '../normalized/results';
import { regionId, taskIdValue, uuidLike } from './cds-shared';
import { paasInstanceName } from './cds-paas-shared';
import { MEMCACHED_CONF_SIZES } from '../paas-values';

/**
 * CDS managed Memcached (cds-memcached-api.md), all POST on /memcached.
 * TaskIds sit inside Data and are numbers ({"Data": {"TaskId": 918}}); they become strings.
 */

const base = { provider: 'cds', product: 'memcached', path: '/memcached', method: 'POST' } as const;
const MEMCACHED_READS = ['MemcachedInstanceList', 'DescribeMemcachedInstance'];
const SAMPLE_URL_NOTE =
  "The code samples sign against CCS_URL; the document's address is /memcached, which is used.";

export { MEMCACHED_CONF_SIZES };
const confSize = z.enum(MEMCACHED_CONF_SIZES, { error: 'ConfSize must be one of 1G, 2G, … 10G' });

/** Envelope of Memcached answers: the tables write the message key in lower case once. */
const envelope = {
  Code: z.string(),
  Message: z.string().optional(),
  message: z.string().optional(),
  RequestId: z.string().optional(),
};

const taskAnswer = loose({ ...envelope, Data: loose({ TaskId: taskIdValue }) });
const taskResult = (raw: z.output<typeof taskAnswer>): TaskResult => ({ taskId: raw.Data.TaskId });

export const CreateMemcachedInstance = defineAction({
  ...base,
  action: 'CreateMemcachedInstance',
  kind: 'write',
  task: 'Data.TaskIds',
  invalidates: MEMCACHED_READS,
  input: z.object({
    InstanceName: paasInstanceName.optional(),
    ConfSize: confSize,
    VdcId: uuidLike('VdcId'),
    PipeId: uuidLike('PipeId (the private network segment of the VDC)'),
    Amount: z.coerce
      .number({ error: 'Amount must be 1–10' })
      .int('Amount must be a whole number 1–10')
      .min(1, 'Amount must be 1–10')
      .max(10, 'Amount must be 1–10')
      .optional(),
    RegionId: regionId,
  }),
  output: loose({
    ...envelope,
    Data: loose({
      InstanceIds: z.array(z.string()).default([]),
      TaskIds: z.array(taskIdValue).default([]),
    }),
  }),
  normalize: (raw): CreatedMemcached => ({
    taskIds: raw.Data.TaskIds,
    instanceIds: raw.Data.InstanceIds,
  }),
  summary: {
    en: 'Create one or more pay-as-you-go Memcached instances',
    zh: '创建一台或多台按需计费的Memcached实例',
  },
  notes: `The heading says Action "CreateMemcached"; the section title, overview and code sample send "CreateMemcachedInstance": that is the wire name. Answers Data.InstanceIds and Data.TaskIds (numbers, read as strings). The answer table gives Code "0000" and "message" in lower case; the example "Success" and "Message": all are read. ${SAMPLE_URL_NOTE}`,
});

const instanceRaw = loose({
  InstanceId: z.string(),
  InstanceName: z.string().default(''),
  Status: z.string().default(''),
  Address: z.string().default(''),
  Port: z.coerce.number().optional(),
  InstanceConf: z.string().default(''),
  ConfName: z.string().optional(),
  conf_name: z.string().optional(),
  Version: z.string().optional(),
  AppName: z.string().optional(),
  SiteId: z.string().optional(),
  SiteName: z.string().optional(),
  BillMethod: z.union([z.string(), z.number()]).transform(String).optional(),
  Coon: z.coerce.number().optional(),
  GoodsId: z.union([z.string(), z.number()]).transform(String).optional(),
  RunningTime: z.string().optional(),
  CreateTime: z.string().optional(),
  UpdateTime: z.string().optional(),
  update_time: z.string().optional(),
});

const toInstance = (r: z.output<typeof instanceRaw>): MemcachedInstance => ({
  id: r.InstanceId,
  name: r.InstanceName,
  status: r.Status,
  address: r.Address,
  port: r.Port,
  conf: r.InstanceConf,
  confName: r.ConfName ?? r.conf_name,
  version: r.Version,
  vdcName: r.AppName,
  regionId: r.SiteId,
  siteName: r.SiteName,
  billMethod: r.BillMethod,
  maxConnections: r.Coon,
  goodsId: r.GoodsId,
  runningTime: r.RunningTime,
  createdAt: r.CreateTime,
  updatedAt: r.UpdateTime ?? r.update_time,
});

export const MemcachedInstanceList = defineAction({
  ...base,
  action: 'MemcachedInstanceList',
  kind: 'read',
  input: z.object({
    VdcId: z.string().min(1).optional(),
    Keyword: z.string().max(64, 'Keyword is at most 64 characters').optional(),
  }),
  output: loose({
    ...envelope,
    Data: loose({
      InstanceList: z.array(instanceRaw).default([]),
      Total: z.coerce.number().optional(),
      RunningTotal: z.coerce.number().default(0),
      CreatingTotal: z.coerce.number().default(0),
      UpdatingTotal: z.coerce.number().default(0),
      DeletingTotal: z.coerce.number().default(0),
      ErrorTotal: z.coerce.number().default(0),
    }),
  }),
  normalize: (raw): MemcachedList => ({
    items: raw.Data.InstanceList.map(toInstance),
    total: raw.Data.Total ?? raw.Data.InstanceList.length,
    counts: {
      running: raw.Data.RunningTotal,
      creating: raw.Data.CreatingTotal,
      updating: raw.Data.UpdatingTotal,
      deleting: raw.Data.DeletingTotal,
      error: raw.Data.ErrorTotal,
    },
  }),
  summary: {
    en: 'List Memcached instances, by VDC or keyword (IP, name or id)',
    zh: '获取Memcached实例列表',
  },
  notes: `Port is typed int but answered as a string ("11211"): read as a number. AppName is the VDC name. ${SAMPLE_URL_NOTE}`,
});

export const DescribeMemcachedInstance = defineAction({
  ...base,
  action: 'DescribeMemcachedInstance',
  kind: 'read',
  input: z.object({ InstanceId: uuidLike('InstanceId') }),
  output: loose({ ...envelope, Data: instanceRaw }),
  normalize: (raw): MemcachedInstance => toInstance(raw.Data),
  summary: { en: 'Details of a Memcached instance', zh: '获取Memcached实例详情' },
  notes: `The table spells update_time and conf_name in snake case; the example answers neither (and CreateTime etc. in camel case): UpdateTime/update_time and ConfName/conf_name are all read. Coon is the maximum number of connections. ${SAMPLE_URL_NOTE}`,
});

export const DeleteMemcachedInstance = defineAction({
  ...base,
  action: 'DeleteMemcachedInstance',
  kind: 'destructive',
  task: 'Data.TaskId',
  invalidates: MEMCACHED_READS,
  input: z.object({ InstanceId: uuidLike('InstanceId') }),
  output: taskAnswer,
  normalize: taskResult,
  summary: { en: 'Delete a Memcached instance', zh: '删除Memcached实例' },
  notes: `TaskId is answered inside Data as a number (the table puts it at the top level): Data.TaskId is read. ${SAMPLE_URL_NOTE}`,
});

export const ClearMemcachedInstance = defineAction({
  ...base,
  action: 'ClearMemcachedInstance',
  kind: 'destructive',
  task: 'Data.TaskId',
  invalidates: MEMCACHED_READS,
  input: z.object({ InstanceId: uuidLike('InstanceId') }),
  output: taskAnswer,
  normalize: taskResult,
  summary: { en: 'Clear all data of a Memcached instance', zh: '清空Memcached实例数据' },
  notes: `Destructive: every cached item is lost. TaskId inside Data as a number, as DeleteMemcachedInstance. ${SAMPLE_URL_NOTE}`,
});

export const UpdateMemcachedInstance = defineAction({
  ...base,
  action: 'UpdateMemcachedInstance',
  kind: 'write',
  task: 'Data.TaskId',
  invalidates: MEMCACHED_READS,
  input: z.object({ InstanceId: uuidLike('InstanceId'), ConfSize: confSize }),
  output: taskAnswer,
  normalize: taskResult,
  summary: { en: 'Change the memory size of a Memcached instance', zh: '更新Memcached实例配置' },
  notes: `The example message is ClearMemcachedInstance's ("清空memcached的数据信息成功", a copy slip); only Data.TaskId is used. ConfSize 1G–10G as for create. ${SAMPLE_URL_NOTE}`,
});
