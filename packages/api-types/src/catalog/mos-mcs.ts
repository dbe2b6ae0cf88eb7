import { z } from 'zod';
import { defineAction, loose } from '../define';
import type {
  MosAck,
  MosBalance,
  MosContract,
  MosInstance,
  MosInstanceType,
  MosKeyPair,
  MosNetworkInterface,
  MosPage,
  MosPasswordData,
  MosTemplate,
  MosVolume,
} from '../normalized/mos';
import {
  MOS_BASE as base,
  ackOf,
  byInstance,
  emptyAsAbsent,
  filters,
  instanceRaw,
  instanceTypeRaw,
  interfaceRaw,
  keyName,
  keyPairRaw,
  limit,
  num,
  offset,
  pagedSet,
  returnFlag,
  setOf,
  templateRaw,
  toInstance,
  toInstanceType,
  toInterface,
  toKeyPair,
  toPage,
  toTemplate,
  toVolume,
  volumeRaw,
} from './mos-mcs-shared';

/**
 * Meituan MOS compute (mos-mcs-api.md), 22 EC2-style actions, one endpoint per region, path '/':
 * the 13 reads and key-pair actions here, the 9 instance writes in mos-mcs-instance-ops.ts.
 * Inputs are typed objects; flattenMosParams (src/mos-wire.ts) numbers their lists on the wire.
 * Answers are read as JSON (Format=json): {"<Action>Response": {...}}. So that an answer turned
 * from the default XML also passes, a one-element set may be an object instead of a list and
 * numbers may be strings.
 *
 * Method: the document allows GET and POST; real clients POST a form body, and so does the console.
 */

// ---- templates, types, balance, keys ---------------------------------------------------------

export const DescribeTemplates = defineAction({
  ...base,
  action: 'DescribeTemplates',
  kind: 'read',
  input: z.object({}),
  output: loose({
    DescribeTemplatesResponse: loose({
      TemplateSet: emptyAsAbsent(loose({ Template: setOf(templateRaw) }).optional()),
    }),
  }),
  normalize: (raw): MosTemplate[] =>
    (raw.DescribeTemplatesResponse.TemplateSet?.Template ?? []).map(toTemplate),
  summary: { en: 'Images (templates) you can create instances from', zh: '列出可用的虚拟机模板' },
});

export const DescribeInstanceTypes = defineAction({
  ...base,
  action: 'DescribeInstanceTypes',
  kind: 'read',
  input: z.object({
    Limit: limit.optional(),
    Offset: offset.optional(),
    Filters: filters(['name']).optional(),
  }),
  output: loose({
    DescribeInstanceTypesResponse: loose({
      InstanceTypeSet: pagedSet('InstanceType', instanceTypeRaw),
    }),
  }),
  normalize: (raw): MosPage<MosInstanceType> => {
    const set = raw.DescribeInstanceTypesResponse.InstanceTypeSet;
    return toPage(set, set?.InstanceType, toInstanceType);
  },
  summary: {
    en: 'Instance types (CPU, memory, disk, bandwidth) you can buy',
    zh: '列出可用的虚拟机套餐类型',
  },
  notes:
    'Filter.n.Name / Filter.n.Value.m are typed as Filters: [{Name, Values[]}] and numbered by flattenMosParams. The example answer has a trailing comma; the fixture removes it.',
});

export const GetBalance = defineAction({
  ...base,
  action: 'GetBalance',
  kind: 'read',
  input: z.object({}),
  output: loose({
    GetBalanceResponse: loose({ balance: num.default(0), timestamp: z.string().optional() }),
  }),
  normalize: (raw): MosBalance => ({
    balance: raw.GetBalanceResponse.balance,
    updatedAt: raw.GetBalanceResponse.timestamp,
  }),
  summary: { en: 'Account balance', zh: '获得帐户余额' },
  notes: 'An account that never had a transaction answers balance 0 without timestamp.',
});

export const DescribeKeyPairs = defineAction({
  ...base,
  action: 'DescribeKeyPairs',
  kind: 'read',
  input: z.object({
    Limit: limit.optional(),
    Offset: offset.optional(),
    Filters: filters(['name']).optional(),
  }),
  output: loose({
    DescribeKeyPairsResponse: loose({ KeyPairSet: pagedSet('KeyPair', keyPairRaw) }),
  }),
  normalize: (raw): MosPage<MosKeyPair> => {
    const set = raw.DescribeKeyPairsResponse.KeyPairSet;
    return toPage(set, set?.KeyPair, toKeyPair);
  },
  summary: { en: 'List your SSH key pairs', zh: '列出SSH密钥' },
});

export const ImportKeyPair = defineAction({
  ...base,
  action: 'ImportKeyPair',
  kind: 'write',
  invalidates: ['DescribeKeyPairs'],
  input: z.object({
    KeyName: keyName,
    PublicKeyMaterial: z
      .string({ error: 'PublicKeyMaterial is required (an OpenSSH public key)' })
      .trim()
      .regex(
        /^(ssh-(rsa|dss|ed25519)|ecdsa-sha2-nistp(256|384|521)) [A-Za-z0-9+/=]+( .*)?$/,
        'PublicKeyMaterial must be an OpenSSH public key such as "ssh-rsa AAAAB3Nza… user@host"',
      ),
  }),
  output: loose({ ImportKeyPairResponse: loose({ KeyPair: keyPairRaw }) }),
  normalize: (raw): MosKeyPair => toKeyPair(raw.ImportKeyPairResponse.KeyPair),
  summary: { en: 'Import an SSH public key', zh: '导入SSH密钥' },
});

export const DeleteKeyPair = defineAction({
  ...base,
  action: 'DeleteKeyPair',
  kind: 'destructive',
  invalidates: ['DescribeKeyPairs'],
  input: z.object({ KeyName: keyName }),
  output: loose({ DeleteKeyPairResponse: loose({ return: returnFlag }) }),
  normalize: (raw): MosAck => ackOf(raw.DeleteKeyPairResponse),
  summary: { en: 'Delete an SSH key pair', zh: '删除SSH密钥' },
  notes: 'The key is named by KeyName, not by its id.',
});

// ---- instances: reads --------------------------------------------------------------------------

export const DescribeInstances = defineAction({
  ...base,
  action: 'DescribeInstances',
  kind: 'read',
  input: z.object({
    InstanceIds: z.array(z.string().min(1, 'An instance id must not be empty')).min(1).optional(),
    InstanceNames: z
      .array(z.string().min(1, 'An instance name must not be empty'))
      .min(1)
      .optional(),
    Limit: limit.optional(),
    Offset: offset.optional(),
    Filters: filters(['name', 'status']).optional(),
  }),
  output: loose({
    DescribeInstancesResponse: loose({ InstanceSet: pagedSet('Instance', instanceRaw) }),
  }),
  normalize: (raw): MosPage<MosInstance> => {
    const set = raw.DescribeInstancesResponse.InstanceSet;
    return toPage(set, set?.Instance, toInstance);
  },
  summary: {
    en: 'List instances, all or by id, name, or name/status filters',
    zh: '列出虚拟机实例',
  },
  notes:
    'InstanceId.n, InstanceName.n and Filter.n.* are typed as InstanceIds[], InstanceNames[] and Filters[] (see mos-wire.ts). ipAddresses is "a list of IP addresses" typed string: a string is split on commas/spaces, a list is read too. instanceTypeId is in the table but not in the example: optional. Status words: running, ready (= stopped), suspend. The example answer has a trailing comma; the fixture removes it.',
});

export const DescribeInstanceStatus = defineAction({
  ...base,
  action: 'DescribeInstanceStatus',
  kind: 'read',
  input: byInstance,
  output: loose({
    DescribeInstanceStatusResponse: loose({ InstanceStatus: loose({ status: z.string() }) }),
  }),
  normalize: (raw) => ({ status: raw.DescribeInstanceStatusResponse.InstanceStatus.status }),
  summary: { en: 'Status of one instance (running, ready, suspend)', zh: '获得虚拟机实例状态' },
});

export const DescribeInstanceVolumes = defineAction({
  ...base,
  action: 'DescribeInstanceVolumes',
  kind: 'read',
  input: byInstance,
  output: loose({
    DescribeInstanceVolumesResponse: loose({
      InstanceVolumeSet: emptyAsAbsent(loose({ InstanceVolume: setOf(volumeRaw) }).optional()),
    }),
  }),
  normalize: (raw): MosVolume[] =>
    (raw.DescribeInstanceVolumesResponse.InstanceVolumeSet?.InstanceVolume ?? []).map(toVolume),
  summary: { en: 'Disks of an instance', zh: '列出虚拟机的虚拟磁盘' },
  notes:
    'volumeSize is documented in MB but the example answers 20 for a data disk (GB-like): passed on as sizeMb, as documented. The example list ends with a "{...}" placeholder; the fixture drops it.',
});

export const DescribeInstanceNetworkInterfaces = defineAction({
  ...base,
  action: 'DescribeInstanceNetworkInterfaces',
  kind: 'read',
  input: byInstance,
  output: loose({
    DescribeInstanceNetworkInterfacesResponse: loose({
      InstanceNetworkInterfaceSet: emptyAsAbsent(
        loose({ InstanceNetworkInterface: setOf(interfaceRaw) }).optional(),
      ),
    }),
  }),
  normalize: (raw): MosNetworkInterface[] =>
    (
      raw.DescribeInstanceNetworkInterfacesResponse.InstanceNetworkInterfaceSet
        ?.InstanceNetworkInterface ?? []
    ).map(toInterface),
  summary: { en: 'Network interfaces of an instance', zh: '列出虚拟机的网络接口' },
  notes: 'The example list ends with a "{...}" placeholder; the fixture drops it.',
});

export const GetPasswordData = defineAction({
  ...base,
  action: 'GetPasswordData',
  kind: 'read',
  input: byInstance,
  output: loose({
    GetPasswordDataResponse: loose({
      account: z.string().default(''),
      passwordData: z.string().default(''),
      timestamp: z.string().optional(),
      keypairId: z.string().optional(),
      keypairName: z.string().optional(),
    }),
  }),
  normalize: (raw): MosPasswordData => {
    const r = raw.GetPasswordDataResponse;
    return {
      account: r.account,
      passwordData: r.passwordData,
      createdAt: r.timestamp,
      keyPairId: r.keypairId,
      keyPairName: r.keypairName,
    };
  },
  summary: { en: 'Initial account and password of an instance', zh: '获得虚拟机初始帐户和密码' },
  notes:
    "A read, but the answer holds a secret: plain text without a key pair, encrypted with the key pair's public key otherwise. The BFF must not log it.",
});

export const GetInstanceContractInfo = defineAction({
  ...base,
  action: 'GetInstanceContractInfo',
  kind: 'read',
  input: byInstance,
  output: loose({
    GetInstanceContractInfoResponse: loose({
      startedAt: z.string().optional(),
      expireAt: z.string().optional(),
      extendTo: z.string().optional(),
    }),
  }),
  normalize: (raw): MosContract => ({ ...raw.GetInstanceContractInfoResponse }),
  summary: {
    en: 'Lease of an instance: start, expiry and grace end',
    zh: '获得虚拟机租约时间信息',
  },
});

// ---- instances: metadata -----------------------------------------------------------------------

export const GetInstanceMetadata = defineAction({
  ...base,
  action: 'GetInstanceMetadata',
  kind: 'read',
  input: byInstance,
  output: loose({
    GetInstanceMetadataResponse: loose({
      InstanceMetadata: emptyAsAbsent(
        z
          .record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String))
          .default({}),
      ),
    }),
  }),
  normalize: (raw): Record<string, string> => ({
    ...raw.GetInstanceMetadataResponse.InstanceMetadata,
  }),
  summary: { en: 'Metadata (key-value pairs) of an instance', zh: '获取虚拟机实例元数据' },
});
