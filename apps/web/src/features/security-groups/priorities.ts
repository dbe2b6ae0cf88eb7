import type { SecurityGroupRule } from '@console/api-types/client';

/**
 * Re-ordering rules with ModifySecurityGroupRulePriority: the rules in their new order get the
 * group's priorities in ascending order, so a move swaps two values; when priorities repeat (the
 * cloud allows it) the order cannot be kept with them, so the rules are numbered 1, 2, 3…
 * Only the rules whose priority changes are sent.
 */
export function reorder(
  rules: readonly SecurityGroupRule[],
  ruleId: string,
  by: -1 | 1,
): { RuleId: string; Priority: number }[] {
  const ordered = [...rules];
  const from = ordered.findIndex((r) => r.id === ruleId);
  const to = from + by;
  if (from < 0 || to < 0 || to >= ordered.length) return [];
  const [moved] = ordered.splice(from, 1);
  ordered.splice(to, 0, moved!);
  const values = rules.map((r) => r.priority).sort((a, b) => a - b);
  const distinct = values.every((v, i) => i === 0 || v > values[i - 1]!);
  const next = distinct ? values : ordered.map((_, i) => i + 1);
  return ordered
    .map((r, i) => ({ RuleId: r.id, Priority: next[i]! }))
    .filter((e, i) => ordered[i]!.priority !== e.Priority);
}
