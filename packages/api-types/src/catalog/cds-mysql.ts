import { z } from 'zod';
import { defineAction, loose } from '../define';
import type { DbPerformance } from '../normalized/monitor';
import type { CreatedDbInstances, DbBackup, DbBackupDownload } from '../normalized/paas';
import type { Ack, TaskResult } from '../normalized/results';
import {
  cdsAckAnswer,
  cdsTaskAnswerLoose,
  dateTime,
  spanMs,
  regionId,
  requiredText,
  stepped,
  taskIdValue,
  toAck,
  toTaskResult,
  uuidLike,
} from './cds-shared';
import {
  backupRaw,
  dbConfigOutput,
  dbInstancesOutput,
  normalizeDbConfig,
  normalizeDbInstance,
  normalizeRegions,
  normalizeSpecChoices,
  paasAmount,
  paasEnvelope,
  paasGoodsId,
  paasInstanceName,
  paasRegionsOutput,
  specChoicesOutput,
  toBackup,
} from './cds-paas-shared';

/** CDS managed MySQL (cds-mysql-api.md): /mysql, and /paas/monitor for performance data. */

const base = { provider: 'cds', product: 'mysql', path: '/mysql' } as const;
const taskResult = (raw: z.output<typeof cdsTaskAnswerLoose>): TaskResult => toTaskResult(raw);
const instanceId = uuidLike('InstanceUuid');
const MYSQL_READS = ['DescribeDBInstances'];
const BACKUP_READS = ['DescribeBackups'];

/** AttachDiskObj: "DiskMin 起步为100", "DiskStep 步长大小=100", "DiskMax 单次支持扩容到最大磁盘容量为2000". */
const diskValue = stepped('DiskValue', 100, 2000, 100, 'GB');
const DISK_NOTE =
  'DiskValue follows AttachDiskObj: 100–2000 GB in steps of 100 (DiskMin 100, DiskStep 100, DiskMax 2000). PaasGoodsId is typed int but the samples send strings ("6707"): either is accepted, a number is sent.';

export const DescribeRegions = defineAction({
  ...base,
  action: 'DescribeRegions',
  method: 'GET',
  kind: 'read',
  input: z.object({}),
  output: paasRegionsOutput,
  normalize: normalizeRegions,
  summary: { en: 'Regions where MySQL can be bought', zh: '获取云数据库MySQL支持购买的站点区域' },
  notes:
    'The example lists CN_Beijing_H (北京8), which appendix 1 of the core document does not have.',
});

export const DescribeAvailableDBConfig = defineAction({
  ...base,
  action: 'DescribeAvailableDBConfig',
  method: 'GET',
  kind: 'read',
  input: z.object({ RegionId: regionId }),
  output: dbConfigOutput,
  normalize: normalizeDbConfig,
  summary: {
    en: 'MySQL versions, architectures and specs a region sells',
    zh: '获取站点可购买的MySQL产品类型及规格',
  },
  notes:
    'DiskMin/DiskStep/DiskMaxExpand are typed string but answered as numbers: both are read. EnginesType is typed string but answered []: passed over.',
});

export const CreateDBInstance = defineAction({
  ...base,
  action: 'CreateDBInstance',
  method: 'POST',
  kind: 'write',
  task: 'TaskId',
  invalidates: MYSQL_READS,
  input: z.object({
    RegionId: regionId,
    VdcId: uuidLike('VdcId'),
    BasePipeId: uuidLike('BasePipeId (the private network of the VDC)'),
    InstanceName: paasInstanceName,
    PaasGoodsId: paasGoodsId,
    DiskType: requiredText('DiskType (e.g. ssd_disk or high_disk)'),
    DiskValue: diskValue,
    Password: z.string().min(1, 'Password must not be empty').optional(),
    Amount: paasAmount.optional(),
  }),
  output: loose({
    ...paasEnvelope,
    TaskId: taskIdValue.default(''),
    Data: loose({ InstancesUuid: z.array(z.string()).default([]) }).optional(),
  }),
  normalize: (raw): CreatedDbInstances => ({
    taskId: raw.TaskId,
    instanceIds: raw.Data?.InstancesUuid ?? [],
  }),
  summary: { en: 'Create MySQL instances', zh: '创建MySQL云数据库实例' },
  notes: `The request table has no Password but the code sample sends one: accepted as optional (accounts can also be made with CreatePrivilegedAccount). ${DISK_NOTE} The example answer has a trailing comma inside InstancesUuid; the fixture removes it.`,
});

export const DescribeDBInstances = defineAction({
  ...base,
  action: 'DescribeDBInstances',
  method: 'GET',
  kind: 'read',
  input: z.object({
    InstanceUuid: z.string().min(1).optional(),
    InstanceName: z.string().min(1).optional(),
    IP: z.string().min(1).optional(),
  }),
  output: dbInstancesOutput,
  normalize: (raw) => raw.Data.map(normalizeDbInstance),
  summary: { en: 'List MySQL instances, filtered by id, name or IP', zh: '查看MySQL实例列表' },
  notes:
    'The table documents Master_Info (a dict); the answer has MasterInfo ("" for a primary): both are read, an empty value means none. Ram is in MB (normalized ramMb); Disks in GB. SubProductName carries a trailing newline: trimmed. IP filters by prefix in the sample ("66.66").',
});

export const CreatePrivilegedAccount = defineAction({
  ...base,
  action: 'CreatePrivilegedAccount',
  method: 'POST',
  kind: 'write',
  input: z.object({
    InstanceUuid: instanceId,
    AccountName: requiredText('AccountName', 32),
    Password: z.string({ error: 'Password is required' }).min(1, 'Password is required'),
    AccountType: z.enum(['Super', 'Normal'], {
      error: 'AccountType must be Super (high privilege) or Normal',
    }),
    Description: z.string().max(256, 'Description is at most 256 characters').optional(),
  }),
  output: cdsAckAnswer,
  normalize: (raw): Ack => toAck(raw),
  summary: {
    en: 'Create a database account (one Super account per instance)',
    zh: '创建数据库账号',
  },
  notes:
    'Named "Privileged" but AccountType also allows Normal accounts. The account-name and password rules are not documented: non-empty, names at most 32 characters (MySQL\'s own limit); the cloud judges the rest. No task is listed in the README; TaskId is answered "".',
});

export const DescribeModifiableDBSpec = defineAction({
  ...base,
  action: 'DescribeModifiableDBSpec',
  method: 'GET',
  kind: 'read',
  input: z.object({ InstanceUuid: instanceId }),
  output: specChoicesOutput,
  normalize: normalizeSpecChoices,
  summary: { en: 'Specs an instance can be changed to', zh: '获取实例支持变更的规格' },
  notes:
    'One CpuRam entry answers the key "N" instead of "Name": read as Name (or built from CPU/RAM).',
});

export const ModifyDBInstanceSpec = defineAction({
  ...base,
  action: 'ModifyDBInstanceSpec',
  method: 'POST',
  kind: 'write',
  task: 'TaskId',
  invalidates: MYSQL_READS,
  input: z
    .object({
      InstanceUuid: instanceId,
      PaasGoodsId: paasGoodsId.optional(),
      DiskType: z.string().min(1).optional(),
      DiskValue: diskValue.optional(),
    })
    .refine((v) => (v.DiskType === undefined) === (v.DiskValue === undefined), {
      message: 'Give DiskType and DiskValue together to add disk space',
      path: ['DiskValue'],
    })
    .refine((v) => v.PaasGoodsId !== undefined || v.DiskValue !== undefined, {
      message: 'Give PaasGoodsId (new spec), DiskType with DiskValue (more disk), or both',
      path: ['PaasGoodsId'],
    }),
  output: cdsTaskAnswerLoose,
  normalize: taskResult,
  summary: {
    en: 'Change the spec or disk space of a MySQL instance',
    zh: '修改数据库实例规格或存储空间',
  },
  notes: `The sample says: spec only → PaasGoodsId; disk only → DiskType and DiskValue together; the console enforces that. DiskValue is typed string, the sample sends 100: sent as a number. ${DISK_NOTE}`,
});

export const DeleteDBInstance = defineAction({
  ...base,
  action: 'DeleteDBInstance',
  method: 'POST',
  kind: 'destructive',
  task: 'TaskId',
  invalidates: MYSQL_READS,
  input: z.object({ InstanceUuid: instanceId }),
  output: cdsTaskAnswerLoose,
  normalize: taskResult,
  summary: { en: 'Delete a MySQL instance', zh: '删除MySQL实例' },
  notes:
    'InstanceUuid is marked optional (否) but names the instance to delete: required. The example answers TaskId "" (nothing to follow).',
});

export const DescribeAvailableReadOnlyConfig = defineAction({
  ...base,
  action: 'DescribeAvailableReadOnlyConfig',
  method: 'GET',
  kind: 'read',
  input: z.object({ InstanceUuid: instanceId }),
  output: specChoicesOutput,
  normalize: normalizeSpecChoices,
  summary: {
    en: 'Specs a read-only instance of this instance can have',
    zh: '获取可购买的只读实例规格',
  },
  notes:
    'The code sample calls DescribeModifiableDBSpec (a copy slip); the console sends DescribeAvailableReadOnlyConfig. The table describes Architectures/ComputeRoles/Standards but the example answers the flat AttachDisk/CpuRam shape of DescribeModifiableDBSpec: the flat shape is read, the rest passes. PaasGoodsId is "******" (masked) in the example: read as a string.',
});

export const CreateReadOnlyDBInstance = defineAction({
  ...base,
  action: 'CreateReadOnlyDBInstance',
  method: 'POST',
  kind: 'write',
  task: 'TaskId',
  invalidates: MYSQL_READS,
  input: z.object({
    InstanceUuid: instanceId,
    InstanceName: paasInstanceName,
    PaasGoodsId: paasGoodsId,
    DiskType: requiredText('DiskType (e.g. high_disk)'),
    DiskValue: diskValue,
    TestGroupId: z.coerce.number().int('TestGroupId must be a whole number').optional(),
    Amount: paasAmount.optional(),
  }),
  output: cdsTaskAnswerLoose,
  normalize: taskResult,
  summary: { en: 'Add read-only instances to a primary/replica MySQL', zh: '为MySQL添加只读实例' },
  notes: `The spec and disk must be at least the primary's; the console cannot check that here. ${DISK_NOTE}`,
});

export const CreateBackup = defineAction({
  ...base,
  action: 'CreateBackup',
  method: 'POST',
  kind: 'write',
  task: 'TaskId',
  invalidates: BACKUP_READS,
  input: z.object({
    InstanceUuid: instanceId,
    BackupType: z.literal('physical-backup', {
      error: 'BackupType must be physical-backup (the only method supported)',
    }),
    Desc: z.string().max(256, 'Desc is at most 256 characters').optional(),
  }),
  output: cdsTaskAnswerLoose,
  normalize: taskResult,
  summary: { en: 'Back up a MySQL instance now', zh: '为实例创建备份' },
  notes:
    'Only physical backup is supported ("目前只支持物理备份"); the sample sends "physical-backup".',
});

export const DescribeBackups = defineAction({
  ...base,
  action: 'DescribeBackups',
  method: 'GET',
  kind: 'read',
  input: z.object({ InstanceUuid: instanceId }),
  output: loose({ ...paasEnvelope, Data: z.array(backupRaw).default([]) }),
  normalize: (raw): DbBackup[] => raw.Data.map(toBackup),
  summary: { en: 'List the backups of a MySQL instance', zh: '查看备份集列表' },
  notes:
    'Data is typed dict but answered as a list; BackupSize is typed string but answered as a number of bytes: both read.',
});

export const DeleteBackup = defineAction({
  ...base,
  action: 'DeleteBackup',
  method: 'POST',
  kind: 'destructive',
  task: 'TaskId',
  invalidates: BACKUP_READS,
  input: z.object({ InstanceUuid: instanceId, BackupId: uuidLike('BackupId') }),
  output: cdsTaskAnswerLoose,
  normalize: taskResult,
  summary: { en: 'Delete a backup', zh: '删除数据备份文件' },
});

export const DownloadBackup = defineAction({
  ...base,
  action: 'DownloadBackup',
  method: 'GET',
  kind: 'read',
  input: z.object({ InstanceUuid: instanceId, BackupId: uuidLike('BackupId') }),
  output: loose({
    ...paasEnvelope,
    Data: backupRaw.extend({
      BackupId: z.string().optional(),
      BackupDownloadUrl: z.string().default(''),
      BackupIntranetDownloadUrl: z.string().optional(),
    }),
  }),
  normalize: (raw): DbBackupDownload => ({
    ...toBackup({ ...raw.Data, BackupId: raw.Data.BackupId ?? '' }),
    downloadUrl: raw.Data.BackupDownloadUrl,
    intranetDownloadUrl: raw.Data.BackupIntranetDownloadUrl,
  }),
  summary: { en: 'Download addresses (public and internal) of a backup', zh: '获取备份下载地址' },
  notes:
    'A read: it only returns addresses. The table lists BackupId in the answer but the example has none: optional. BackupType is "full-backup" here and "physical-backup" in DescribeBackups: passed on as answered.',
});

export const MYSQL_METRIC_KEYS = [
  'mysql_cpu_usage',
  'mysql_mem_usage',
  'mysql_space_usage',
  'mysql_network_trffice',
  'mysql_sessions',
  'mysql_slow_queries',
] as const;
const THIRTY_DAYS_MS = 30 * 24 * 3600 * 1000;

export const DescribeDBInstancePerformance = defineAction({
  provider: 'cds',
  product: 'mysql',
  path: '/paas/monitor',
  action: 'DescribeDBInstancePerformance',
  method: 'POST',
  kind: 'read',
  input: z
    .object({
      InstanceUuid: instanceId,
      MetricKey: z.enum(MYSQL_METRIC_KEYS, {
        error: `MetricKey must be one of ${MYSQL_METRIC_KEYS.join(', ')}`,
      }),
      StartTime: dateTime('StartTime'),
      EndTime: dateTime('EndTime'),
    })
    .refine((v) => (spanMs(v.StartTime, v.EndTime) ?? 1) > 0, {
      message: 'EndTime must be after StartTime',
      path: ['EndTime'],
    })
    .refine((v) => (spanMs(v.StartTime, v.EndTime) ?? 0) <= THIRTY_DAYS_MS, {
      message: 'The time span is at most 30 days',
      path: ['EndTime'],
    }),
  output: loose({
    ...paasEnvelope,
    Data: loose({
      InstanceUuid: z.string().default(''),
      MetricKey: z.string().default(''),
      ProductType: z.string().optional(),
      Period: z.coerce.number().optional(),
      StartTime: z.string().optional(),
      EndTime: z.string().optional(),
      DataPoints: z
        .array(
          loose({
            MetricName: z.string().default(''),
            MetricType: z.string().optional(),
            MonitorType: z.union([z.string(), z.array(z.string())]).optional(),
            Unit: z.string().optional(),
            Values: z
              .array(
                loose({
                  DateTime: z.string().optional(),
                  DataTime: z.string().optional(),
                  Value: z.coerce.number().nullable(),
                }),
              )
              .default([]),
          }),
        )
        .default([]),
    }),
  }),
  normalize: (raw): DbPerformance => ({
    instanceId: raw.Data.InstanceUuid,
    metricKey: raw.Data.MetricKey,
    productType: raw.Data.ProductType,
    period: raw.Data.Period,
    startTime: raw.Data.StartTime,
    endTime: raw.Data.EndTime,
    series: raw.Data.DataPoints.map((d) => ({
      name: d.MetricName,
      type: d.MetricType,
      monitorType: Array.isArray(d.MonitorType) ? d.MonitorType.join(',') : d.MonitorType,
      unit: d.Unit,
      points: d.Values.filter((v) => v.Value !== null).map((v) => ({
        time: v.DateTime ?? v.DataTime ?? '',
        value: v.Value as number,
      })),
    })),
  }),
  summary: { en: 'MySQL performance metrics over a time span', zh: '获取云数据库MySQL监控指标' },
  notes:
    'Path /paas/monitor, product mysql. The table says Values[].DataTime, the answer DateTime: both are read. MonitorType is typed list but answered as a string: both. "mysql_network_trffice" is spelled as documented (it is the wire value). The granularity table says 30s for spans up to 4h while its text says 5 seconds: Period is taken from the answer. The table stops at 30 days: longer spans are refused. Time format is not stated; the answer\'s "YYYY-MM-DD HH:mm:ss" is required.',
});
