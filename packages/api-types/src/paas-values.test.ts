import { describe, expect, it } from 'vitest';
import { entry, expectAccepted, expectRejected } from '../test/input-check';
import { dbPasswordProblems, dbPerformancePeriod } from './paas-values';

const HOUR = 3600_000;

describe('privileged account rules', () => {
  it('a password needs 8–32 characters of three classes from the allowed set', () => {
    expect(dbPasswordProblems('Str0ng!Pass')).toEqual([]);
    expect(dbPasswordProblems('abcDEF12')).toEqual([]);
    expect(dbPasswordProblems('Ab1!')).toEqual(['length']);
    expect(dbPasswordProblems('abcdefgh')).toEqual(['classes']);
    expect(dbPasswordProblems('abcDEF12 ')).toEqual(['characters']);
    expect(dbPasswordProblems('x'.repeat(33))).toEqual(['length', 'classes']);
  });

  it('CreatePrivilegedAccount refuses reserved or malformed names and weak passwords, saying why', () => {
    const a = entry('cds', 'mysql', 'CreatePrivilegedAccount');
    const ok = { InstanceUuid: 'u', AccountName: 'app_admin', Password: 'Str0ng!Pass', AccountType: 'Super' };
    expectAccepted(a, ok);
    expectRejected(a, { ...ok, AccountName: 'root' }, 'not root, mysql');
    expectRejected(a, { ...ok, AccountName: '1app' }, 'starting with a letter');
    expectRejected(a, { ...ok, Password: 'password' }, 'at least three of');
  });
});

describe('adaptive granularity of DescribeDBInstancePerformance', () => {
  it('30 s up to 4 h, 1 min up to 2 d, 5 min up to 10 d, 1 h beyond', () => {
    expect(dbPerformancePeriod(HOUR)).toBe(30);
    expect(dbPerformancePeriod(4 * HOUR)).toBe(30);
    expect(dbPerformancePeriod(4 * HOUR + 1000)).toBe(60);
    expect(dbPerformancePeriod(48 * HOUR)).toBe(60);
    expect(dbPerformancePeriod(49 * HOUR)).toBe(300);
    expect(dbPerformancePeriod(240 * HOUR)).toBe(300);
    expect(dbPerformancePeriod(241 * HOUR)).toBe(3600);
  });
});
