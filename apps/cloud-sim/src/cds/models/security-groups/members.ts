import { isUuid } from '../../../util/prng';
import { incorrectInstanceStatus, interfaceIdMalformed, interfaceNotFound } from '../../exceptions';
import { bindingNotFound, incorrectSecurityGroupStatus, interfaceBound, repeatedEntry, wrongGroupType } from '../../network-exceptions';
import type { Account } from '../account';
import type { Instance, InstanceStatus, Nic } from '../instance';
import { findInstance } from '../operations';
import type { Binding, SecurityGroup } from './group';

/**
 * Which interfaces a BindData entry names ({InstanceId, PublicId?, PrivateId?}), checked for
 * JoinSecurityGroup and LeaveSecurityGroup, and the bindings that still exist: an interface
 * whose instance was deleted (or that left its network) drops out of its group when next read.
 */

export interface BindEntry {
  InstanceId: string;
  PublicId?: string;
  PrivateId?: string;
}

export interface NamedInterface {
  instance: Instance;
  nic: Nic;
}

/** States in which an instance's interfaces can join or leave (not while created, deleted or broken). */
const BINDABLE: readonly InstanceStatus[] = ['running', 'stop', 'updating', 'stopping', 'starting'];

/** The network the entry names: the document's error for a malformed one is InvalidInterfaceID.Malformed. */
function networkIdOf(group: SecurityGroup, entry: BindEntry): string | undefined {
  const wrong = group.type === 'public' ? entry.PrivateId : entry.PublicId;
  if (wrong !== undefined) {
    const other = group.type === 'public' ? 'PrivateId (a private network)' : 'PublicId (a public network)';
    throw wrongGroupType(`security group ${group.name} is ${group.type}: it binds ${group.type} interfaces, not ${other}`);
  }
  const id = group.type === 'public' ? entry.PublicId : entry.PrivateId;
  if (id !== undefined && !isUuid(id)) throw interfaceIdMalformed(id);
  return id;
}

/**
 * The interfaces of the group's kind that the entry names. Without a network: all of them to
 * join, those in this group to leave.
 */
function interfacesOf(account: Account, group: SecurityGroup, entry: BindEntry, leaving: boolean): NamedInterface[] {
  const networkId = networkIdOf(group, entry);
  const { instance } = findInstance(account, entry.InstanceId);
  if (!BINDABLE.includes(instance.status)) throw incorrectInstanceStatus(instance.instanceId, instance.status, 'running or stop');
  const nics = group.type === 'public' ? (instance.publicNic ? [instance.publicNic] : []) : instance.privateNics;
  if (networkId === undefined && leaving) {
    const bound = nics.filter((n) => group.binding(n.interfaceId));
    if (bound.length === 0) throw bindingNotFound(`no ${group.type} interface of ${instance.name} is in security group ${group.name}`);
    return bound.map((nic) => ({ instance, nic }));
  }
  const named = networkId === undefined ? nics : nics.filter((n) => n.networkId === networkId);
  if (named.length === 0) throw interfaceNotFound(networkId ?? `(a ${group.type} interface)`, instance.instanceId);
  return named.map((nic) => ({ instance, nic }));
}

/** Every interface the entries name, each once. */
export function namedInterfaces(account: Account, group: SecurityGroup, entries: BindEntry[], leaving = false): NamedInterface[] {
  const seen = new Set<string>();
  const out: NamedInterface[] = [];
  for (const entry of entries) {
    for (const named of interfacesOf(account, group, entry, leaving)) {
      if (seen.has(named.nic.interfaceId)) throw repeatedEntry(`interface ${named.nic.interfaceId} of instance ${named.instance.name}`);
      seen.add(named.nic.interfaceId);
      out.push(named);
    }
  }
  return out;
}

/** Join: none of the interfaces may be in a group already (this one or another). */
export function checkJoin(account: Account, group: SecurityGroup, named: NamedInterface[]) {
  for (const { instance, nic } of named) {
    const current = account.securityGroups.groupOf(nic.interfaceId);
    if (current === group) throw interfaceBound(`the ${group.type} interface of ${instance.name} (${nic.ip || nic.interfaceId}) is already in this group`);
    if (current) throw interfaceBound(`the ${group.type} interface of ${instance.name} (${nic.ip || nic.interfaceId}) is in security group ${current.name}: leave it first`);
  }
}

/** Leave: every interface must be bound to this group, settled. */
export function bindingsToLeave(group: SecurityGroup, named: NamedInterface[]): Binding[] {
  return named.map(({ instance, nic }) => {
    const binding = group.binding(nic.interfaceId);
    if (!binding) throw bindingNotFound(`the ${group.type} interface of ${instance.name} (${nic.ip || nic.interfaceId}) is not in security group ${group.name}`);
    if (binding.status !== 'ok') throw incorrectSecurityGroupStatus(`the interface of ${instance.name} is ${binding.status}`);
    return binding;
  });
}

/** Drops bindings whose interface is gone (its instance deleted, or it left that network). */
export function pruneBindings(account: Account) {
  for (const group of account.securityGroups.list()) {
    group.bindings = group.bindings.filter((b) => {
      const instance = account.findInstance(b.instanceId)?.instance;
      if (!instance) return false;
      const nics = [...(instance.publicNic ? [instance.publicNic] : []), ...instance.privateNics];
      return nics.some((n) => n.interfaceId === b.interfaceId && n.networkId === b.networkId);
    });
  }
}
