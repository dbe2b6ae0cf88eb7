import { z } from 'zod';
import { cdsEnvelope, defineAction, loose } from '../define';
import type { TaskResult } from '../normalized/results';
import type { TemplatePage } from '../normalized/security';
import {
  cdsTaskAnswerLoose,
  intInRange,
  regionId,
  requiredText,
  toTaskResult,
  uuidLike,
} from './cds-shared';

/** Templates (custom images) of the core document, all POST on /ccs. */

const taskResult = (raw: z.output<typeof cdsTaskAnswerLoose>): TaskResult => toTaskResult(raw);
const TEMPLATE_READS = ['DescribeTemplateInfo', 'DescribeAvailableResource'];

export const CreateTemplate = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'CreateTemplate',
  method: 'POST',
  path: '/ccs',
  kind: 'write',
  task: 'TaskId',
  invalidates: [...TEMPLATE_READS, 'DescribeInstances'],
  input: z.object({
    InstanceId: uuidLike('InstanceId'),
    DisplayName: requiredText('DisplayName', 64),
    /** true/false, or 1/0 as the table's example. Sent as a JSON boolean, as the code sample does. */
    PowerOn: z
      .union(
        [
          z.boolean(),
          z.literal(0),
          z.literal(1),
          z.literal('0'),
          z.literal('1'),
          z.literal('true'),
          z.literal('false'),
        ],
        {
          error:
            'PowerOn must be true or false (whether the template is made with the instance powered on)',
        },
      )
      .transform((v) => v === true || v === 1 || v === '1' || v === 'true'),
  }),
  output: cdsTaskAnswerLoose,
  normalize: taskResult,
  summary: { en: 'Make a template (custom image) from an instance', zh: '定制模板' },
  notes:
    'PowerOn is typed Bool with example 1 in the table while the code sample sends False: 0/1 and true/false are accepted, a JSON boolean is sent. The worked example (示例 8) sends the call with requests.get although the action is POST: the console posts. That example answers a DescribeTask-like Data object and a UUID TaskId: accepted (only TaskId is used).',
});

export const DeleteTemplate = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'DeleteTemplate',
  method: 'POST',
  path: '/ccs',
  kind: 'destructive',
  task: 'TaskId',
  invalidates: TEMPLATE_READS,
  input: z.object({ TemplateId: uuidLike('TemplateId'), RegionId: regionId }),
  output: cdsTaskAnswerLoose,
  normalize: taskResult,
  summary: { en: 'Delete a template in one region', zh: '删除模板' },
  notes:
    'The table describes RegionId as "安全组描述" (a copy slip); it is the region the template is deleted from.',
});

export const SyncTemplate = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'SyncTemplate',
  method: 'POST',
  path: '/ccs',
  kind: 'write',
  task: 'TaskId',
  invalidates: TEMPLATE_READS,
  input: z.object({ TemplateId: uuidLike('TemplateId'), RegionId: regionId }),
  output: cdsTaskAnswerLoose,
  normalize: taskResult,
  summary: { en: 'Copy a template to another region', zh: '同步模板到其他节点' },
  notes:
    'The table describes RegionId as "安全组描述" (a copy slip); it is taken to be the region the template is copied to.',
});

const templateRaw = loose({
  TemplateId: z.string(),
  Name: z.string().default(''),
  Status: z.string().default(''),
  OSType: z.string().default(''),
  Count: z.coerce.number().optional(),
  CreateTime: z.string().optional(),
  Region: z
    .array(
      loose({
        RegionId: z.string(),
        RegionName: z.string().default(''),
        Status: z.string().default(''),
      }),
    )
    .default([]),
});

export const DescribeTemplateInfo = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'DescribeTemplateInfo',
  method: 'POST',
  path: '/ccs',
  kind: 'read',
  input: z.object({
    PageNumber: intInRange('PageNumber', 1, 100000),
    PageSize: intInRange('PageSize', 1, 100),
    Keyword: z.string().max(64, 'Keyword is at most 64 characters').optional(),
  }),
  output: loose({
    ...cdsEnvelope,
    Data: loose({
      TotalPage: z.coerce.number().default(1),
      TemplateList: z.array(templateRaw).default([]),
    }),
  }),
  normalize: (raw): TemplatePage => ({
    pageCount: raw.Data.TotalPage,
    items: raw.Data.TemplateList.map((t) => ({
      id: t.TemplateId,
      name: t.Name,
      status: t.Status,
      osType: t.OSType,
      count: t.Count,
      createdAt: t.CreateTime,
      regions: t.Region.map((r) => ({
        regionId: r.RegionId,
        regionName: r.RegionName,
        status: r.Status,
      })),
    })),
  }),
  summary: {
    en: 'List your templates (custom images) and the regions they are in',
    zh: '查询模板信息',
  },
  notes: 'PageNumber and PageSize are both required by the table (no defaults).',
});
