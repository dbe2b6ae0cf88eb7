import type { DiskGood } from '@console/api-types';
import { describe, expect, it } from 'vitest';
import { makeT } from '../../i18n/i18n';
import { initialForm, issuesToErrors, toCreateInput, validateCreate, type CreateForm } from './create-form';

const t = makeT('en');
const goods: DiskGood[] = [{ type: 'ssd_disk', minSize: 10, maxSize: 2000, step: 10 }];
const valid = (over: Partial<CreateForm> = {}): CreateForm => ({
  ...initialForm('CN_Beijing_A'),
  vdcId: 'vdc-1',
  instanceType: 'Standard',
  imageId: 'Centos_7.6_64',
  name: 'web-01',
  password: 'Str0ng!Pass',
  confirm: 'Str0ng!Pass',
  ...over,
});

describe('toCreateInput', () => {
  it('sends only the entry fields, PrePaid extras only when PrePaid', () => {
    expect(toCreateInput(valid())).toEqual({
      RegionId: 'CN_Beijing_A',
      VdcId: 'vdc-1',
      Password: 'Str0ng!Pass',
      InstanceChargeType: 'PostPaid',
      Cpu: 2,
      Ram: 4,
      Amount: 1,
      InstanceName: 'web-01',
      InstanceType: 'Standard',
      ImageId: 'Centos_7.6_64',
    });
    const pre = toCreateInput(valid({ chargeType: 'PrePaid', months: 6, autoRenew: true, publicIp: 'auto' }));
    expect(pre).toMatchObject({ InstanceChargeType: 'PrePaid', PrepaidMonth: 6, AutoRenew: 1, PublicIp: 'auto' });
  });
});

describe('validateCreate', () => {
  it('accepts a complete form', () => {
    expect(validateCreate(valid(), goods, t)).toEqual({});
  });
  it('checks with the catalog schema and the form rules, localized', () => {
    const errors = validateCreate(valid({ vdcId: '', password: 'weak', confirm: 'other', amount: 120, name: '-bad' }), goods, t);
    expect(errors.VdcId).toBe('Choose a VDC');
    expect(errors.Password).toBe('The password does not follow the rule below');
    expect(errors.confirm).toBe('The two passwords differ');
    expect(errors.Amount).toBe('Amount is a whole number from 1 to 99');
    expect(errors.InstanceName).toMatch(/not starting with a symbol/);
  });
  it('checks data disks against the region limits', () => {
    const errors = validateCreate(
      valid({ disks: [{ key: 'a', type: 'ssd_disk', size: 15 }, { key: 'b', type: 'ssd_disk', size: 100 }] }),
      goods,
      t,
    );
    expect(errors['DataDisks.0.Size']).toBe('Size must be 10–2000 GB in steps of 10');
    expect(errors['DataDisks.1.Size']).toBeUndefined();
  });
  it('puts server issues back on their fields', () => {
    expect(issuesToErrors([{ path: 'Password', message: 'bad' }])).toEqual({ Password: 'bad' });
  });
});
