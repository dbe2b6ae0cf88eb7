import { cdsCcsSecurityGroups } from '@console/api-types';
import { isUuid } from '../../util/prng';
import { idMalformed } from '../network-exceptions';
import {
  addSecurityGroupRule,
  createSecurityGroup,
  deleteSecurityGroup,
  findGroup,
  forceDeleteSecurityGroup,
  joinSecurityGroup,
  leaveSecurityGroup,
  modifyRulePriorities,
  modifySecurityGroupAttribute,
  modifySecurityGroupRule,
  removeSecurityGroupRules,
} from '../models/security-groups/operations';
import { pruneBindings } from '../models/security-groups/members';
import { groupAttribute, groupListItem } from '../models/security-groups/views';
import { handler } from '../registry';

/**
 * 安全组相关 (/ccs). Every answer carries Data and a TaskId as the document's examples do: an
 * empty one where the change is immediate, a task where the example answers one.
 */

const GROUP_CODES = { fieldCodes: { SecurityGroupId: 'InvalidSecurityGroupId.Malformed' } };
const done = { Data: {}, TaskId: '' };
const task = (t: { taskId: string }) => ({ Data: {}, TaskId: t.taskId });

export const createSecurityGroupHandler = handler('/ccs', cdsCcsSecurityGroups.CreateSecurityGroup, ({ world, account }, input) => {
  createSecurityGroup(world, account, input);
  return done;
});

export const deleteSecurityGroupHandler = handler(
  '/ccs',
  cdsCcsSecurityGroups.DeleteSecurityGroup,
  ({ account }, input) => {
    deleteSecurityGroup(account, input);
    return done;
  },
  GROUP_CODES,
);

export const forceDeleteSecurityGroupHandler = handler(
  '/ccs',
  cdsCcsSecurityGroups.ForceDeleteSecurityGroup,
  ({ world, account }, input) => task(forceDeleteSecurityGroup(world, account, input)),
  GROUP_CODES,
);

/** DescribeSecurityGroupAttribute: the group, its rules by priority (one with RuleId), who is bound. */
export const describeSecurityGroupAttribute = handler(
  '/ccs',
  cdsCcsSecurityGroups.DescribeSecurityGroupAttribute,
  ({ account }, input) => {
    const group = findGroup(account, input.SecurityGroupId);
    if (input.RuleId !== undefined) {
      if (!isUuid(input.RuleId)) throw idMalformed('InvalidRuleId.Malformed', 'RuleId', input.RuleId);
    }
    return { Data: groupAttribute(account, group, input.RuleId), TaskId: '' };
  },
  GROUP_CODES,
);

export const modifySecurityGroupAttributeHandler = handler(
  '/ccs',
  cdsCcsSecurityGroups.ModifySecurityGroupAttribute,
  ({ world, account }, input) => {
    modifySecurityGroupAttribute(world, account, input);
    return done;
  },
  GROUP_CODES,
);

/** DescribeSecurityGroups: newest first, by type, by a part of the name, description or id (any case), or one id. */
export const describeSecurityGroups = handler(
  '/ccs',
  cdsCcsSecurityGroups.DescribeSecurityGroups,
  ({ account }, input) => {
    if (input.SecurityGroupId !== undefined && !isUuid(input.SecurityGroupId)) {
      throw idMalformed('InvalidSecurityGroupId.Malformed', 'SecurityGroupId', input.SecurityGroupId);
    }
    pruneBindings(account);
    const keyword = input.Keyword?.trim().toLowerCase();
    const groups = account.securityGroups
      .list()
      .filter((g) => !input.SecurityGroupType || g.type === input.SecurityGroupType)
      .filter((g) => !input.SecurityGroupId || g.id === input.SecurityGroupId)
      .filter((g) => !keyword || [g.name, g.description, g.id].some((s) => s.toLowerCase().includes(keyword)));
    return {
      Data: { SecurityGroupCount: groups.length, SecurityGroup: groups.map((g) => groupListItem(account, g)) },
      TaskId: '',
    };
  },
  GROUP_CODES,
);

export const addSecurityGroupRuleHandler = handler(
  '/ccs',
  cdsCcsSecurityGroups.AddSecurityGroupRule,
  ({ world, account }, input) => {
    const icmp = input.Protocol === 'ICMP';
    const spec = {
      action: input.Action === '0' ? (0 as const) : (1 as const),
      protocol: input.Protocol,
      direction: input.Direction,
      targetAddress: input.RuleType === 'mac' ? input.TargetAddress.toLowerCase() : input.TargetAddress,
      targetPort: icmp ? '' : (input.TargetPort ?? '0'),
      localPort: icmp ? '' : (input.LocalPort ?? '0'),
      priority: Number(input.Priority),
      type: input.RuleType,
      description: input.Description,
    };
    return task(addSecurityGroupRule(world, account, input.SecurityGroupId, spec));
  },
  GROUP_CODES,
);

export const removeSecurityGroupRuleHandler = handler(
  '/ccs',
  cdsCcsSecurityGroups.RemoveSecurityGroupRule,
  ({ world, account }, input) => task(removeSecurityGroupRules(world, account, input)),
  { fieldCodes: { ...GROUP_CODES.fieldCodes, RuleIds: 'InvalidRuleId.Malformed' } },
);

export const modifySecurityGroupRuleHandler = handler(
  '/ccs',
  cdsCcsSecurityGroups.ModifySecurityGroupRule,
  ({ world, account }, input) => {
    modifySecurityGroupRule(world, account, input);
    return done;
  },
  { fieldCodes: { ...GROUP_CODES.fieldCodes, RuleId: 'InvalidRuleId.Malformed' } },
);

/** BindData entries; the model answers the document's InvalidInterfaceID.Malformed for a bad PublicId or PrivateId. */
const BIND_CODES = {
  fieldCodes: {
    ...GROUP_CODES.fieldCodes,
    'BindData.InstanceId': 'InvalidInstanceID.Malformed',
    'BindData.PublicId': 'InvalidInterfaceID.Malformed',
    'BindData.PrivateId': 'InvalidInterfaceID.Malformed',
  },
};

export const joinSecurityGroupHandler = handler(
  '/ccs',
  cdsCcsSecurityGroups.JoinSecurityGroup,
  ({ world, account }, input) => task(joinSecurityGroup(world, account, input)),
  BIND_CODES,
);

export const leaveSecurityGroupHandler = handler(
  '/ccs',
  cdsCcsSecurityGroups.LeaveSecurityGroup,
  ({ world, account }, input) => task(leaveSecurityGroup(world, account, input)),
  BIND_CODES,
);

export const modifySecurityGroupRulePriorityHandler = handler(
  '/ccs',
  cdsCcsSecurityGroups.ModifySecurityGroupRulePriority,
  ({ world, account }, input) => task(modifyRulePriorities(world, account, input)),
  GROUP_CODES,
);
