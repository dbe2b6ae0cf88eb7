import type { DiskGood } from '@console/api-types';
import { describe, expect, it } from 'vitest';
import { makeT } from '../../../i18n/i18n';
import { chargeProblems, nextSize, resizeProblem, specProblem, toChargeInput, toSpecInput, validateNewDisks } from './forms';

const t = makeT('en');
const high: DiskGood = { type: 'high_disk', minSize: 100, maxSize: 4000, step: 100 };
const ssd: DiskGood = { type: 'ssd_disk', minSize: 10, maxSize: 2000, step: 10 };

describe('resizeProblem', () => {
  it('only grows a disk, within the region limits, on its step', () => {
    expect(resizeProblem(200, 300, high, t)).toBeUndefined();
    expect(resizeProblem(200, 200, high, t)).toBe('Larger than the current 200 GB');
    expect(resizeProblem(200, 100, high, t)).toBe('Larger than the current 200 GB');
    expect(resizeProblem(200, 250, high, t)).toBe('In steps of 100 GB');
    expect(resizeProblem(200, 4100, high, t)).toBe('At most 4000 GB');
    expect(resizeProblem(200, '', high, t)).toBe('Enter a size');
    expect(resizeProblem(50, 50.5, ssd, t)).toBe('A whole number of GB');
  });
  it('falls back to the catalog bound when the disk type is not sold', () => {
    expect(resizeProblem(100, 4000, undefined, t)).toBeUndefined();
    expect(resizeProblem(100, 4001, undefined, t)).toBe('At most 4000 GB');
    expect(resizeProblem(100, 101, undefined, t)).toBeUndefined();
  });
  it('suggests the next step up', () => {
    expect(nextSize(200, high)).toBe(300);
    expect(nextSize(250, high)).toBe(300);
    expect(nextSize(50, ssd)).toBe(60);
    expect(nextSize(50, undefined)).toBe(51);
  });
});

describe('validateNewDisks', () => {
  it('checks each disk and the 14-disk limit', () => {
    expect(validateNewDisks([{ key: 'a', type: 'ssd_disk', size: 20 }], 3, [ssd], t)).toEqual({});
    expect(validateNewDisks([], 3, [ssd], t).DataDisks).toBe('Add at least one disk');
    const rows = [
      { key: 'a', type: 'ssd_disk', size: 15 },
      { key: 'b', type: '', size: 20 },
    ];
    const errors = validateNewDisks(rows, 13, [ssd], t);
    expect(errors.DataDisks).toBe('Only 1 more data disk(s) fit');
    expect(errors['DataDisks.0.Size']).toBe('Size must be 10–2000 GB in steps of 10');
    expect(errors['DataDisks.1.Type']).toBe('Choose a disk type');
  });
});

describe('spec and billing forms', () => {
  const i = { id: 'i-1', cpu: 2, ram: 4 };
  it('sends only what changes and refuses no change or values the catalog does not allow', () => {
    expect(toSpecInput(i, 4, 4)).toEqual({ InstanceId: 'i-1', Cpu: 4 });
    expect(toSpecInput(i, 4, 8)).toEqual({ InstanceId: 'i-1', Cpu: 4, Ram: 8 });
    expect(specProblem(i, 2, 4, t)).toBe('Pick a different CPU or RAM size');
    expect(specProblem(i, 3, 4, t)).toBe('Choose a CPU size');
    expect(specProblem(i, 2, 5, t)).toBe('Choose a memory size');
    expect(specProblem(i, 2, 8, t)).toBeUndefined();
  });
  it('asks months and renewal only for monthly billing', () => {
    expect(toChargeInput('i-1', { type: 'PostPaid', months: 3, autoRenew: true })).toEqual({ InstanceId: 'i-1', InstanceChargeType: 'PostPaid' });
    expect(toChargeInput('i-1', { type: 'PrePaid', months: 3, autoRenew: true })).toEqual({
      InstanceId: 'i-1',
      InstanceChargeType: 'PrePaid',
      PrepaidMonth: 3,
      AutoRenew: 1,
    });
    expect(chargeProblems('PostPaid', { type: 'PrePaid', months: 0, autoRenew: false }, t)).toEqual({});
    expect(chargeProblems('PostPaid', { type: 'PostPaid', months: 1, autoRenew: false }, t).type).toBe('The instance is billed this way already');
    expect(chargeProblems('PostPaid', { type: 'PrePaid', months: 37, autoRenew: false }, t).months).toBe('A whole number of months from 0 to 36');
    expect(chargeProblems('PostPaid', { type: 'PrePaid', months: '', autoRenew: false }, t).months).toBeDefined();
  });
});
