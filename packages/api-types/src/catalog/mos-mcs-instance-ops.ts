import { z } from 'zod';
import { defineAction, loose } from '../define';
import type { MosAck, MosInstance } from '../normalized/mos';
import {
  INSTANCE_READS,
  MOS_BASE as base,
  ackBody,
  ackOf,
  byInstance,
  duration,
  instanceId,
  instanceRaw,
  keyName,
  toInstance,
} from './mos-mcs-shared';

/**
 * The MOS compute actions that change an instance (mos-mcs-api.md, 虚拟机API): start, stop,
 * reboot, rebuild, create, terminate, renew, change type, put metadata. The reads, key pairs,
 * templates and balance are in mos-mcs.ts; the conventions (POST, path '/', JSON answers
 * `{"<Action>Response": {...}}`, flattenMosParams on the wire) are described there.
 * Every write answers `{"return": "True"}` except CreateInstance, which answers the instance.
 */

export const StartInstance = defineAction({
  ...base,
  action: 'StartInstance',
  kind: 'write',
  invalidates: INSTANCE_READS,
  input: byInstance,
  output: loose({ StartInstanceResponse: ackBody }),
  normalize: (raw): MosAck => ackOf(raw.StartInstanceResponse),
  summary: { en: 'Start an instance (only from ready)', zh: '启动虚拟机实例' },
  notes:
    'Only an instance in the ready state can be started; InstanceId may be the id or the name.',
});

export const StopInstance = defineAction({
  ...base,
  action: 'StopInstance',
  kind: 'write',
  invalidates: INSTANCE_READS,
  input: z.object({
    InstanceId: instanceId,
    Force: z
      .union([z.boolean(), z.enum(['true', 'false', 'True', 'False'])], {
        error: 'Force must be true or false',
      })
      // Sent as "True" (Python's str(True), as the published client does); false is left out.
      .transform((v) => (v === true || v === 'true' || v === 'True' ? true : undefined))
      .optional(),
  }),
  output: loose({ StopInstanceResponse: ackBody }),
  normalize: (raw): MosAck => ackOf(raw.StopInstanceResponse),
  summary: {
    en: 'Stop an instance (only from running); Force stops at once',
    zh: '停止虚拟机实例',
  },
  notes:
    'Only a running instance can be stopped. Without Force the guest gets 30 s to shut down before it is forced; Force may lose data inside the guest (kept "write": no resource is lost). Force is sent as "True" when set and left out otherwise, as the published Python client does.',
});

export const RebootInstance = defineAction({
  ...base,
  action: 'RebootInstance',
  kind: 'write',
  invalidates: INSTANCE_READS,
  input: byInstance,
  output: loose({ RebootInstanceResponse: ackBody }),
  normalize: (raw): MosAck => ackOf(raw.RebootInstanceResponse),
  summary: { en: 'Restart an instance', zh: '重启虚拟机实例' },
});

export const RebuildInstanceRootImage = defineAction({
  ...base,
  action: 'RebuildInstanceRootImage',
  kind: 'destructive',
  invalidates: [
    ...INSTANCE_READS,
    'DescribeInstanceVolumes',
    'GetPasswordData',
    'GetInstanceMetadata',
  ],
  input: z.object({
    InstanceId: instanceId,
    ImageId: z.string().min(1, 'ImageId must not be empty').optional(),
  }),
  output: loose({ RebuildInstanceRootImageResponse: ackBody }),
  normalize: (raw): MosAck => ackOf(raw.RebuildInstanceRootImageResponse),
  summary: {
    en: 'Rebuild the system disk from an image (the old disk is lost)',
    zh: '重置虚拟机系统盘镜像',
  },
  notes: "Without ImageId the instance's original template is used.",
});

export const CreateInstance = defineAction({
  ...base,
  action: 'CreateInstance',
  kind: 'write',
  invalidates: ['DescribeInstances', 'GetBalance'],
  input: z.object({
    ImageId: z
      .string({ error: 'ImageId is required (a templateId from DescribeTemplates)' })
      .min(1, 'ImageId is required'),
    InstanceType: z
      .string({ error: 'InstanceType is required (an id or name from DescribeInstanceTypes)' })
      .min(1, 'InstanceType is required'),
    Duration: duration.optional(),
    InstanceName: z.string().min(1).max(64, 'InstanceName is at most 64 characters').optional(),
    KeyName: keyName.optional(),
  }),
  output: loose({ CreateInstanceResponse: loose({ Instance: instanceRaw }) }),
  normalize: (raw): MosInstance => toInstance(raw.CreateInstanceResponse.Instance),
  summary: { en: 'Create an instance (charged to the balance)', zh: '创建虚拟机实例' },
  notes:
    'Charges the account: it fails without enough balance. Duration defaults to 1M. The example answer elides fields with "..."; the fixture drops that line.',
});

export const TerminateInstance = defineAction({
  ...base,
  action: 'TerminateInstance',
  kind: 'destructive',
  invalidates: [...INSTANCE_READS, 'GetBalance'],
  input: byInstance,
  output: loose({ TerminateInstanceResponse: ackBody }),
  normalize: (raw): MosAck => ackOf(raw.TerminateInstanceResponse),
  summary: { en: 'Delete an instance', zh: '删除虚拟机实例' },
});

export const RenewInstance = defineAction({
  ...base,
  action: 'RenewInstance',
  kind: 'write',
  invalidates: ['GetInstanceContractInfo', 'GetBalance', 'DescribeInstances'],
  input: z.object({ InstanceId: instanceId, Duration: duration.optional() }),
  output: loose({ RenewInstanceResponse: ackBody }),
  normalize: (raw): MosAck => ackOf(raw.RenewInstanceResponse),
  summary: { en: 'Extend the lease of an instance (charged)', zh: '续期虚拟机实例' },
  notes: 'Charges the account. Duration defaults to 1M.',
});

export const ChangeInstanceType = defineAction({
  ...base,
  action: 'ChangeInstanceType',
  kind: 'write',
  invalidates: [
    'DescribeInstances',
    'GetInstanceContractInfo',
    'GetBalance',
    'DescribeInstanceVolumes',
    'DescribeInstanceNetworkInterfaces',
  ],
  input: z.object({
    InstanceId: instanceId,
    InstanceType: z
      .string({ error: 'InstanceType is required' })
      .min(1, 'InstanceType is required'),
    Duration: duration.optional(),
  }),
  output: loose({ ChangeInstanceTypeResponse: ackBody }),
  normalize: (raw): MosAck => ackOf(raw.ChangeInstanceTypeResponse),
  summary: { en: 'Change the type of an instance (charged)', zh: '更改虚拟机实例类型' },
  notes:
    'Charges the account. The section has no "请求参数" heading but the table is the request parameters. Duration defaults to 1M.',
});

export const PutInstanceMetadata = defineAction({
  ...base,
  action: 'PutInstanceMetadata',
  kind: 'write',
  invalidates: ['GetInstanceMetadata'],
  input: z
    .object({
      InstanceId: instanceId,
      Names: z
        .array(z.string().min(1, 'A metadata key must not be empty'), {
          error: 'Names must be a list of keys',
        })
        .min(1, 'Give at least one key'),
      Values: z
        .array(z.string(), { error: 'Values must be a list of values' })
        .min(1, 'Give at least one value'),
    })
    .refine((v) => v.Names.length === v.Values.length, {
      message: 'Names and Values must have the same length (Name.n pairs with Value.n)',
      path: ['Values'],
    }),
  output: loose({ PutInstanceMetadataResponse: ackBody }),
  normalize: (raw): MosAck => ackOf(raw.PutInstanceMetadataResponse),
  summary: { en: 'Set metadata keys of an instance', zh: '设置虚拟机实例元数据' },
  notes:
    'Name.n/Value.n are typed as the parallel lists Names[] and Values[] and numbered from 1 by flattenMosParams.',
});
