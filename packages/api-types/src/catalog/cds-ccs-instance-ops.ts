import { z } from 'zod';
import { cdsEnvelope, defineAction, loose } from '../define';
import type { InstanceMonitor } from '../normalized/monitor';
import type { TaskResult } from '../normalized/results';
import { CDS_MONITOR_METRICS } from '../values';
import {
  CDS_CPU_VALUES,
  CDS_RAM_VALUES,
  cdsDataDisk,
  cdsTaskAnswerLoose,
  dateTime,
  spanMs,
  isIpv4,
  oneOf,
  toTaskResult,
  uuidLike,
  zeroOrOne,
} from './cds-shared';

/**
 * The ten instance actions of the core document that are not in cds-ccs-instances.ts.
 * All are POST with a JSON body on /ccs; all but DescribeInstanceMonitor start a task.
 */

const taskOutput = cdsTaskAnswerLoose;
const taskResult = (raw: z.output<typeof taskOutput>): TaskResult => toTaskResult(raw);

export const ModifyInstanceChargeType = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'ModifyInstanceChargeType',
  method: 'POST',
  path: '/ccs',
  kind: 'write',
  task: 'TaskId',
  invalidates: ['DescribeInstances', 'DescribeBill'],
  input: z.object({
    InstanceId: uuidLike('InstanceId'),
    InstanceChargeType: z.enum(['PrePaid', 'PostPaid'], {
      error: 'InstanceChargeType must be PrePaid (monthly) or PostPaid (pay as you go)',
    }),
    AutoRenew: zeroOrOne('AutoRenew', '1 renews automatically, 0 does not').optional(),
    PrepaidMonth: z.coerce
      .number()
      .int('PrepaidMonth must be a whole number of months')
      .min(0, 'PrepaidMonth is 0 (to the end of this month) or more')
      .max(36, 'PrepaidMonth is at most 36')
      .optional(),
  }),
  output: taskOutput,
  normalize: taskResult,
  summary: {
    en: 'Change how an instance is charged (pay as you go or monthly)',
    zh: '云服务器变更计费方式',
  },
  notes:
    'The table allows both PrePaid and PostPaid; the worked example (示例 6) says only pay-as-you-go → monthly is allowed and sends Action "" (a slip): the console sends the real action name, accepts both values; the simulator follows the table (both directions; monthly → pay-as-you-go refunds nothing). That example answers TaskId "0" with Data.order_audit: the answer is accepted as is (the TaskId is passed on). PrepaidMonth keeps CreateInstance\'s 0–36 bound; the document states no maximum.',
});

export const ModifyInstanceSpec = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'ModifyInstanceSpec',
  method: 'POST',
  path: '/ccs',
  kind: 'write',
  task: 'TaskId',
  invalidates: ['DescribeInstances'],
  input: z
    .object({
      InstanceId: uuidLike('InstanceId'),
      Cpu: oneOf(CDS_CPU_VALUES, 'Cpu').optional(),
      Ram: oneOf(CDS_RAM_VALUES, 'Ram').optional(),
    })
    .refine((v) => v.Cpu !== undefined || v.Ram !== undefined, {
      message: 'Give Cpu, Ram or both: without them nothing changes',
      path: ['Cpu'],
    }),
  output: taskOutput,
  normalize: taskResult,
  summary: { en: 'Change the CPU and memory of an instance', zh: '云服务器配置升级（CPU/内存）' },
  notes:
    'Both Cpu and Ram are optional in the table ("不填写默认不更改"); a call with neither would change nothing, so the console asks for at least one. Either alone is accepted; the other keeps its value.',
});

export const CreateDisk = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'CreateDisk',
  method: 'POST',
  path: '/ccs',
  kind: 'write',
  task: 'TaskId',
  invalidates: ['DescribeInstances'],
  input: z.object({
    InstanceId: uuidLike('InstanceId'),
    DataDisks: z
      .array(cdsDataDisk, {
        error: 'DataDisks must be a list such as [{"Size": 100, "Type": "high_disk"}]',
      })
      .min(1, 'Name at least one data disk to add')
      .max(14, 'An instance has at most 14 data disks'),
  }),
  output: taskOutput,
  normalize: taskResult,
  summary: { en: 'Add one or more data disks to an instance', zh: '云服务器增加一块或多块硬盘' },
  notes:
    'The table marks DataDisks optional, but the action only adds the disks it names: the console requires at least one. Typed "string" in the table, sent as a JSON list as the code sample does. The answer table spells TaskID, the example TaskId: both are read (the task path stays TaskId). Size bounds (10–4000 GB) and the 14-disk limit follow CreateInstance and DescribeInstances (LeftDataDiskNum 14). IOPS per disk is not in the table; the published SDKs send it, so it is accepted and honoured.',
});

export const ResizeDisk = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'ResizeDisk',
  method: 'POST',
  path: '/ccs',
  kind: 'write',
  task: 'TaskId',
  invalidates: ['DescribeInstances'],
  input: z.object({
    InstanceId: uuidLike('InstanceId'),
    DiskId: uuidLike('DiskId'),
    DataSize: z.coerce
      .number({ error: 'DataSize is the new size in GB' })
      .int('DataSize must be a whole number of GB')
      .min(10, 'DataSize is at least 10 GB')
      .max(4000, 'DataSize is at most 4000 GB'),
  }),
  output: taskOutput,
  normalize: taskResult,
  summary: { en: 'Grow a data disk', zh: '扩容一块已购买的硬盘' },
  notes:
    'DataSize is typed string with example 100 and there is no code sample; it is sent as a JSON number. The cloud refuses a size below the current one (InvalidDiskSize.TooSmall); the console does not know the current size here. An absent parameter answers the document\'s IncompleteParamter (its spelling), not MissingParameter.',
});

export const DeleteDisk = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'DeleteDisk',
  method: 'POST',
  path: '/ccs',
  kind: 'destructive',
  task: 'TaskId',
  invalidates: ['DescribeInstances'],
  input: z.object({
    InstanceId: uuidLike('InstanceId'),
    DiskIds: z
      .array(uuidLike('DiskId'), { error: 'DiskIds must be a list of disk ids' })
      .min(1, 'Name at least one disk to delete'),
  }),
  output: taskOutput,
  normalize: taskResult,
  summary: { en: 'Delete data disks of an instance', zh: '云服务器删除硬盘' },
  notes:
    'The description says "一块" (one disk) but DiskIds is a list in the table: a list of one or more.',
});

export const ResetImage = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'ResetImage',
  method: 'POST',
  path: '/ccs',
  kind: 'destructive',
  task: 'TaskId',
  invalidates: ['DescribeInstances'],
  input: z.object({
    InstanceId: uuidLike('InstanceId'),
    ImageId: uuidLike('ImageId'),
  }),
  output: taskOutput,
  normalize: taskResult,
  summary: { en: 'Reinstall the operating system of an instance', zh: '云服务器重装系统' },
});

const interfaceInput = z.object({
  InterfaceId: uuidLike('InterfaceId'),
  InstanceId: uuidLike('InstanceId'),
});

export const ConnectNetworkInterface = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'ConnectNetworkInterface',
  method: 'POST',
  path: '/ccs',
  kind: 'write',
  task: 'TaskId',
  invalidates: ['DescribeInstances'],
  input: interfaceInput,
  output: taskOutput,
  normalize: taskResult,
  summary: { en: 'Connect a network interface of an instance', zh: '连接网卡' },
});

export const DisconnectNetworkInterface = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'DisconnectNetworkInterface',
  method: 'POST',
  path: '/ccs',
  kind: 'write',
  task: 'TaskId',
  invalidates: ['DescribeInstances'],
  input: interfaceInput,
  output: taskOutput,
  normalize: taskResult,
  summary: { en: 'Disconnect a network interface of an instance', zh: '断开网卡' },
  notes:
    'The document names no address for this action; its code sample posts to CCS_URL, so it is /ccs like its siblings.',
});

export const ModifyIpAddress = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'ModifyIpAddress',
  method: 'POST',
  path: '/ccs',
  kind: 'write',
  task: 'TaskId',
  invalidates: ['DescribeInstances', 'DescribeVdc'],
  input: z.object({
    InstanceId: uuidLike('InstanceId'),
    InterfaceId: uuidLike('InterfaceId'),
    Address: z
      .string({ error: 'Address is required: an IPv4 address, or None to unbind' })
      .refine(
        (s) => s === 'None' || isIpv4(s),
        'Address must be an IPv4 address such as 101.251.2.29, or None to unbind',
      ),
  }),
  output: taskOutput,
  normalize: taskResult,
  summary: {
    en: 'Bind, change or unbind the IP address of a network interface',
    zh: '为网卡绑定、修改或解绑IP地址',
  },
  notes: 'Unbinding is requested with the literal string "None" as the document says.',
});

export { CDS_MONITOR_METRICS };

export const DescribeInstanceMonitor = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'DescribeInstanceMonitor',
  method: 'POST',
  path: '/ccs',
  kind: 'read',
  input: z
    .object({
      InstanceId: uuidLike('InstanceId'),
      MetricName: z.enum(CDS_MONITOR_METRICS, {
        error: `MetricName must be one of ${CDS_MONITOR_METRICS.join(', ')}`,
      }),
      Period: oneOf([60, 900, 3600], 'Period (seconds)'),
      StartTime: dateTime('StartTime'),
      EndTime: dateTime('EndTime'),
      InterfaceId: z.string().min(1).optional(),
      DiskId: z.string().min(1).optional(),
    })
    .refine((v) => (spanMs(v.StartTime, v.EndTime) ?? 1) > 0, {
      message: 'EndTime must be after StartTime',
      path: ['EndTime'],
    }),
  output: loose({
    ...cdsEnvelope,
    Data: loose({
      InstanceId: z.string().default(''),
      Period: z.coerce.number().optional(),
      DataPoints: z
        .array(loose({ Timestamp: z.string(), Value: z.coerce.number().nullable() }))
        .default([]),
    }),
  }),
  normalize: (raw): InstanceMonitor => ({
    instanceId: raw.Data.InstanceId,
    period: raw.Data.Period ?? 0,
    // Missing samples stay as null: a chart draws them as gaps.
    points: raw.Data.DataPoints.map((p) => ({ time: p.Timestamp, value: p.Value })),
  }),
  summary: {
    en: 'Monitoring data of an instance (CPU, memory, disk, network)',
    zh: '获取云服务器各项指标监控数据',
  },
  notes:
    'Period is answered as a string ("60") though it is a number of seconds: both are read. The table does not say which metrics need InterfaceId or DiskId; both stay optional: without DiskId the system disk is read, without InterfaceId the instance\'s first interface (public before private). Times are "YYYY-MM-DD HH:mm:ss" as in the example.',
});
