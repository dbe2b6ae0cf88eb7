import { cdsDateTime } from '../../../util/time';
import type { Account } from '../account';
import type { Binding, SecurityGroup } from './group';

/**
 * Security groups as DescribeSecurityGroups and DescribeSecurityGroupAttribute answer them: the
 * documented keys, plus Status, and in the attribute BindInterfaces (who is bound, by interface),
 * which the document does not answer and the console needs to show membership.
 */

function bound(account: Account, b: Binding) {
  const found = account.findInstance(b.instanceId);
  if (!found) return undefined;
  const { backend, instance } = found;
  const isPublic = instance.publicNic?.interfaceId === b.interfaceId;
  const nic = isPublic ? instance.publicNic : instance.privateNics.find((n) => n.interfaceId === b.interfaceId);
  if (!nic) return undefined;
  return {
    InstanceId: instance.instanceId,
    InstanceName: instance.name,
    VdcId: instance.vdcId,
    VdcName: backend.vdcName(instance.vdcId),
    RegionId: instance.regionId,
    InterfaceId: nic.interfaceId,
    NetworkName: nic.name,
    IP: nic.ip,
    [isPublic ? 'PublicId' : 'PrivateId']: nic.networkId,
    Status: b.status,
  };
}

/** The keys both reads answer about the group itself. */
const head = (group: SecurityGroup) => ({
  SecurityGroupId: group.id,
  SecurityGroupName: group.name,
  Description: group.description,
  SecurityGroupType: group.type,
  Status: group.status,
  CreateTime: cdsDateTime(group.createdAt),
  UpdateTime: cdsDateTime(group.updatedAt),
});

const boundInterfaces = (account: Account, group: SecurityGroup) =>
  group.bindings.map((b) => bound(account, b)).filter((b) => b !== undefined);

export function groupListItem(account: Account, group: SecurityGroup) {
  const interfaces = boundInterfaces(account, group);
  return {
    ...head(group),
    BindInstanceCount: new Set(interfaces.map((i) => i.InstanceId)).size,
    BindInterfaceCount: interfaces.length,
    BindVdcCount: new Set(interfaces.map((i) => i.VdcId)).size,
  };
}

export function groupAttribute(account: Account, group: SecurityGroup, ruleId?: string) {
  const rules = group.orderedRules().filter((r) => !ruleId || r.id === ruleId);
  return {
    ...head(group),
    SecurityGroupRuleCount: rules.length,
    SecurityGroupRules: rules.map((r) => r.toWire()),
    BindInterfaces: boundInterfaces(account, group),
  };
}
