import type { SecurityGroup, SecurityGroupDetail } from '@console/api-types/client';
import type { en } from './messages.en';

/** Why the cloud would refuse a change now (message key and values), or undefined. */
export type Blocked = { key: keyof typeof en; vars?: Record<string, string | number> } | undefined;

const busy = (name: string, status?: string): Blocked =>
  status && status !== 'ok' ? { key: 'sg.blocked.busy', vars: { name, status } } : undefined;

/** DeleteSecurityGroup: no interface bound, no task on the group or its rules. */
export function deleteBlocked(group: SecurityGroup, detail?: SecurityGroupDetail): Blocked {
  const b = busy(group.name, group.status);
  if (b) return b;
  const bound = detail?.bindings?.length ?? group.bindInterfaceCount;
  if (bound > 0) return { key: 'sg.blocked.bound', vars: { count: bound } };
  const rule = detail?.rules.find((r) => r.status && r.status !== 'ok');
  return rule ? { key: 'sg.blocked.ruleBusy', vars: { status: rule.status! } } : undefined;
}

/** Anything else on the group: not while it is being force-deleted. */
export const groupBlocked = (group: { name: string; status?: string }): Blocked =>
  busy(group.name, group.status);

/** A rule can change while it and its group are settled. */
export function ruleBlocked(
  group: { name: string; status?: string },
  rule: { status?: string },
): Blocked {
  return (
    groupBlocked(group) ??
    (rule.status && rule.status !== 'ok'
      ? { key: 'sg.blocked.ruleBusy', vars: { status: rule.status } }
      : undefined)
  );
}
