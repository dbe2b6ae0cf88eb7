import { z } from 'zod';

/** Region ids of the core document's appendix 1 (附件一). */
export const CDS_REGIONS = [
  { id: 'CN_Beijing_A', zh: '北京1', en: 'Beijing 1' },
  { id: 'CN_Beijing_B', zh: '北京2', en: 'Beijing 2' },
  { id: 'CN_Beijing_C', zh: '北京3', en: 'Beijing 3' },
  { id: 'CN_Beijing_D', zh: '北京4（测试）', en: 'Beijing 4 (test)' },
  { id: 'CN_Beijing_E', zh: '北京5', en: 'Beijing 5' },
  { id: 'CN_Beijing_F', zh: '北京6（测试）', en: 'Beijing 6 (test)' },
  { id: 'US_Dallas_A', zh: '达拉斯1', en: 'Dallas 1' },
  { id: 'US_Dallas_B', zh: '达拉斯2', en: 'Dallas 2' },
  { id: 'US_Dallas_C', zh: '达拉斯3', en: 'Dallas 3' },
  { id: 'EUR_Germany_A', zh: '德国1', en: 'Germany 1' },
  { id: 'EUR_Germany_B', zh: '德国2', en: 'Germany 2' },
  { id: 'APAC_Tokyo_A', zh: '东京1', en: 'Tokyo 1' },
  { id: 'CN_Guangzhou_A', zh: '广州1', en: 'Guangzhou 1' },
  { id: 'EUR_Netherlands_A', zh: '荷兰1', en: 'Netherlands 1' },
  { id: 'US_LosAngeles_A', zh: '洛杉矶1', en: 'Los Angeles 1' },
  { id: 'US_NewYork_A', zh: '纽约1', en: 'New York 1' },
  { id: 'CN_Shanghai_A', zh: '上海1', en: 'Shanghai 1' },
  { id: 'CN_Shanghai_B', zh: '上海2（测试）', en: 'Shanghai 2 (test)' },
  { id: 'APAC_Seoul_A', zh: '首尔1', en: 'Seoul 1' },
  { id: 'CN_Taipei_A', zh: '台北1', en: 'Taipei 1' },
  { id: 'CN_Wuxi_A', zh: '无锡1', en: 'Wuxi 1' },
  { id: 'CN_Hongkong_A', zh: '香港1', en: 'Hong Kong 1' },
  { id: 'APAC_Singapore_A', zh: '新加坡1', en: 'Singapore 1' },
  { id: 'APAC_Singapore_B', zh: '新加坡2', en: 'Singapore 2' },
  { id: 'APAC_Mumbai_A', zh: '孟买1', en: 'Mumbai 1' },
] as const;

export const regionId = z
  .string({ error: 'RegionId is required' })
  .regex(/^[A-Z]+_[A-Za-z]+_[A-Z]$/, 'RegionId must look like CN_Beijing_A (see appendix 1)');

/** Instance types of appendix 2 (附件二). */
export const CDS_INSTANCE_TYPES = [
  'IO', 'High', 'Standard', 'General', 'Balance', 'Compact', 'Memory', 'Exclusive',
  'HighIO', 'Compute', 'G2_General', 'G2_Compute', 'G2_Memory',
] as const;

/** Values the core document allows for Cpu and Ram (GB). */
export const CDS_CPU_VALUES = [1, 2, 4, 8, 10, 16, 32] as const;
export const CDS_RAM_VALUES = [1, 2, 4, 8, 12, 16, 24, 32, 48, 64, 96, 128] as const;

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

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
export const isIpv4 = (s: string) => IPV4.test(s);
export const ipv4 = (name: string) =>
  z
    .string({ error: `${name} is required` })
    .refine(isIpv4, `${name} must be an IPv4 address such as 10.0.0.1`);

/** "YYYY-MM-DD HH:mm:ss", the time format of the monitoring actions. */
export const DATETIME_RULE = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
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
});

/** Bandwidth types of appendix 3 (附件三): hints for the UI; regions sell their own (DescribeAvailableResource). */
export const CDS_BANDWIDTH_TYPES = [
  'Bandwidth_CMCC',
  'Bandwidth_China_Unicom',
  'Southeast_Asia_Optimizes_Bandwidth',
  'Test_Ipv6',
  'Bandwidth_Japan_Locally',
  'Bandwidth_Korea_Locally',
  'Bandwidth_BGP',
  'Bandwidth_Korea_Optimized',
  'Bandwidth_Taiwai_Optimized',
  'Bandwidth_China_Telecom',
  'Bandwidth_Tow_Line_BGP',
  'Bandwidth_China_Optimized',
  'Customer_Specific_Bandwidth',
  'Bandwidth_VIP_Dedicated',
  'Globally_Optimized_BGP',
] as const;
