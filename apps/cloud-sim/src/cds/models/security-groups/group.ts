import { cdsDateTime } from '../../../util/time';

/**
 * Security groups of an account (they belong to no region: DescribeSecurityGroups takes none).
 * A group is public or private and binds network interfaces of that kind: an instance's public
 * interface, or its interface on one private network. An interface is in at most one group.
 *
 * Rules and bindings carry a status while a task works on them ("creating", "updating",
 * "deleting"; "binding", "unbinding") and "ok" otherwise; a group being force-deleted is
 * "deleting". Anything not "ok" refuses further changes.
 */

export type GroupType = 'public' | 'private';
export type RuleStatus = 'ok' | 'creating' | 'updating' | 'deleting';
export type BindingStatus = 'ok' | 'binding' | 'unbinding';

export interface RuleInit {
  ruleId: string;
  action: 0 | 1;
  protocol: 'TCP' | 'UDP' | 'ICMP';
  direction: string;
  targetAddress: string;
  targetPort: string;
  localPort: string;
  priority: number;
  type: 'ip' | 'mac';
  description: string;
  createdAt: number;
}

export class Rule {
  status: RuleStatus = 'ok';
  constructor(readonly init: RuleInit) {}

  get id() {
    return this.init.ruleId;
  }

  /** What makes two rules the same rule, whatever their action, priority or description. */
  get matchKey() {
    const { protocol, targetAddress, targetPort, localPort, type } = this.init;
    return [protocol, type, targetAddress, targetPort, localPort].join('|');
  }

  toWire() {
    const r = this.init;
    return {
      RuleId: r.ruleId,
      Status: this.status,
      Direction: r.direction,
      Protocol: r.protocol,
      TargetAddress: r.targetAddress,
      TargetPort: r.targetPort,
      LocalPort: r.localPort,
      Priority: r.priority,
      Action: r.action,
      Type: r.type,
      Description: r.description,
      CreateTime: cdsDateTime(r.createdAt),
    };
  }
}

/** One interface of one instance in a group. */
export interface Binding {
  instanceId: string;
  interfaceId: string;
  /** PublicId or PrivateId of the interface's network. */
  networkId: string;
  status: BindingStatus;
  since: number;
}

export class SecurityGroup {
  status: 'ok' | 'deleting' = 'ok';
  readonly rules: Rule[] = [];
  bindings: Binding[] = [];

  constructor(
    readonly id: string,
    public name: string,
    public description: string,
    readonly type: GroupType,
    readonly createdAt: number,
    public updatedAt = createdAt,
  ) {}

  rule(ruleId: string) {
    return this.rules.find((r) => r.id === ruleId);
  }

  /** Rules in the order they apply: priority, then age. */
  orderedRules() {
    return [...this.rules].sort((a, b) => a.init.priority - b.init.priority || a.init.createdAt - b.init.createdAt);
  }

  binding(interfaceId: string) {
    return this.bindings.find((b) => b.interfaceId === interfaceId);
  }
}

/** The account's security groups, newest first when listed. */
export class SecurityGroupStore {
  private readonly groups = new Map<string, SecurityGroup>();

  add(group: SecurityGroup) {
    this.groups.set(group.id, group);
  }

  get(id: string) {
    return this.groups.get(id);
  }

  remove(id: string) {
    this.groups.delete(id);
  }

  get size() {
    return this.groups.size;
  }

  list() {
    return [...this.groups.values()].sort((a, b) => b.createdAt - a.createdAt);
  }

  /** The group an interface is bound to (or being bound to), if any. */
  groupOf(interfaceId: string) {
    return this.list().find((g) => g.binding(interfaceId));
  }
}
