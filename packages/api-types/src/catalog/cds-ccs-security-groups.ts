import { z } from 'zod';
import { cdsEnvelope, defineAction, loose } from '../define';
import { cidrProblem, macProblem, portProblem } from '../network-rules';
import type { Ack, TaskResult } from '../normalized/results';
import type { SecurityGroupBinding, SecurityGroupDetail, SecurityGroupList } from '../normalized/security';
import {
  cdsAckAnswer,
  cdsTaskAnswerLoose,
  intInRange,
  requiredText,
  taskIdValue,
  toAck,
  toTaskResult,
  uuidLike,
} from './cds-shared';

/**
 * The twelve security-group actions of the core document, all on /ccs.
 *
 * Decision for the whole section: seeds/README.md lists none of them as task actions, but the
 * section's own examples answer a TaskId ("7688881") for six of them — ForceDeleteSecurityGroup,
 * AddSecurityGroupRule, RemoveSecurityGroupRule, JoinSecurityGroup, LeaveSecurityGroup and
 * ModifySecurityGroupRulePriority — and an empty one ("") for the other six. The action's own
 * example wins: those six declare a task path and are followed with DescribeTask; the others
 * are acknowledgements (a non-empty TaskId, if one ever comes, is passed on for information).
 */

const ackOutput = cdsAckAnswer;
const ack = (raw: z.output<typeof ackOutput>): Ack => toAck(raw);
/** The six actions whose examples answer a TaskId to follow. */
const taskOutput = cdsTaskAnswerLoose;
const taskResult = (raw: z.output<typeof taskOutput>): TaskResult => toTaskResult(raw);

const SG_TYPE_MSG = 'SecurityGroupType must be public or private';
const sgType = z.enum(['public', 'private'], { error: SG_TYPE_MSG });
const sgId = uuidLike('SecurityGroupId');
const SG_READS = ['DescribeSecurityGroups', 'DescribeSecurityGroupAttribute'];
const SECTION_NOTE =
  'The example answers an empty TaskId: an acknowledgement, nothing to follow (a non-empty TaskId is passed on for information).';
const TASK_NOTE =
  'The README lists no task for security groups, but this action\'s example answers a TaskId ("7688…"): it is followed with DescribeTask.';

export const CreateSecurityGroup = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'CreateSecurityGroup',
  method: 'POST',
  path: '/ccs',
  kind: 'write',
  invalidates: SG_READS,
  input: z.object({
    SecurityGroupName: requiredText('SecurityGroupName', 64),
    Description: requiredText('Description', 256),
    SecurityGroupType: sgType,
  }),
  output: ackOutput,
  normalize: ack,
  summary: { en: 'Create a security group', zh: '创建网络安全组' },
  notes: `The answer does not name the new group (Data is {}): find it with DescribeSecurityGroups. ${SECTION_NOTE} Name and description lengths are not documented; the console caps them at 64 and 256.`,
});

export const DeleteSecurityGroup = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'DeleteSecurityGroup',
  method: 'GET',
  path: '/ccs',
  kind: 'destructive',
  invalidates: SG_READS,
  input: z.object({ SecurityGroupId: sgId }),
  output: ackOutput,
  normalize: ack,
  summary: { en: 'Delete a security group', zh: '删除网络安全组' },
  notes: SECTION_NOTE,
});

export const ForceDeleteSecurityGroup = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'ForceDeleteSecurityGroup',
  method: 'GET',
  path: '/ccs',
  kind: 'destructive',
  invalidates: [...SG_READS, 'DescribeInstances'],
  input: z.object({ SecurityGroupId: sgId }),
  task: 'TaskId',
  output: taskOutput,
  normalize: taskResult,
  summary: { en: 'Delete a security group even while it is bound', zh: '强制删除网络安全组' },
  notes: `Every bound interface leaves, then the group goes. ${TASK_NOTE}`,
});

const ruleRaw = loose({
  RuleId: z.string(),
  Status: z.string().optional(),
  TargetAddress: z.string().default(''),
  TargetPort: z.union([z.string(), z.number()]).transform(String).default(''),
  LocalPort: z.union([z.string(), z.number()]).transform(String).default(''),
  Direction: z.string().default('all'),
  Protocol: z.string().default(''),
  Priority: z.coerce.number().default(0),
  Action: z.coerce.number().default(1),
  Type: z.string().default('ip'),
  Description: z.string().default(''),
  CreateTime: z.string().optional(),
});

/** One bound interface, as BindInterfaces answers it (not in the document). */
const bindingRaw = loose({
  InstanceId: z.string(),
  InstanceName: z.string().default(''),
  VdcId: z.string().optional(),
  VdcName: z.string().optional(),
  RegionId: z.string().optional(),
  InterfaceId: z.string().default(''),
  NetworkName: z.string().optional(),
  IP: z.string().default(''),
  PublicId: z.string().optional(),
  PrivateId: z.string().optional(),
  Status: z.string().optional(),
});

const toBinding = (b: z.output<typeof bindingRaw>): SecurityGroupBinding => ({
  instanceId: b.InstanceId,
  instanceName: b.InstanceName,
  vdcId: b.VdcId,
  vdcName: b.VdcName,
  regionId: b.RegionId,
  interfaceId: b.InterfaceId,
  networkName: b.NetworkName,
  ip: b.IP,
  networkKind: b.PublicId !== undefined ? 'public' : 'private',
  networkId: b.PublicId ?? b.PrivateId ?? '',
  status: b.Status ?? 'ok',
});

export const DescribeSecurityGroupAttribute = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'DescribeSecurityGroupAttribute',
  method: 'GET',
  path: '/ccs',
  kind: 'read',
  input: z.object({
    SecurityGroupId: sgId,
    RuleId: z.string().min(1).optional(),
  }),
  output: loose({
    ...cdsEnvelope,
    TaskId: taskIdValue.optional(),
    Data: loose({
      SecurityGroupId: z.string().optional(),
      SecurityGroupName: z.string().default(''),
      SecurityGroupType: z.string().default(''),
      Description: z.string().optional(),
      Status: z.string().optional(),
      CreateTime: z.string().optional(),
      UpdateTime: z.string().optional(),
      SecurityGroupRuleCount: z.coerce.number().optional(),
      SecurityGroupRules: z.array(ruleRaw).default([]),
      BindInterfaces: z.array(bindingRaw).optional(),
    }),
  }),
  normalize: (raw): SecurityGroupDetail => ({
    id: raw.Data.SecurityGroupId,
    name: raw.Data.SecurityGroupName,
    type: raw.Data.SecurityGroupType,
    description: raw.Data.Description,
    status: raw.Data.Status,
    createdAt: raw.Data.CreateTime,
    updatedAt: raw.Data.UpdateTime,
    bindings: raw.Data.BindInterfaces?.map(toBinding),
    ruleCount: raw.Data.SecurityGroupRuleCount ?? raw.Data.SecurityGroupRules.length,
    rules: raw.Data.SecurityGroupRules.map((r) => ({
      id: r.RuleId,
      status: r.Status,
      action: r.Action === 0 ? 'deny' : 'allow',
      protocol: r.Protocol,
      direction: r.Direction,
      targetAddress: r.TargetAddress,
      targetPort: r.TargetPort,
      localPort: r.LocalPort,
      priority: r.Priority,
      type: r.Type,
      description: r.Description,
      createdAt: r.CreateTime,
    })),
  }),
  summary: { en: 'A security group with its rules', zh: '查看网络安全组属性' },
  notes:
    'The table does not list SecurityGroupName; the example answers it and it is read. Rule Type is "ip" in the example and "ip/Mac" in the table: passed on as answered. The document answers no members; BindInterfaces (who is bound, by interface: instance, network, address) is read when the cloud answers it (the simulator does) and left undefined otherwise, so the console can say membership is not reported. SecurityGroupId, Description, Status, CreateTime and UpdateTime are read when answered.',
});

export const ModifySecurityGroupAttribute = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'ModifySecurityGroupAttribute',
  method: 'POST',
  path: '/ccs',
  kind: 'write',
  invalidates: SG_READS,
  input: z.object({
    SecurityGroupId: sgId,
    Description: requiredText('Description', 256),
    SecurityGroupName: requiredText('SecurityGroupName', 64),
  }),
  output: ackOutput,
  normalize: ack,
  summary: { en: 'Rename a security group or change its description', zh: '修改网络安全组属性' },
  notes: `Both the name and the description are required, so the console sends the current value of the one not being changed. ${SECTION_NOTE}`,
});

const groupRaw = loose({
  SecurityGroupId: z.string(),
  SecurityGroupName: z.string().default(''),
  Description: z.string().default(''),
  SecurityGroupType: z.string().default(''),
  BindInstanceCount: z.coerce.number().default(0),
  BindInterfaceCount: z.coerce.number().default(0),
  BindVdcCount: z.coerce.number().optional(),
  Status: z.string().optional(),
  CreateTime: z.string().optional(),
  UpdateTime: z.string().optional(),
});

export const DescribeSecurityGroups = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'DescribeSecurityGroups',
  method: 'POST',
  path: '/ccs',
  kind: 'read',
  input: z.object({
    SecurityGroupType: sgType.optional(),
    Keyword: z.string().max(64, 'Keyword is at most 64 characters').optional(),
    SecurityGroupId: z.string().min(1).optional(),
  }),
  output: loose({
    ...cdsEnvelope,
    TaskId: taskIdValue.optional(),
    Data: loose({
      SecurityGroupCount: z.coerce.number().optional(),
      SecurityGroup: z.array(groupRaw).default([]),
    }),
  }),
  normalize: (raw): SecurityGroupList => ({
    totalCount: raw.Data.SecurityGroupCount ?? raw.Data.SecurityGroup.length,
    items: raw.Data.SecurityGroup.map((g) => ({
      id: g.SecurityGroupId,
      name: g.SecurityGroupName,
      description: g.Description,
      type: g.SecurityGroupType,
      bindInstanceCount: g.BindInstanceCount,
      bindInterfaceCount: g.BindInterfaceCount,
      bindVdcCount: g.BindVdcCount,
      status: g.Status,
      createdAt: g.CreateTime,
      updatedAt: g.UpdateTime,
    })),
  }),
  summary: { en: 'List security groups', zh: '网络安全组列表' },
  notes:
    'The answer table gives Code "0000" and a delete message (a copy slip); the example answers Code "Success": any Code string is read. BindVdcCount is answered but not in the table: read; so is Status when answered. No paging parameters are documented: the whole list is answered and the console pages it.',
});

/** A port or range as a string; the rule itself is network-rules' portProblem. */
const port = (name: string) =>
  z
    .union([z.string(), z.number()], { error: `${name} must be a port 0–65535 or a range such as 8000-8080` })
    .transform(String)
    .superRefine((s, ctx) => {
      const problem = portProblem(s);
      if (problem) ctx.addIssue({ code: 'custom', message: `${name} ${problem}` });
    });

export const AddSecurityGroupRule = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'AddSecurityGroupRule',
  method: 'POST',
  path: '/ccs',
  kind: 'write',
  invalidates: SG_READS,
  input: z
    .object({
      SecurityGroupId: sgId,
      Action: z
        .union([z.string(), z.number()], { error: 'Action must be 1 (allow) or 0 (deny)' })
        .transform(String)
        .refine((s) => s === '0' || s === '1', 'Action must be 1 (allow) or 0 (deny)'),
      Description: requiredText('Description', 256),
      TargetAddress: z.string({ error: 'TargetAddress is required, e.g. 0.0.0.0/0' }).trim().min(1, 'TargetAddress is required, e.g. 0.0.0.0/0'),
      TargetPort: port('TargetPort').optional(),
      LocalPort: port('LocalPort').optional(),
      Direction: z.literal('all', {
        error: 'Direction must be all: only two-way rules are supported',
      }),
      Priority: intInRange('Priority', 1, 100).transform(String),
      Protocol: z.enum(['ICMP', 'TCP', 'UDP'], { error: 'Protocol must be ICMP, TCP or UDP' }),
      RuleType: z.enum(['ip', 'mac'], { error: 'RuleType must be ip or mac' }),
    })
    .superRefine((v, ctx) => {
      const addressProblem = v.RuleType === 'mac' ? macProblem(v.TargetAddress) : cidrProblem(v.TargetAddress);
      if (addressProblem) {
        ctx.addIssue({ code: 'custom', path: ['TargetAddress'], message: `TargetAddress ${addressProblem}` });
      }
      for (const k of ['TargetPort', 'LocalPort'] as const) {
        const value = v[k];
        if (v.Protocol === 'ICMP') {
          if (value !== undefined && value !== '' && value !== '0') {
            ctx.addIssue({ code: 'custom', path: [k], message: `ICMP has no ports: leave ${k} out` });
          }
        } else if (value === undefined) {
          ctx.addIssue({ code: 'custom', path: [k], message: `${k} is required for ${v.Protocol} (0 means all ports)` });
        }
      }
    }),
  task: 'TaskId',
  output: taskOutput,
  normalize: taskResult,
  summary: { en: 'Add a rule to a security group', zh: '添加网络安全组规则' },
  notes: `Every field is marked required, but the table also says ICMP rules need no TargetPort/LocalPort: they are required for TCP and UDP only, and refused for ICMP (other than "0"). Action, Priority and the ports are typed String and sent as strings ("1", "10", "80"). Direction: "only two-way rules are supported", so only "all" is accepted. Port ranges are not documented; a single port or a range a-b (a ≤ b) is accepted. TargetAddress is an IPv4 address or CIDR for RuleType ip (host bits may be set, as in the example 120.78.170.188/28) and a MAC address for RuleType mac. ${TASK_NOTE}`,
});

export const RemoveSecurityGroupRule = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'RemoveSecurityGroupRule',
  method: 'POST',
  path: '/ccs',
  kind: 'destructive',
  invalidates: SG_READS,
  input: z.object({
    SecurityGroupId: sgId,
    RuleIds: z
      .array(uuidLike('RuleId'), { error: 'RuleIds must be a list of rule ids' })
      .min(1, 'Name at least one rule'),
  }),
  task: 'TaskId',
  output: taskOutput,
  normalize: taskResult,
  summary: { en: 'Delete rules from a security group', zh: '删除网络安全组规则' },
  notes: TASK_NOTE,
});

export const ModifySecurityGroupRule = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'ModifySecurityGroupRule',
  method: 'POST',
  path: '/ccs',
  kind: 'write',
  invalidates: ['DescribeSecurityGroupAttribute'],
  input: z.object({
    SecurityGroupId: sgId,
    RuleId: uuidLike('RuleId'),
    Description: requiredText('Description', 256),
  }),
  output: ackOutput,
  normalize: ack,
  summary: { en: 'Change the description of a security-group rule', zh: '修改网络安全组规则描述' },
  notes: `Only the description of a rule can be changed. ${SECTION_NOTE}`,
});

const bindEntry = z.strictObject({
  InstanceId: uuidLike('InstanceId'),
  PrivateId: z.string().min(1).optional(),
  PublicId: z.string().min(1).optional(),
});
const bindData = z
  .array(bindEntry, {
    error: 'BindData must be a list such as [{"InstanceId": "…", "PrivateId": "…"}]',
  })
  .min(1, 'BindData needs at least one instance');
const BIND_NOTE =
  'The table lists InstanceId, PrivateId and PublicId as if they were top-level fields; they are the fields of each BindData entry (as the example [{"InstanceId":"xxx","PrivateId":"xxx"}] shows) and are accepted only there. BindData is typed String but is a JSON list in the example: sent as a list.';

export const JoinSecurityGroup = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'JoinSecurityGroup',
  method: 'POST',
  path: '/ccs',
  kind: 'write',
  invalidates: [...SG_READS, 'DescribeInstances'],
  input: z.object({ SecurityGroupId: sgId, BindData: bindData }),
  task: 'TaskId',
  output: taskOutput,
  normalize: taskResult,
  summary: {
    en: 'Bind instances (their network interfaces) to a security group',
    zh: '主机实例加入安全组',
  },
  notes: `${BIND_NOTE} ${TASK_NOTE}`,
});

export const LeaveSecurityGroup = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'LeaveSecurityGroup',
  method: 'POST',
  path: '/ccs',
  kind: 'write',
  invalidates: [...SG_READS, 'DescribeInstances'],
  input: z.object({ SecurityGroupId: sgId, BindData: bindData }),
  task: 'TaskId',
  output: taskOutput,
  normalize: taskResult,
  summary: { en: 'Unbind instances from a security group', zh: '实例解绑网络安全组' },
  notes: `${BIND_NOTE} ${TASK_NOTE}`,
});

export const ModifySecurityGroupRulePriority = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'ModifySecurityGroupRulePriority',
  method: 'POST',
  path: '/ccs',
  kind: 'write',
  invalidates: ['DescribeSecurityGroupAttribute'],
  input: z.object({
    SecurityGroupId: sgId,
    BindData: z
      .array(
        z.strictObject({
          RuleId: uuidLike('RuleId'),
          Priority: intInRange('Priority', 1, 100),
        }),
        { error: 'BindData must be a list such as [{"RuleId": "…", "Priority": 1}]' },
      )
      .min(1, 'BindData needs at least one rule'),
  }),
  task: 'TaskId',
  output: taskOutput,
  normalize: taskResult,
  summary: { en: 'Change the priorities of security-group rules', zh: '修改安全组规则优先级' },
  notes: `Priority is marked optional and typed Int, with "xxx" as the example value: an entry without a priority would change nothing, so it is required, a whole number 1–100 (AddSecurityGroupRule's range), sent as a number. ${TASK_NOTE}`,
});
