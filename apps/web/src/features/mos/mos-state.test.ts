import { describe, expect, it } from 'vitest';
import {
  durationOf,
  metadataChanges,
  metadataProblems,
  MOS_RULES,
  mosListInput,
  pageCountOf,
  parseMosListState,
  publicKeyProblem,
  serializeMosListState,
  sizeFromMb,
} from './mos-state';

describe('the MOS list state in the URL', () => {
  it('round-trips, and bad values fall back to the defaults', () => {
    const s = parseMosListState(new URLSearchParams('status=suspend,ready&q=web&page=3&size=20'));
    expect(s).toEqual({ status: ['ready', 'suspend'], q: 'web', page: 3, size: 20 });
    expect(serializeMosListState(s).toString()).toBe('status=ready%2Csuspend&q=web&page=3&size=20');
    expect(parseMosListState(new URLSearchParams('status=gone&page=-1&size=7'))).toEqual({ page: 1, size: 10 });
    expect(serializeMosListState({ page: 1, size: 10 }).toString()).toBe('');
  });

  it('keeps the sort in the URL (?sort=-name), only by the columns the list sorts by', () => {
    const s = parseMosListState(new URLSearchParams('sort=-name&page=2'));
    expect(s.sort).toEqual({ key: 'name', dir: 'desc' });
    expect(serializeMosListState(s).toString()).toBe('sort=-name&page=2');
    expect(parseMosListState(new URLSearchParams('sort=ipAddresses')).sort).toBeUndefined();
  });

  it('asks DescribeInstances for one page with status and name filters (a part of the name, or the person’s wildcards)', () => {
    expect(mosListInput({ page: 3, size: 20, status: ['running', 'ready'], q: 'web' })).toEqual({
      Limit: 20,
      Offset: 40,
      Filters: [
        { Name: 'status', Values: ['running', 'ready'] },
        { Name: 'name', Values: ['*web*'] },
      ],
    });
    expect(mosListInput({ page: 1, size: 10, q: 'web-0?' }).Filters).toEqual([{ Name: 'name', Values: ['web-0?'] }]);
    expect(mosListInput({ page: 1, size: 10 })).toEqual({ Limit: 10, Offset: 0 });
    expect(pageCountOf(21, 10)).toBe(3);
    expect(pageCountOf(0, 10)).toBe(1);
  });
});

describe('what an instance may do in its state', () => {
  it.each([
    ['ready', { start: undefined, stop: 'mos.reason.onlyRunning', changeType: undefined, reboot: 'mos.reason.onlyRunning', rebuild: undefined }],
    ['running', { start: 'mos.reason.onlyReady', stop: undefined, changeType: 'mos.reason.onlyReady', reboot: undefined, rebuild: undefined }],
    ['suspend', { start: 'mos.reason.suspended', stop: 'mos.reason.onlyRunning', changeType: 'mos.reason.onlyReady', renew: undefined, rebuild: 'mos.reason.suspended' }],
    ['stopping', { start: 'mos.reason.onlySettled', stop: 'mos.reason.onlySettled', renew: 'mos.reason.onlySettled', terminate: 'mos.reason.onlySettled' }],
  ] as const)('%s', (status, expected) => {
    for (const [rule, reason] of Object.entries(expected)) expect([rule, MOS_RULES[rule as keyof typeof MOS_RULES]({ status })]).toEqual([rule, reason]);
  });
});

describe('durations, metadata, keys and sizes', () => {
  it('durations: whole numbers within 8760 hours or 36 months', () => {
    expect(durationOf(72, 'H')).toBe('72H');
    expect(durationOf('1', 'M')).toBe('1M');
    expect([durationOf(0, 'H'), durationOf(1.5, 'H'), durationOf(8761, 'H'), durationOf(37, 'M'), durationOf('', 'M')]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('metadata: changed and new keys with their values, removed keys with an empty value, nothing when unchanged', () => {
    const before = { os_name: 'Linux', role: 'web', old: 'x' };
    expect(
      metadataChanges(before, [
        { key: 'os_name', value: 'Linux' },
        { key: 'role', value: 'db' },
        { key: 'owner', value: '张三' },
        { key: '  ', value: 'ignored' },
      ]),
    ).toEqual({ Names: ['role', 'owner', 'old'], Values: ['db', '张三', ''] });
    expect(metadataChanges(before, Object.entries(before).map(([key, value]) => ({ key, value })))).toBeUndefined();
    expect(metadataProblems([{ key: 'ok', value: '' }, { key: '1bad', value: '' }, { key: 'ok', value: '' }])).toEqual(
      new Map([
        [1, 'mos.meta.badKey'],
        [2, 'mos.meta.duplicate'],
      ]),
    );
  });

  it('public keys: OpenSSH lines pass, private keys and junk are refused with a reason', () => {
    expect(publicKeyProblem('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE4X me@host\n')).toBeUndefined();
    expect(publicKeyProblem('-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl')).toBe('mos.keys.privateKey');
    expect(publicKeyProblem('hello')).toBe('mos.keys.materialInvalid');
  });

  it('sizes from MB', () => {
    expect([sizeFromMb(512), sizeFromMb(4096), sizeFromMb(1536), sizeFromMb(undefined)]).toEqual(['512 MB', '4 GB', '1.5 GB', '—']);
  });
});
