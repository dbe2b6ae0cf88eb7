import type { SecurityGroupRule } from '@console/api-types/client';
import { describe, expect, it } from 'vitest';
import { parseGroupState, serializeGroupState } from './list-state';
import { reorder } from './priorities';
import { emptyRuleForm, nextPriority, ruleProblems, toRuleInput } from './rule-form';

const rule = (id: string, priority: number): SecurityGroupRule => ({
  id,
  priority,
  action: 'allow',
  protocol: 'TCP',
  direction: 'all',
  targetAddress: '0.0.0.0/0',
  targetPort: '0',
  localPort: '22',
  type: 'ip',
  description: id,
});

describe('the security-group list state', () => {
  it('round-trips search, type and page through the URL and ignores junk', () => {
    const s = parseGroupState(new URLSearchParams('q=web&type=public&sort=-members&page=2&size=50'));
    expect(s).toEqual({ keyword: 'web', type: 'public', sort: { key: 'members', dir: 'desc' }, page: 2, size: 50 });
    expect(serializeGroupState(s).toString()).toBe('q=web&type=public&sort=-members&page=2&size=50');
    expect(parseGroupState(new URLSearchParams('type=both&sort=rules&page=-1&size=3'))).toEqual({
      keyword: undefined,
      type: undefined,
      page: 1,
      size: 20,
    });
  });
});

describe('the rule form', () => {
  it('checks addresses, ports per protocol, priority and description', () => {
    const f = { ...emptyRuleForm([]), localPort: '22', description: 'ssh' };
    expect(ruleProblems(f)).toEqual({});
    expect(
      Object.keys(
        ruleProblems({
          ...f,
          target: '10.0.0.0/40',
          localPort: '90-80',
          priority: 0,
          description: ' ',
        }),
      ),
    ).toEqual(['target', 'localPort', 'priority', 'description']);
    expect(ruleProblems({ ...f, protocol: 'ICMP', localPort: 'x' })).toEqual({});
    expect(ruleProblems({ ...f, ruleType: 'mac' }).target).toMatch(/MAC/);
    expect(toRuleInput('g', { ...f, protocol: 'ICMP' })).not.toHaveProperty('LocalPort');
    expect(toRuleInput('g', f)).toMatchObject({
      Action: '1',
      LocalPort: '22',
      TargetPort: '0',
      Direction: 'all',
      Priority: 1,
    });
  });

  it('suggests the priority after the last, leaving a catch-all at 100 last', () => {
    expect(nextPriority([rule('a', 10), rule('b', 20), rule('z', 100)])).toBe(21);
    expect(nextPriority([])).toBe(1);
  });
});

describe('re-ordering rules', () => {
  it('swaps two priorities when they are distinct', () => {
    const rules = [rule('a', 10), rule('b', 20), rule('c', 100)];
    expect(reorder(rules, 'b', -1)).toEqual([
      { RuleId: 'b', Priority: 10 },
      { RuleId: 'a', Priority: 20 },
    ]);
    expect(reorder(rules, 'b', 1)).toEqual([
      { RuleId: 'c', Priority: 20 },
      { RuleId: 'b', Priority: 100 },
    ]);
    expect(reorder(rules, 'a', -1)).toEqual([]);
  });

  it('numbers the rules 1, 2, 3 when priorities repeat', () => {
    const rules = [rule('a', 5), rule('b', 5), rule('c', 5)];
    expect(reorder(rules, 'c', -1)).toEqual([
      { RuleId: 'a', Priority: 1 },
      { RuleId: 'c', Priority: 2 },
      { RuleId: 'b', Priority: 3 },
    ]);
  });
});
