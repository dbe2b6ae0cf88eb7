import { z } from 'zod';
import { cdsEnvelope, defineAction, loose } from '../define';
import type { BandwidthTraffic } from '../normalized/network-ops';
import type { Ack, TaskResult } from '../normalized/results';
import { BILLING_METHODS, IP_NUMBERS, qosProblem } from '../network-rules';
import {
  cdsAckAnswer,
  cdsTaskAnswerLoose,
  intInRange,
  ipv4,
  oneOf,
  regionId,
  requiredText,
  toAck,
  toTaskResult,
  uuidLike,
  zeroOrOne,
} from './cds-shared';

/** The network actions of the core document other than DescribeVdc, all on /network. */

const taskResult = (raw: z.output<typeof cdsTaskAnswerLoose>): TaskResult => toTaskResult(raw);
const VDC_READS = ['DescribeVdc'];

// The rules themselves are zod-free (../network-rules) so the browser's forms ask the same ones.
export { BILLING_METHODS, IP_NUMBERS, qosProblem };

/** The fields of a public network, shared by CreateVdc (nested) and CreatePublicNetwork (top level). */
const publicNetworkShape = {
  Name: z.string().max(64, 'Name is at most 64 characters').optional(),
  Type: requiredText('Type (bandwidth type, e.g. Bandwidth_BGP; see DescribeAvailableResource)'),
  BillingMethod: z.enum(BILLING_METHODS, {
    error: `BillingMethod must be one of ${BILLING_METHODS.join(', ')}`,
  }),
  Qos: z.coerce.number({ error: 'Qos is required (bandwidth in Mbps, or package size in GB)' }),
  IPNum: oneOf(IP_NUMBERS, 'IPNum'),
  AutoRenew: zeroOrOne('AutoRenew', '1 renews automatically, 0 does not').optional(),
  FloatBandwidth: z.coerce
    .number()
    .int('FloatBandwidth must be a whole number of Mbps')
    .min(1, 'FloatBandwidth must be at least 1 Mbps')
    .optional(),
};

type PublicNetworkFields = { BillingMethod: string; Qos: number; FloatBandwidth?: number };
const checkPublicNetwork = (v: PublicNetworkFields, ctx: z.RefinementCtx) => {
  const problem = qosProblem(v.BillingMethod, v.Qos);
  if (problem) ctx.addIssue({ code: 'custom', path: ['Qos'], message: problem });
  if (v.FloatBandwidth !== undefined && v.BillingMethod !== 'Bandwidth_95') {
    ctx.addIssue({
      code: 'custom',
      path: ['FloatBandwidth'],
      message: 'FloatBandwidth applies to Bandwidth_95 only',
    });
  }
  if (v.FloatBandwidth !== undefined && v.FloatBandwidth < v.Qos) {
    ctx.addIssue({
      code: 'custom',
      path: ['FloatBandwidth'],
      message: 'FloatBandwidth (the cap) must be at least Qos',
    });
  }
};

const PUBLIC_NETWORK_NOTE =
  'Type: appendix 3, the CreatePublicNetwork table (BGP_4, BGP_2, ChinaTelecom, AntiDDOS) and DescribeAvailableResource (DDos, Bandwidth_BGP, …) name different values, so any non-empty type is accepted and the UI offers what DescribeAvailableResource sells. IPNum, AutoRenew and FloatBandwidth are marked required but described as only meaningful for some billing methods ("为空时默认为带宽大小的120%"): IPNum is required, AutoRenew and FloatBandwidth optional. Qos rules by BillingMethod as the table states (Traffic has none; 500 is the MaxQos DescribeAvailableResource answers).';

export const CreateVdc = defineAction({
  provider: 'cds',
  product: 'network',
  action: 'CreateVdc',
  method: 'POST',
  path: '/network',
  kind: 'write',
  task: 'TaskId',
  invalidates: VDC_READS,
  input: z.object({
    RegionId: regionId,
    VdcName: z.string().max(64, 'VdcName is at most 64 characters').optional(),
    PublicNetwork: z.strictObject(publicNetworkShape).superRefine(checkPublicNetwork).optional(),
  }),
  output: cdsTaskAnswerLoose,
  normalize: taskResult,
  summary: {
    en: 'Create a virtual data center, optionally with a public network',
    zh: '创建虚拟数据中心',
  },
  notes: `The table's PublicNetwork example uses "PublicNetword", 'Ip':4 and "FloatBandwich"; the code sample sends IPNum and CreatePublicNetwork's table says FloatBandwidth: the console sends IPNum and FloatBandwidth and refuses the misspellings. RegionId example "cn_beijingA" contradicts appendix 1: appendix-1 ids (CN_Beijing_A) are required. ${PUBLIC_NETWORK_NOTE}`,
});

export const DeleteVdc = defineAction({
  provider: 'cds',
  product: 'network',
  action: 'DeleteVdc',
  method: 'GET',
  path: '/network',
  kind: 'destructive',
  task: 'TaskId',
  invalidates: VDC_READS,
  input: z.object({ VdcId: uuidLike('VdcId') }),
  output: cdsTaskAnswerLoose,
  normalize: taskResult,
  summary: {
    en: 'Delete a virtual data center that has no public network',
    zh: '删除虚拟数据中心',
  },
  notes: 'The example answer lacks the commas between its fields; the fixture adds them.',
});

export const CreatePublicNetwork = defineAction({
  provider: 'cds',
  product: 'network',
  action: 'CreatePublicNetwork',
  method: 'POST',
  path: '/network',
  kind: 'write',
  task: 'TaskId',
  invalidates: VDC_READS,
  input: z
    .object({ VdcId: uuidLike('VdcId'), ...publicNetworkShape })
    .superRefine(checkPublicNetwork),
  output: cdsTaskAnswerLoose,
  normalize: taskResult,
  summary: {
    en: 'Add a public network (bandwidth and IPs) to a VDC',
    zh: '给虚拟数据中心增加公网',
  },
  notes: `${PUBLIC_NETWORK_NOTE} The example answer leaves "Success not closed; the fixture closes it.`,
});

export const CreatePrivateNetwork = defineAction({
  provider: 'cds',
  product: 'network',
  action: 'CreatePrivateNetwork',
  method: 'POST',
  path: '/network',
  kind: 'write',
  task: 'TaskId',
  invalidates: VDC_READS,
  input: z
    .object({
      VdcId: uuidLike('VdcId'),
      Name: z.string().max(64, 'Name is at most 64 characters').optional(),
      Type: z.string().min(1).optional(),
      Address: ipv4('Address').optional(),
      Mask: intInRange('Mask', 8, 30).transform(String).optional(),
    })
    .refine((v) => (v.Address === undefined) === (v.Mask === undefined), {
      message: 'Give Address and Mask together (e.g. 192.168.0.0 and 16), or neither',
      path: ['Mask'],
    }),
  output: cdsTaskAnswerLoose,
  normalize: taskResult,
  summary: { en: 'Create a private network in a VDC', zh: '给虚拟数据中心创建私网' },
  notes:
    'Only "auto" is shown for Type; any string is passed on. Mask is typed string (example "16") and sent as a string; the console accepts 8–30 (a usable IPv4 private prefix) and asks for Address and Mask together.',
});

export const ModifyPublicNetwork = defineAction({
  provider: 'cds',
  product: 'network',
  action: 'ModifyPublicNetwork',
  method: 'GET',
  path: '/network',
  kind: 'write',
  task: 'TaskId',
  invalidates: [...VDC_READS, 'DescribeBandwidthTraffic'],
  input: z.object({
    PublicId: uuidLike('PublicId'),
    Qos: intInRange('Qos', 1, 500, 'Mbps'),
  }),
  output: cdsTaskAnswerLoose,
  normalize: taskResult,
  summary: { en: 'Change the bandwidth of a public network', zh: '变更公网带宽大小' },
  notes:
    'The description says bandwidth size "or type", but only PublicId and Qos are documented: only the size can be changed. Qos is bounded by the 500 Mbps maximum the document gives for bandwidth; the per-billing-method steps (5 for Bandwidth, 50 for Bandwidth_95) and the type\'s MaxQos are checked by the cloud, which knows the network\'s method; a DataPackage network is refused (its Qos is a package size, bought once).',
});

export const AddPublicIp = defineAction({
  provider: 'cds',
  product: 'network',
  action: 'AddPublicIp',
  method: 'GET',
  path: '/network',
  kind: 'write',
  task: 'TaskId',
  invalidates: VDC_READS,
  input: z.object({ PublicId: uuidLike('PublicId'), Number: oneOf(IP_NUMBERS, 'Number (of IPs)') }),
  output: cdsTaskAnswerLoose,
  normalize: taskResult,
  summary: { en: 'Add a block of public IPs to a public network', zh: '为公网增加IP段' },
});

export const DeletePublicIp = defineAction({
  provider: 'cds',
  product: 'network',
  action: 'DeletePublicIp',
  method: 'GET',
  path: '/network',
  kind: 'destructive',
  task: 'TaskId',
  invalidates: VDC_READS,
  input: z.object({ SegmentId: uuidLike('SegmentId') }),
  output: cdsTaskAnswerLoose,
  normalize: taskResult,
  summary: { en: 'Delete a block of public IPs', zh: '删除公网下的一个IP段' },
  notes: 'The example answer has a trailing comma; the fixture removes it.',
});

export const DeletePublicNetwork = defineAction({
  provider: 'cds',
  product: 'network',
  action: 'DeletePublicNetwork',
  method: 'GET',
  path: '/network',
  kind: 'destructive',
  task: 'TaskId',
  invalidates: [...VDC_READS, 'DescribeInstances'],
  input: z.object({ PublicId: uuidLike('PublicId') }),
  output: cdsTaskAnswerLoose,
  normalize: taskResult,
  summary: { en: 'Delete a public network with its IPs and bandwidth', zh: '删除公网IP及带宽' },
  notes: 'The example answer has a trailing comma; the fixture removes it.',
});

export const DeletePrivateNetwork = defineAction({
  provider: 'cds',
  product: 'network',
  action: 'DeletePrivateNetwork',
  method: 'GET',
  path: '/network',
  kind: 'destructive',
  task: 'TaskId',
  invalidates: [...VDC_READS, 'DescribeInstances'],
  input: z.object({ PrivateId: uuidLike('PrivateId') }),
  output: cdsTaskAnswerLoose,
  normalize: taskResult,
  summary: { en: 'Delete a private network', zh: '删除私网' },
  notes: 'The example answer has a trailing comma; the fixture removes it.',
});

export const RenewPublicNetwork = defineAction({
  provider: 'cds',
  product: 'network',
  action: 'RenewPublicNetwork',
  method: 'GET',
  path: '/network',
  kind: 'write',
  invalidates: VDC_READS,
  input: z.object({
    PublicId: uuidLike('PublicId'),
    AutoRenew: zeroOrOne('AutoRenew', '1 renews automatically, 0 does not'),
  }),
  output: cdsAckAnswer,
  normalize: (raw): Ack => toAck(raw),
  summary: {
    en: 'Turn automatic renewal of a public network on or off',
    zh: '修改公网自动续约开关',
  },
  notes:
    'The answer table lists a TaskId but the example has none and the README lists no task: no task path; a TaskId, if answered, is passed on for information.',
});

export const DescribeBandwidthTraffic = defineAction({
  provider: 'cds',
  product: 'network',
  action: 'DescribeBandwidthTraffic',
  method: 'GET',
  path: '/network',
  kind: 'read',
  input: z.object({ NetworkId: uuidLike('NetworkId (a PublicId or PrivateId)') }),
  output: loose({
    ...cdsEnvelope,
    Data: loose({
      LastFiveMinutesUsage: loose({
        Inbps: z.coerce.number().default(0),
        Outbps: z.coerce.number().default(0),
      }).default({ Inbps: 0, Outbps: 0 }),
      MaxQos: z.coerce.number().optional(),
    }),
  }),
  normalize: (raw): BandwidthTraffic => ({
    inBps: raw.Data.LastFiveMinutesUsage.Inbps,
    outBps: raw.Data.LastFiveMinutesUsage.Outbps,
    maxQos: raw.Data.MaxQos,
  }),
  summary: { en: 'Traffic of a network over the last five minutes', zh: '获取网络最近五分钟流量' },
  notes:
    'Data is typed string in the table but answered as an object; the unit of Inbps/Outbps is not stated (taken as bits per second, as the names say).',
});
