import { z } from 'zod';
import { defineAction } from '../define';
import type { TaskResult } from '../normalized/results';
import { cdsTaskAnswerLoose, regionId, toTaskResult, uuidLike } from './cds-shared';
import {
  dbConfigOutput,
  dbInstancesOutput,
  normalizeDbConfig,
  normalizeDbInstance,
  normalizeRegions,
  paasAmount,
  paasGoodsId,
  paasInstanceName,
  paasRegionsOutput,
} from './cds-paas-shared';

/** CDS managed Redis (cds-redis-api.md), all on /redis. */

const base = { provider: 'cds', product: 'redis', path: '/redis' } as const;
const taskResult = (raw: z.output<typeof cdsTaskAnswerLoose>): TaskResult => toTaskResult(raw);
const REDIS_READS = ['DescribeDBInstances'];

export const DescribeRegins = defineAction({
  ...base,
  action: 'DescribeRegins',
  method: 'GET',
  kind: 'read',
  input: z.object({}),
  output: paasRegionsOutput,
  normalize: normalizeRegions,
  summary: { en: 'Regions where Redis can be bought', zh: '获取云数据库Redis支持购买的站点区域' },
  notes:
    'The action is spelled "DescribeRegins" in the document (heading, table and sample): that spelling is the wire name. Data is typed dict but answered as a list. One site (北京8) is answered with an empty RegionId: it is left out of the normalized list.',
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
    en: 'Redis versions, architectures and memory sizes a region sells',
    zh: '获取站点可购买的Redis产品类型及规格',
  },
  notes:
    'Redis answers no ArchitectureType/ComputeType and CPU 0 for every spec (memory-only specs such as "8G"): read as answered.',
});

export const CreateDBInstance = defineAction({
  ...base,
  action: 'CreateDBInstance',
  method: 'POST',
  kind: 'write',
  task: 'TaskId',
  invalidates: REDIS_READS,
  input: z.object({
    RegionId: regionId,
    VdcId: uuidLike('VdcId'),
    BasePipeId: uuidLike('BasePipeId (the private network of the VDC)'),
    InstanceName: paasInstanceName,
    PaasGoodsId: paasGoodsId,
    Password: z.string({ error: 'Password is required' }).min(1, 'Password is required'),
    TestGroupId: z.coerce.number().int('TestGroupId must be a whole number').optional(),
    Amount: paasAmount.optional(),
  }),
  output: cdsTaskAnswerLoose,
  normalize: taskResult,
  summary: { en: 'Create Redis instances', zh: '创建Redis云数据库实例' },
  notes:
    'PaasGoodsId is typed int, the sample sends a string: either is accepted, a number is sent. The password rule is not documented: any non-empty password is passed on and the cloud judges it.',
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
  summary: { en: 'List Redis instances, filtered by id, name or IP', zh: '获取Redis实例列表' },
  notes:
    'Ram is in MB (normalized ramMb). The table names the data-center name AppName; the example lost that key ("VdcId": "…": "香港PaaS"), repaired as VdcName like MySQL: VdcName and AppName are both read. The example writes Python None for null.',
});

export const DeleteDBInstance = defineAction({
  ...base,
  action: 'DeleteDBInstance',
  method: 'POST',
  kind: 'destructive',
  task: 'TaskId',
  invalidates: REDIS_READS,
  input: z.object({ InstanceUuid: uuidLike('InstanceUuid') }),
  output: cdsTaskAnswerLoose,
  normalize: taskResult,
  summary: { en: 'Delete a Redis instance', zh: '删除Redis实例' },
  notes: 'InstanceUuid is marked optional (否) but names the instance to delete: required.',
});
