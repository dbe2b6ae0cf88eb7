import { isUuid } from '../../../util/prng';
import {
  idMalformed,
  incorrectSecurityGroupStatus,
  repeatedEntry,
  ruleDuplicated,
  ruleNotFound,
  ruleQuotaExceeded,
  securityGroupNotFound,
  securityGroupQuotaExceeded,
} from '../../network-exceptions';
import type { Account } from '../account';
import { startTask } from '../network/run-task';
import type { Task } from '../tasks';
import type { World } from '../world';
import { Rule, SecurityGroup, type Binding, type GroupType, type RuleInit } from './group';
import { bindingsToLeave, checkJoin, namedInterfaces, pruneBindings, type BindEntry } from './members';

/**
 * The twelve actions of 安全组相关 on the model. Creating, renaming, deleting a group and
 * changing a rule's description happen at once (the document answers an empty TaskId); the
 * others answer a TaskId and take effect when it ends, with the rule or binding showing its
 * transition meanwhile.
 */

export const MAX_GROUPS = 50;
export const MAX_RULES = 100;

/** The group, checked for form and existence; its bindings pruned of interfaces that are gone. */
export function findGroup(account: Account, id: string): SecurityGroup {
  if (!isUuid(id)) throw idMalformed('InvalidSecurityGroupId.Malformed', 'SecurityGroupId', id);
  pruneBindings(account);
  const group = account.securityGroups.get(id);
  if (!group) throw securityGroupNotFound(id);
  return group;
}

function settledGroup(account: Account, id: string) {
  const group = findGroup(account, id);
  if (group.status !== 'ok') throw incorrectSecurityGroupStatus(`security group ${group.name} is ${group.status}`);
  return group;
}

function settledRule(group: SecurityGroup, ruleId: string) {
  if (!isUuid(ruleId)) throw idMalformed('InvalidRuleId.Malformed', 'RuleId', ruleId);
  const rule = group.rule(ruleId);
  if (!rule) throw ruleNotFound(ruleId, group.id);
  if (rule.status !== 'ok') throw incorrectSecurityGroupStatus(`rule ${ruleId} is ${rule.status}`);
  return rule;
}

const touch = (world: World, group: SecurityGroup) => {
  group.updatedAt = world.now();
};

export function createSecurityGroup(world: World, account: Account, req: { SecurityGroupName: string; Description: string; SecurityGroupType: GroupType }) {
  if (account.securityGroups.size >= MAX_GROUPS) throw securityGroupQuotaExceeded(MAX_GROUPS);
  const group = new SecurityGroup(world.rng.uuid(), req.SecurityGroupName, req.Description, req.SecurityGroupType, world.now());
  account.securityGroups.add(group);
  return group;
}

export function modifySecurityGroupAttribute(world: World, account: Account, req: { SecurityGroupId: string; SecurityGroupName: string; Description: string }) {
  const group = settledGroup(account, req.SecurityGroupId);
  group.name = req.SecurityGroupName;
  group.description = req.Description;
  touch(world, group);
}

/** DeleteSecurityGroup: only a group no interface is bound to and no task is changing. */
export function deleteSecurityGroup(account: Account, req: { SecurityGroupId: string }) {
  const group = settledGroup(account, req.SecurityGroupId);
  if (group.bindings.length > 0) {
    const instances = new Set(group.bindings.map((b) => b.instanceId)).size;
    throw incorrectSecurityGroupStatus(
      `security group ${group.name} is bound to ${group.bindings.length} interface(s) of ${instances} instance(s): make them leave it, or force delete`,
    );
  }
  const busy = group.rules.find((r) => r.status !== 'ok');
  if (busy) throw incorrectSecurityGroupStatus(`rule ${busy.id} of security group ${group.name} is ${busy.status}`);
  account.securityGroups.remove(group.id);
}

/** ForceDeleteSecurityGroup: every interface leaves, then the group goes (a task). */
export function forceDeleteSecurityGroup(world: World, account: Account, req: { SecurityGroupId: string }): Task {
  const group = settledGroup(account, req.SecurityGroupId);
  group.status = 'deleting';
  for (const b of group.bindings) b.status = 'unbinding';
  const instances = [...new Set(group.bindings.map((b) => b.instanceId))];
  return startTask(world, account, 'forceDeleteSecurityGroup', [group.id, ...instances], () => {
    account.securityGroups.remove(group.id);
  });
}

export type NewRule = Omit<RuleInit, 'ruleId' | 'createdAt'>;

/** AddSecurityGroupRule: a rule that is not there yet (same protocol, ports, address and type), within the quota. */
export function addSecurityGroupRule(world: World, account: Account, groupId: string, spec: NewRule): Task {
  const group = settledGroup(account, groupId);
  if (group.rules.length >= MAX_RULES) throw ruleQuotaExceeded(MAX_RULES);
  const rule = new Rule({ ...spec, ruleId: world.rng.uuid(), createdAt: world.now() });
  const same = group.rules.find((r) => r.matchKey === rule.matchKey);
  if (same) {
    const ports = spec.protocol === 'ICMP' ? '' : ` local port ${spec.localPort}, target port ${spec.targetPort}`;
    throw ruleDuplicated(`rule ${same.id} (priority ${same.init.priority}) already covers ${spec.protocol}${ports} for ${spec.targetAddress}`);
  }
  rule.status = 'creating';
  group.rules.push(rule);
  touch(world, group);
  return startTask(world, account, 'addSecurityGroupRule', [group.id, rule.id], () => {
    rule.status = 'ok';
  });
}

function uniqueIds(ids: string[], what: string) {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw repeatedEntry(`${what} ${id}`);
    seen.add(id);
  }
}

/** RemoveSecurityGroupRule: every rule named must exist and be settled; all go at FINISH. */
export function removeSecurityGroupRules(world: World, account: Account, req: { SecurityGroupId: string; RuleIds: string[] }): Task {
  const group = settledGroup(account, req.SecurityGroupId);
  uniqueIds(req.RuleIds, 'rule');
  const rules = req.RuleIds.map((id) => settledRule(group, id));
  for (const r of rules) r.status = 'deleting';
  touch(world, group);
  return startTask(world, account, 'removeSecurityGroupRule', [group.id, ...req.RuleIds], () => {
    for (const r of rules) group.rules.splice(group.rules.indexOf(r), 1);
  });
}

/** ModifySecurityGroupRule: a new description, at once. */
export function modifySecurityGroupRule(world: World, account: Account, req: { SecurityGroupId: string; RuleId: string; Description: string }) {
  const group = settledGroup(account, req.SecurityGroupId);
  settledRule(group, req.RuleId).init.description = req.Description;
  touch(world, group);
}

/** ModifySecurityGroupRulePriority: new priorities for the rules named, applied at FINISH. */
export function modifyRulePriorities(world: World, account: Account, req: { SecurityGroupId: string; BindData: { RuleId: string; Priority: number }[] }): Task {
  const group = settledGroup(account, req.SecurityGroupId);
  uniqueIds(req.BindData.map((e) => e.RuleId), 'rule');
  const changes = req.BindData.map((e) => ({ rule: settledRule(group, e.RuleId), priority: e.Priority }));
  for (const c of changes) c.rule.status = 'updating';
  touch(world, group);
  return startTask(world, account, 'modifySecurityGroupRulePriority', [group.id, ...changes.map((c) => c.rule.id)], () => {
    for (const c of changes) {
      c.rule.init.priority = c.priority;
      c.rule.status = 'ok';
    }
  });
}

const instanceIds = (entries: BindEntry[]) => [...new Set(entries.map((e) => e.InstanceId))];

/** JoinSecurityGroup: interfaces of the group's kind not in any group yet; bound at FINISH. */
export function joinSecurityGroup(world: World, account: Account, req: { SecurityGroupId: string; BindData: BindEntry[] }): Task {
  const group = settledGroup(account, req.SecurityGroupId);
  const named = namedInterfaces(account, group, req.BindData);
  checkJoin(account, group, named);
  const added: Binding[] = named.map(({ instance, nic }) => ({
    instanceId: instance.instanceId,
    interfaceId: nic.interfaceId,
    networkId: nic.networkId,
    status: 'binding',
    since: world.now(),
  }));
  group.bindings.push(...added);
  return startTask(world, account, 'joinSecurityGroup', [group.id, ...instanceIds(req.BindData)], () => {
    for (const b of added) b.status = 'ok';
  });
}

/** LeaveSecurityGroup: interfaces bound to this group; unbound at FINISH. */
export function leaveSecurityGroup(world: World, account: Account, req: { SecurityGroupId: string; BindData: BindEntry[] }): Task {
  const group = settledGroup(account, req.SecurityGroupId);
  const leaving = bindingsToLeave(group, namedInterfaces(account, group, req.BindData, true));
  for (const b of leaving) b.status = 'unbinding';
  return startTask(world, account, 'leaveSecurityGroup', [group.id, ...instanceIds(req.BindData)], () => {
    group.bindings = group.bindings.filter((b) => !leaving.includes(b));
  });
}
