import { z } from 'zod';
import { cdsEnvelope, defineAction, loose } from '../define';
import type { Bill, BillDetail, MeteringPool } from '../normalized/billing';
import { uuidLike } from './cds-shared';

/** Bills (/billing) and cold-storage metering (/ccs-product) of the core document. */

const DAY = /^(\d{4})\.(\d{2})\.(\d{2})$/;
const validDay = (s: string) => {
  const m = DAY.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
};
const billDay = (name: string) =>
  z
    .string({ error: `${name} is required, e.g. 2019.09.02` })
    .refine(validDay, `${name} must be a date written YYYY.MM.DD, e.g. 2019.09.02`);

const num = z.coerce.number();
/** The document writes EndTime and Uid as quoted digits ("20191101"); a number of the same digits is the same value. */
const digitsAsText = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'number' ? String(v) : v), schema);
const text = z
  .string()
  .nullish()
  .transform((s) => s ?? '');

const billInfoRaw = loose({
  ResourceId: z.union([z.string(), z.number()]).transform(String),
  ResourceName: text,
  ResourceType: text,
  RegionId: text,
  VdcId: text,
  VdcName: text,
  TotalCost: num.default(0),
  CreateTime: z.string().optional(),
  DeleteTime: z.string().nullish(),
});

export const DescribeBill = defineAction({
  provider: 'cds',
  product: 'billing',
  action: 'DescribeBill',
  method: 'GET',
  path: '/billing',
  kind: 'read',
  input: z.object({
    DateFromTo: z
      .string({ error: 'DateFromTo is required, e.g. "2019.09.02 - 2019.09.03"' })
      .refine(
        (s) => {
          const parts = s.split(' - ');
          return parts.length === 2 && parts.every(validDay);
        },
        {
          message:
            'DateFromTo must look like "2019.09.02 - 2019.09.03": two YYYY.MM.DD dates with one space either side of "-"',
          abort: true,
        },
      )
      .refine((s) => {
        const [a = '', b = ''] = s.split(' - ');
        return a <= b;
      }, 'DateFromTo: the first date must not be after the second'),
  }),
  output: loose({
    ...cdsEnvelope,
    TaskId: z.unknown().optional(),
    Data: loose({
      TotalMasterCost: num.default(0),
      TotalViceCost: num.default(0),
      BillInfo: z.array(billInfoRaw).default([]),
    }),
  }),
  normalize: (raw): Bill => ({
    totalMasterCost: raw.Data.TotalMasterCost,
    totalViceCost: raw.Data.TotalViceCost,
    items: raw.Data.BillInfo.map((b) => ({
      resourceId: b.ResourceId,
      resourceName: b.ResourceName,
      resourceType: b.ResourceType,
      regionId: b.RegionId,
      vdcId: b.VdcId,
      vdcName: b.VdcName,
      totalCost: b.TotalCost,
      createdAt: b.CreateTime,
      deletedAt: b.DeleteTime || undefined,
    })),
  }),
  summary: { en: 'Bill of a date range, per resource', zh: '查询账单' },
  notes:
    'Billing answers Code "success" (lower case) where other products say "Success": both are read. TotalMasterCost/TotalViceCost (main and secondary account) are read as numbers. ResourceId is a number-like string for some resource types ("49751"): read as a string.',
});

export const DescribeBillInfo = defineAction({
  provider: 'cds',
  product: 'billing',
  action: 'DescribeBillInfo',
  method: 'GET',
  path: '/billing',
  kind: 'read',
  input: z
    .object({
      DateFrom: billDay('DateFrom'),
      DateTo: billDay('DateTo'),
      ResourceId: uuidLike('ResourceId'),
    })
    .refine((v) => v.DateFrom <= v.DateTo, {
      message: 'DateFrom must not be after DateTo',
      path: ['DateTo'],
    }),
  output: loose({
    ...cdsEnvelope,
    TaskId: z.unknown().optional(),
    Data: loose({
      TotalCost: num.default(0),
      BillDetail: z
        .array(
          loose({
            ResourceId: z.union([z.string(), z.number()]).transform(String),
            ResourceName: text,
            ResourceType: z.string().optional(),
            RegionId: text,
            VdcId: text,
            VdcName: text,
            Status: z.string().optional(),
            Configuration: z.string().optional(),
            CostDetail: z.string().optional(),
            PayType: z.union([z.string(), z.number()]).transform(String).optional(),
            PayDesc: z.string().optional(),
            UnitPrice: num.optional(),
            TotalCost: num.default(0),
            IPs: z.array(z.string()).nullish(),
            CreateTime: z.string().optional(),
            StartTime: num.optional(),
            EndTime: num.optional(),
          }),
        )
        .default([]),
    }),
  }),
  normalize: (raw): BillDetail => ({
    totalCost: raw.Data.TotalCost,
    items: raw.Data.BillDetail.map((d) => ({
      resourceId: d.ResourceId,
      resourceName: d.ResourceName,
      resourceType: d.ResourceType,
      regionId: d.RegionId,
      vdcId: d.VdcId,
      vdcName: d.VdcName,
      status: d.Status,
      configuration: d.Configuration,
      costDetail: d.CostDetail,
      payType: d.PayType,
      payDesc: d.PayDesc,
      unitPrice: d.UnitPrice,
      totalCost: d.TotalCost,
      ips: d.IPs ?? [],
      createdAt: d.CreateTime,
      startTime: d.StartTime,
      endTime: d.EndTime,
    })),
  }),
  summary: { en: 'Bill details of one resource over a date range', zh: '查询资源账单详情' },
  notes:
    'StartTime/EndTime are typed String in the table but answered as Unix-second numbers: both are read as numbers. Code "success" as in DescribeBill. DateFrom/DateTo use the YYYY.MM.DD form of DescribeBill.',
});

export const GetMetering = defineAction({
  provider: 'cds',
  product: 'billing',
  action: 'GetMetering',
  method: 'GET',
  path: '/ccs-product',
  kind: 'read',
  input: z.object({
    EndTime: digitsAsText(
      z
        .string({ error: 'EndTime is required, e.g. 20191101' })
        .refine(
          (s) => /^\d{8}$/.test(s) && validDay(`${s.slice(0, 4)}.${s.slice(4, 6)}.${s.slice(6)}`),
          'EndTime must be a date written YYYYMMDD, e.g. 20191101',
        ),
    ),
    Uid: digitsAsText(z.string().min(1, 'Uid, when given, names a storage pool, e.g. 1001')).optional(),
  }),
  output: loose({
    ...cdsEnvelope,
    Data: z
      .array(
        loose({
          Id: z.union([z.string(), z.number()]).transform(String),
          Name: z.string().default(''),
          TotalSize: num.default(0),
          Cold: num.default(0),
          Warm: num.default(0),
        }),
      )
      .default([]),
  }),
  normalize: (raw): MeteringPool[] =>
    raw.Data.map((p) => ({
      id: p.Id,
      name: p.Name,
      totalSize: p.TotalSize,
      cold: p.Cold,
      warm: p.Warm,
    })),
  summary: { en: 'Metering of your cold-storage pools up to a date', zh: '获取存储池计量信息' },
  notes:
    'The document gives /ccs-product as the address but its code sample signs against NETWORK_URL: /ccs-product is used (the signature does not cover the path). Product is "billing" for routing. EndTime and Uid examples are written with quotes ("20191101"); the quotes are not part of the value. TotalSize is answered as a string ("10240"): read as a number.',
});
