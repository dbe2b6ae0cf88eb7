import { describe, expect, it } from 'vitest';
import type { CloudAccount } from '../api/accounts';
import { defaultAccount, keepShared, resolveAccount, sharedSearch, withAccount } from './account';

const acc = (id: string, provider: 'cds' | 'mos') => ({ id, provider, name: id }) as CloudAccount;
const list = [acc('m1', 'mos'), acc('c1', 'cds'), acc('c2', 'cds')];

describe('resolveAccount', () => {
  it('takes the account the URL names, else the first CDS account', () => {
    expect(resolveAccount(list, 'c2')).toEqual({ account: list[2], missing: false });
    expect(resolveAccount(list, null)).toEqual({ account: list[1], missing: false });
    expect(resolveAccount([acc('m1', 'mos')], null).account?.id).toBe('m1');
  });
  it('takes the default an admin chose (marked by the BFF) when the URL names none', () => {
    const marked = [acc('m1', 'mos'), acc('c1', 'cds'), { ...acc('c2', 'cds'), isDefault: true }];
    expect(resolveAccount(marked, null).account?.id).toBe('c2');
    expect(defaultAccount([acc('m1', 'mos'), { ...acc('m2', 'mos'), isDefault: true }], 'mos')?.id).toBe('m2');
  });
  it('says when the named account is not there, rather than quietly using another', () => {
    expect(resolveAccount(list, 'gone')).toEqual({ missing: true });
    expect(resolveAccount(undefined, 'c1')).toEqual({ missing: false });
  });
});

describe('shared search params', () => {
  it('keeps region and account when a page writes its own state', () => {
    const current = new URLSearchParams('region=CN_Beijing_A&account=c2&q=old&page=3');
    expect(keepShared(current, new URLSearchParams('q=new')).toString()).toBe('q=new&region=CN_Beijing_A&account=c2');
    expect(sharedSearch(current)).toBe('?region=CN_Beijing_A&account=c2');
    expect(sharedSearch(new URLSearchParams('q=x'))).toBe('');
  });
  it('drops what belongs to the old account when switching', () => {
    const next = withAccount(new URLSearchParams('region=CN_Beijing_A&vdc=v-1&page=2&status=running'), 'c2');
    expect(next.toString()).toBe('region=CN_Beijing_A&status=running&account=c2');
  });
});
