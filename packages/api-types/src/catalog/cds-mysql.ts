import { z } from 'zod';
import { defineAction, loose } from '../define';
import type { CreatedDbInstances } from '../normalized/paas';
import type { Ack, TaskResult } from '../normalized/results';
import {
  DB_ACCOUNT_NAME_RULE,
  DB_ACCOUNT_NAME_RULE_TEXT,
  DB_PASSWORD_RULE_TEXT,
  DB_RESERVED_ACCOUNT_NAMES,
  dbPasswordProblems,
} from '../paas-values';
import {
  cdsAckAnswer,
  cdsTaskAnswerLoose,
  regionId,
  requiredText,
  stepped,
  taskIdValue,
  toAck,
  toTaskResult,
  uuidLike,
} from './cds-shared';
import {
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
} from './cds-paas-shared';

/** CDS managed MySQL (cds-mysql-api.md): /mysql, and /paas/monitor for performance data. */

const base = { provider: 'cds', product: 'mysql', path: '/mysql' } as const;
const taskResult = (raw: z.output<typeof cdsTaskAnswerLoose>): TaskResult => toTaskResult(raw);
const instanceId = uuidLike('InstanceUuid');
const MYSQL_READS = ['DescribeDBInstances'];

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
    AccountName: z
      .string({ error: 'AccountName is required' })
      .regex(DB_ACCOUNT_NAME_RULE, `AccountName: ${DB_ACCOUNT_NAME_RULE_TEXT.en}`)
      .refine(
        (n) => !(DB_RESERVED_ACCOUNT_NAMES as readonly string[]).includes(n),
        `AccountName: ${DB_ACCOUNT_NAME_RULE_TEXT.en}`,
      ),
    Password: z
      .string({ error: 'Password is required' })
      .refine((p) => dbPasswordProblems(p).length === 0, `Password: ${DB_PASSWORD_RULE_TEXT.en}`),
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
    'Named "Privileged" but AccountType also allows Normal accounts; one Super account per instance. The account-name and password rules are not documented: the console states them (paas-values.ts: MySQL\'s unquoted-name limits, three character classes) and checks them before sending. No task is listed in the README; TaskId is answered "".',
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

// Backups and performance live in their own modules; re-exported so the catalog's cdsMysql
// module (and the browser's generated metadata) keeps all fifteen entries.
export * from './cds-mysql-backups';
export * from './cds-mysql-performance';
