import type { DiskGood } from '@console/api-types/client';
// The form validates with the entry's own schema: this page's chunk carries the instance catalog's zod schemas.
import { cdsPassword, CreateInstance } from '@console/api-types/catalog/cds-ccs-instances';
import type { z } from 'zod';
import type { MessageKey, Translate } from '../../i18n/i18n';
import { diskSizeProblem, type DiskRow, type FormErrors } from './form-rules';

export { PASSWORD_CHECKS } from './form-rules';
export type { DiskRow, FormErrors };

/** What the create form holds while the person types. */
export interface CreateForm {
  region: string;
  vdcId: string;
  instanceType: string;
  imageId: string;
  cpu: number;
  ram: number;
  disks: DiskRow[];
  name: string;
  password: string;
  confirm: string;
  amount: number | '';
  chargeType: 'PostPaid' | 'PrePaid';
  months: number;
  autoRenew: boolean;
  publicIp: 'none' | 'auto';
}

export const initialForm = (region: string): CreateForm => ({
  region,
  vdcId: '',
  instanceType: '',
  imageId: '',
  cpu: 2,
  ram: 4,
  disks: [],
  name: '',
  password: '',
  confirm: '',
  amount: 1,
  chargeType: 'PostPaid',
  months: 1,
  autoRenew: false,
  publicIp: 'none',
});

export type CreateInput = z.input<typeof CreateInstance.input>;

/** The CreateInstance parameters of a form: exactly the entry's input fields, nothing else. */
export function toCreateInput(f: CreateForm): CreateInput {
  const input: CreateInput = {
    RegionId: f.region,
    VdcId: f.vdcId,
    Password: f.password,
    InstanceChargeType: f.chargeType,
    Cpu: f.cpu,
    Ram: f.ram,
    Amount: f.amount === '' ? undefined : f.amount,
  };
  if (f.name.trim()) input.InstanceName = f.name.trim();
  if (f.instanceType) input.InstanceType = f.instanceType;
  if (f.imageId) input.ImageId = f.imageId;
  if (f.disks.length) input.DataDisks = f.disks.map((d) => ({ Size: d.size === '' ? undefined : d.size, Type: d.type }));
  if (f.publicIp === 'auto') input.PublicIp = 'auto';
  if (f.chargeType === 'PrePaid') {
    input.PrepaidMonth = f.months;
    input.AutoRenew = f.autoRenew ? 1 : 0;
  }
  return input;
}

/** Localized messages for the entry's fields; the schema's English message is the fallback. */
const FIELD_MESSAGES: Record<string, MessageKey> = {
  RegionId: 'create.err.region',
  VdcId: 'create.err.vdc',
  Password: 'create.err.password',
  InstanceName: 'create.err.name',
  Cpu: 'create.err.cpu',
  Ram: 'create.err.ram',
  Amount: 'create.err.amount',
  PrepaidMonth: 'create.err.months',
  DataDisks: 'create.err.disks',
};


/**
 * Validates with the catalog entry's own input schema (what the BFF will check), plus what only
 * the form knows: the confirmation, the chosen type and image, and the region's disk limits.
 */
export function validateCreate(f: CreateForm, diskGoods: readonly DiskGood[], t: Translate): FormErrors {
  const errors: FormErrors = {};
  const parsed = CreateInstance.input.safeParse(toCreateInput(f));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      if (errors[path]) continue;
      const top = String(issue.path[0] ?? '');
      const isDisk = top === 'DataDisks' && issue.path.length > 1;
      errors[path] = isDisk ? issue.message : FIELD_MESSAGES[top] ? t(FIELD_MESSAGES[top]) : issue.message;
    }
  }
  if (!f.vdcId) errors.VdcId = t('create.err.vdc');
  if (!f.instanceType) errors.InstanceType = t('create.err.instanceType');
  if (!f.imageId) errors.ImageId = t('create.err.image');
  if (!cdsPassword.safeParse(f.password).success) errors.Password = t('create.err.password');
  if (f.confirm !== f.password) errors.confirm = t('create.err.confirm');
  f.disks.forEach((d, n) => {
    const good = diskGoods.find((g) => g.type === d.type);
    if (!d.type) errors[`DataDisks.${n}.Type`] = t('create.err.diskType');
    const problem = diskSizeProblem(d.size, good, t);
    if (problem) errors[`DataDisks.${n}.Size`] = problem;
  });
  return errors;
}

/** Server-side validation issues, put back on the fields they name. */
export function issuesToErrors(issues: readonly { path: string; message: string }[] | undefined): FormErrors {
  const errors: FormErrors = {};
  for (const i of issues ?? []) if (!errors[i.path]) errors[i.path] = i.message;
  return errors;
}
