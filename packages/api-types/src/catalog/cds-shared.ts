import { z } from 'zod';
import { DATETIME_RULE, isIpv4 } from '../values';

// The plain values (regions, instance types, sizes) live in ../values so the browser can have them without zod.
export * from '../values';

export const regionId = z
  .string({ error: 'RegionId is required' })
  .regex(/^[A-Z]+_[A-Za-z]+_[A-Z]$/, 'RegionId must look like CN_Beijing_A (see appendix 1)');

export const oneOf = (values: readonly number[], name: string) =>
  z.coerce
    .number()
    .refine((v) => values.includes(v), `${name} must be one of ${values.join(', ')}`);

export const uuidLike = (name: string) =>
  z.string({ error: `${name} is required` }).min(1, `${name} is required`);

export const pageNumber = z.coerce.number().int().min(1, 'PageNumber starts at 1');
export const pageSize = z.coerce.number().int().min(1).max(100, 'PageSize is at most 100');

// ---------------------------------------------------------------------------------------
// Helpers shared by the entries added after the first slice (instance operations, security
// groups, templates, network, billing, PaaS, MOS). The exports above are unchanged.
// ---------------------------------------------------------------------------------------

/** A TaskId as answered: a string in most products, a number in Memcached; always a string after parsing. */
export const taskIdValue = z.union([z.string(), z.number()]).transform(String);

/** One value or a list of them, as a list (documents mix the two). */
export const asList = <T>(v: T | T[] | undefined | null): T[] =>
  Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];

/**
 * The answer of a CDS write whose TaskId is documented at the top level. TaskID (capital D)
 * is read as TaskId (CreateDisk's table spells it so); an empty TaskId means "nothing to follow".
 */
export const cdsTaskAnswerLoose = z
  .looseObject({
    Code: z.string(),
    Message: z.string().optional(),
    RequestId: z.string().optional(),
    TaskId: taskIdValue.optional(),
    TaskID: taskIdValue.optional(),
    Data: z.unknown().optional(),
  })
  .refine((r) => r.TaskId !== undefined || r.TaskID !== undefined, 'The answer carries no TaskId');

/** Normalized answer of a task-starting write. */
export const toTaskResult = (raw: { TaskId?: string; TaskID?: string }) => ({
  taskId: raw.TaskId ?? raw.TaskID ?? '',
});

/** The answer of a CDS write that starts no task (or one the documents do not ask us to follow). */
export const cdsAckAnswer = z.looseObject({
  Code: z.string(),
  Message: z.string().optional(),
  RequestId: z.string().optional(),
  TaskId: taskIdValue.optional(),
  Data: z.unknown().optional(),
});

/** Normalized answer of a write without a task: the message, and any non-empty TaskId as information. */
export const toAck = (raw: { Message?: string; TaskId?: string }) => ({
  ok: true as const,
  message: raw.Message,
  ...(raw.TaskId ? { taskId: raw.TaskId } : {}),
});

/** 0 or 1, given as a number or a numeric string. */
export const zeroOrOne = (name: string, meaning: string) =>
  z.coerce
    .number({ error: `${name} must be 0 or 1 (${meaning})` })
    .refine((v) => v === 0 || v === 1, `${name} must be 0 or 1 (${meaning})`);

/** A required non-empty string with a readable message. */
export const requiredText = (name: string, max?: number) => {
  const s = z
    .string({ error: `${name} is required` })
    .trim()
    .min(1, `${name} is required`);
  return max ? s.max(max, `${name} is at most ${max} characters`) : s;
};

/** A whole number in a range, coerced from strings, with one message for every failure. */
export const intInRange = (name: string, min: number, max: number, unit = '') => {
  const msg = `${name} must be a whole number from ${min} to ${max}${unit ? ` ${unit}` : ''}`;
  return z.coerce.number({ error: msg }).int(msg).min(min, msg).max(max, msg);
};

/** A whole number that is a multiple of `step` within [min, max]. */
export const stepped = (name: string, min: number, max: number, step: number, unit = '') => {
  const msg = `${name} must be ${min}–${max}${unit ? ` ${unit}` : ''} in steps of ${step}`;
  return z.coerce
    .number({ error: msg })
    .int(msg)
    .min(min, msg)
    .max(max, msg)
    .refine((v) => v % step === 0, msg);
};

export const ipv4 = (name: string) =>
  z
    .string({ error: `${name} is required` })
    .refine(isIpv4, `${name} must be an IPv4 address such as 10.0.0.1`);

export const dateTime = (name: string) =>
  z
    .string({ error: `${name} is required` })
    .regex(DATETIME_RULE, `${name} must look like 2019-10-09 15:30:00 (YYYY-MM-DD HH:mm:ss)`);
/** Milliseconds of a "YYYY-MM-DD HH:mm:ss" time, read as UTC (only differences are compared). */
export const dateTimeMs = (s: string) => Date.parse(`${s.replace(' ', 'T')}Z`);
/** end − start in milliseconds, or undefined when either is not a valid "YYYY-MM-DD HH:mm:ss" time. */
export const spanMs = (start: unknown, end: unknown): number | undefined => {
  if (typeof start !== 'string' || typeof end !== 'string') return undefined;
  if (!DATETIME_RULE.test(start) || !DATETIME_RULE.test(end)) return undefined;
  const d = dateTimeMs(end) - dateTimeMs(start);
  return Number.isNaN(d) ? undefined : d;
};

/** Data disk of CreateDisk: the same rule as CreateInstance's data disks. */
export const cdsDataDisk = z.strictObject({
  Size: z.coerce
    .number({ error: 'Data disk Size is required (GB)' })
    .int('Data disk Size must be a whole number of GB')
    .min(10, 'Data disk size is at least 10 GB')
    .max(4000, 'Data disk size is at most 4000 GB'),
  Type: z
    .string({ error: 'Data disk Type is required, e.g. ssd_disk or high_disk' })
    .min(1, 'Data disk Type is required, e.g. ssd_disk or high_disk'),
  /** Not in the table; the published SDKs send it (cds-gic-sdk-go DataDisk.IOPS). */
  IOPS: z.coerce.number().int('IOPS must be a whole number').min(1, 'IOPS is at least 1').optional(),
});

/**
 * The system disk the published SDKs send in CreateInstance (cds-gic-sdk-go SystemDisk: Type,
 * Size, IOPS); the table lists SystemDisk only in DescribeInstances' answer. Every field optional:
 * what is absent keeps the image's default (40 GB Linux, 80 GB Windows).
 */
export const cdsSystemDisk = z.object({
  Type: z.string().min(1, 'SystemDisk.Type, when given, is a disk type such as ssd_disk').optional(),
  Size: z.coerce
    .number()
    .int('SystemDisk.Size must be a whole number of GB')
    .min(40, 'SystemDisk.Size is at least 40 GB')
    .max(2000, 'SystemDisk.Size is at most 2000 GB')
    .optional(),
  IOPS: z.coerce.number().int('SystemDisk.IOPS must be a whole number').min(1, 'SystemDisk.IOPS is at least 1').optional(),
});

