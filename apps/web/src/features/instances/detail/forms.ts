import { CDS_CPU_VALUES, CDS_RAM_VALUES, cdsCcsInstanceOps, type DiskGood, type Instance } from '@console/api-types/client';
import type { ActionInput } from '../../../api/client';
import type { Translate } from '../../../i18n/i18n';
import { diskSizeProblem, type DiskRow, type FormErrors } from '../form-rules';
import { MAX_DATA_DISKS } from './rules';

/** The size limits when the region's goods do not name the disk's type: the catalog's bounds. */
export const CATALOG_DISK_LIMITS = { minSize: 10, maxSize: 4000, step: 1 } as const;

/**
 * The problem with growing a disk from `current` to `next` GB, or undefined. A disk only grows
 * (the cloud answers InvalidDiskSize.TooSmall otherwise), within what the region sells, on its step.
 */
export function resizeProblem(current: number, next: number | '', good: DiskGood | undefined, t: Translate): string | undefined {
  if (next === '' || !Number.isFinite(next)) return t('create.err.diskSizeRequired');
  if (!Number.isInteger(next)) return t('compute.err.wholeGb');
  if (next <= current) return t('compute.err.resizeLarger', { size: current });
  const max = good?.maxSize ?? CATALOG_DISK_LIMITS.maxSize;
  if (next > max) return t('compute.err.resizeMax', { max });
  if (good && (next - good.minSize) % good.step !== 0) return t('compute.err.resizeStep', { step: good.step });
  return undefined;
}

/** The smallest size a disk can grow to: the next step above the current size. */
export function nextSize(current: number, good: DiskGood | undefined): number {
  if (!good) return current + 1;
  const steps = Math.floor((current - good.minSize) / good.step) + 1;
  return Math.max(good.minSize, good.minSize + steps * good.step);
}

/** New data disks to add: each on the region's limits, and all of them within the 14-disk limit. */
export function validateNewDisks(rows: readonly DiskRow[], existing: number, goods: readonly DiskGood[], t: Translate): FormErrors {
  const errors: FormErrors = {};
  if (rows.length === 0) errors.DataDisks = t('compute.err.addOneDisk');
  if (existing + rows.length > MAX_DATA_DISKS) errors.DataDisks = t('compute.err.tooManyDisks', { left: Math.max(0, MAX_DATA_DISKS - existing) });
  rows.forEach((d, n) => {
    if (!d.type) errors[`DataDisks.${n}.Type`] = t('create.err.diskType');
    const problem = diskSizeProblem(d.size, goods.find((g) => g.type === d.type), t);
    if (problem) errors[`DataDisks.${n}.Size`] = problem;
  });
  return errors;
}

export type SpecInput = ActionInput<typeof cdsCcsInstanceOps.ModifyInstanceSpec>;

/** Only the values that change are sent (the document: a missing value is not changed). */
export function toSpecInput(i: Pick<Instance, 'id' | 'cpu' | 'ram'>, cpu: number, ram: number): SpecInput {
  const input: SpecInput = { InstanceId: i.id };
  if (cpu !== i.cpu) input.Cpu = cpu;
  if (ram !== i.ram) input.Ram = ram;
  return input;
}

export function specProblem(i: Pick<Instance, 'cpu' | 'ram'>, cpu: number, ram: number, t: Translate): string | undefined {
  if (!(CDS_CPU_VALUES as readonly number[]).includes(cpu)) return t('create.err.cpu');
  if (!(CDS_RAM_VALUES as readonly number[]).includes(ram)) return t('create.err.ram');
  if (cpu === i.cpu && ram === i.ram) return t('compute.err.specSame');
  return undefined;
}

export interface ChargeForm {
  type: 'PrePaid' | 'PostPaid';
  months: number | '';
  autoRenew: boolean;
}

export type ChargeInput = ActionInput<typeof cdsCcsInstanceOps.ModifyInstanceChargeType>;

export function toChargeInput(instanceId: string, f: ChargeForm): ChargeInput {
  if (f.type === 'PostPaid') return { InstanceId: instanceId, InstanceChargeType: 'PostPaid' };
  return {
    InstanceId: instanceId,
    InstanceChargeType: 'PrePaid',
    PrepaidMonth: f.months === '' ? undefined : f.months,
    AutoRenew: f.autoRenew ? 1 : 0,
  };
}

/** The charge change's problems: it must change something, and monthly needs 0–36 whole months. */
export function chargeProblems(current: string, f: ChargeForm, t: Translate): FormErrors {
  const errors: FormErrors = {};
  if (f.type === current) errors.type = t('compute.err.chargeSame');
  if (f.type === 'PrePaid' && (f.months === '' || !Number.isInteger(f.months) || f.months < 0 || f.months > 36)) {
    errors.months = t('compute.err.months');
  }
  return errors;
}
