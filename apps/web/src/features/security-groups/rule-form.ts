import {
  cidrProblem,
  macProblem,
  portProblem,
  type SecurityGroupRule,
} from '@console/api-types/client';

/**
 * The add-rule form, checked as a network engineer expects: an address or CIDR (or a MAC for MAC
 * rules), ports or ranges for TCP and UDP and none for ICMP, a priority 1–100, a description.
 */
export interface RuleForm {
  action: 'allow' | 'deny';
  protocol: 'TCP' | 'UDP' | 'ICMP';
  ruleType: 'ip' | 'mac';
  target: string;
  localPort: string;
  targetPort: string;
  priority: number;
  description: string;
}

export type RuleField = 'target' | 'localPort' | 'targetPort' | 'priority' | 'description';
export type RuleProblems = Partial<Record<RuleField, string>>;

/** A new rule's form: allow TCP from anywhere, one priority after the last rule. */
export const emptyRuleForm = (rules: readonly SecurityGroupRule[]): RuleForm => ({
  action: 'allow',
  protocol: 'TCP',
  ruleType: 'ip',
  target: '0.0.0.0/0',
  localPort: '',
  targetPort: '0',
  priority: nextPriority(rules),
  description: '',
});

/** After the last rule that is not a catch-all at 100, within 1–100. */
export function nextPriority(rules: readonly SecurityGroupRule[]): number {
  const used = rules.map((r) => r.priority).filter((p) => p < 100);
  return Math.min(99, (used.length ? Math.max(...used) : 0) + 1);
}

/** Problems by field: raw texts from network-rules (the caller words them). */
export function ruleProblems(f: RuleForm): RuleProblems {
  const out: RuleProblems = {};
  const target = f.ruleType === 'mac' ? macProblem(f.target) : cidrProblem(f.target);
  if (target) out.target = target;
  if (f.protocol !== 'ICMP') {
    const local = portProblem(f.localPort);
    if (local) out.localPort = local;
    const remote = portProblem(f.targetPort);
    if (remote) out.targetPort = remote;
  }
  if (!Number.isInteger(f.priority) || f.priority < 1 || f.priority > 100) out.priority = 'range';
  if (!f.description.trim()) out.description = 'required';
  return out;
}

/** AddSecurityGroupRule's input (strings, as the document types them; no ports for ICMP). */
export function toRuleInput(groupId: string, f: RuleForm) {
  return {
    SecurityGroupId: groupId,
    Action: f.action === 'allow' ? '1' : '0',
    Description: f.description.trim(),
    TargetAddress: f.target.trim(),
    ...(f.protocol === 'ICMP'
      ? {}
      : { TargetPort: f.targetPort.trim(), LocalPort: f.localPort.trim() }),
    Direction: 'all' as const,
    Priority: f.priority,
    Protocol: f.protocol,
    RuleType: f.ruleType,
  };
}
