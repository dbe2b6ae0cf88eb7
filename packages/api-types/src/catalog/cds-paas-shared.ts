import { z } from 'zod';
import { cdsEnvelope, loose } from '../define';
import type {
  DbBackup,
  DbConfig,
  DbDiskChoice,
  DbInstance,
  DbSpec,
  DbSpecChoices,
  PaasRegion,
} from '../normalized/paas';
import { asList, taskIdValue } from './cds-shared';
import { PAAS_NAME_RULE } from '../paas-values';

/**
 * Answer shapes the MySQL and Redis documents share (the same PaaS platform answers both).
 * Not a catalog module: it exports no ActionDef.
 */

const str = z.union([z.string(), z.number()]).transform(String);
const optNum = z
  .union([z.number(), z.string()])
  .optional()
  .transform((v) => {
    if (v === undefined || v === '') return undefined;
    const n = Number(v);
    return Number.isFinite(n) ? n : undefined;
  });

export const paasEnvelope = { ...cdsEnvelope, TaskId: taskIdValue.optional() };

// ---- regions ---------------------------------------------------------------------------

export const paasRegionsOutput = loose({
  ...paasEnvelope,
  Data: z
    .array(
      loose({
        RegionId: z.string().default(''),
        RegionName: z.string().default(''),
        SiteName: z.string().default(''),
        CityId: z.string().default(''),
        CityName: z.string().default(''),
        IsSaling: z.coerce.number().default(1),
      }),
    )
    .default([]),
});

/** Sites without a RegionId (one entry of the Redis example) cannot be bought from: left out. */
export const normalizeRegions = (raw: z.output<typeof paasRegionsOutput>): PaasRegion[] =>
  raw.Data.filter((r) => r.RegionId).map((r) => ({
    regionId: r.RegionId,
    regionName: r.RegionName,
    siteName: r.SiteName,
    cityId: r.CityId,
    cityName: r.CityName,
    onSale: r.IsSaling === 1,
  }));

// ---- specs and disks -------------------------------------------------------------------

export const cpuRamRaw = loose({
  CPU: z.coerce.number().default(0),
  RAM: z.coerce.number().default(0),
  /** One example answers the key "N" for Name. */
  Name: z.string().optional(),
  N: z.string().optional(),
  /** A number in most examples, "******" (a masked placeholder) in one. */
  PaasGoodsId: str,
  /** Not in the document: CNY per hour, answered by the simulator; the console shows a cost only when present. */
  PricePerHour: optNum,
});

export const attachDiskRaw = loose({
  DiskValue: z.string(),
  DiskName: z.string().default(''),
  DiskMin: optNum,
  DiskMax: optNum,
  DiskMaxExpand: optNum,
  DiskStep: optNum,
  DiskUnit: z.string().optional(),
  BasicIops: z.union([z.string(), z.number()]).transform(String).optional(),
  /** Not in the document: CNY per GB and hour, as PricePerHour. */
  PricePerGbHour: optNum,
});

export const toSpec = (c: z.output<typeof cpuRamRaw>): DbSpec => ({
  paasGoodsId: c.PaasGoodsId,
  name: c.Name ?? c.N ?? `${c.CPU}C${c.RAM}G`,
  cpu: c.CPU,
  ramGb: c.RAM,
  ...(c.PricePerHour !== undefined ? { pricePerHour: c.PricePerHour } : {}),
});

export const toDisk = (d: z.output<typeof attachDiskRaw>): DbDiskChoice => ({
  value: d.DiskValue,
  name: d.DiskName,
  min: d.DiskMin,
  max: d.DiskMax,
  maxExpand: d.DiskMaxExpand,
  step: d.DiskStep,
  unit: d.DiskUnit,
  basicIops: d.BasicIops || undefined,
  ...(d.PricePerGbHour !== undefined ? { pricePerGbHour: d.PricePerGbHour } : {}),
});

const standardsRaw = loose({
  AttachDisk: z.array(attachDiskRaw).default([]),
  CpuRam: z.array(cpuRamRaw).default([]),
});

// ---- DescribeAvailableDBConfig -----------------------------------------------------------

export const dbConfigOutput = loose({
  ...paasEnvelope,
  Data: loose({
    ProductName: z.string().default(''),
    RegionId: z.string().default(''),
    Products: z
      .array(
        loose({
          Version: z.string().default(''),
          Architectures: z
            .array(
              loose({
                ArchitectureName: z.string().default(''),
                ArchitectureType: z.coerce.number().optional(),
                SubProductName: z.string().default(''),
                /** Typed string in the table, answered []. */
                EnginesType: z.unknown().optional(),
                ComputeRoles: z
                  .array(
                    loose({
                      ComputeName: z.string().default(''),
                      ComputeType: z.coerce.number().optional(),
                      /** Documented as one object; a list is read too. */
                      Standards: z.union([standardsRaw, z.array(standardsRaw)]).optional(),
                    }),
                  )
                  .default([]),
                NetworkLinks: z
                  .array(
                    loose({
                      LinkType: z.string(),
                      Name: z.string().default(''),
                      DescDetail: z.string().optional(),
                    }),
                  )
                  .default([]),
              }),
            )
            .default([]),
        }),
      )
      .default([]),
  }),
});

export const normalizeDbConfig = (raw: z.output<typeof dbConfigOutput>): DbConfig => ({
  productName: raw.Data.ProductName,
  regionId: raw.Data.RegionId,
  products: raw.Data.Products.map((p) => ({
    version: p.Version,
    architectures: p.Architectures.map((a) => ({
      name: a.ArchitectureName,
      type: a.ArchitectureType,
      subProductName: a.SubProductName.trim(),
      computeRoles: a.ComputeRoles.map((c) => {
        const standards = asList(c.Standards);
        return {
          name: c.ComputeName,
          type: c.ComputeType,
          specs: standards.flatMap((s) => s.CpuRam.map(toSpec)),
          disks: standards.flatMap((s) => s.AttachDisk.map(toDisk)),
        };
      }),
      networkLinks: a.NetworkLinks.map((l) => ({
        linkType: l.LinkType,
        name: l.Name,
        description: l.DescDetail,
      })),
    })),
  })),
});

// ---- DescribeModifiableDBSpec / DescribeAvailableReadOnlyConfig --------------------------

export const specChoicesOutput = loose({
  ...paasEnvelope,
  Data: loose({
    ProductName: z.string().default(''),
    RegionId: z.string().default(''),
    AttachDisk: z.array(attachDiskRaw).default([]),
    CpuRam: z.array(cpuRamRaw).default([]),
  }),
});

export const normalizeSpecChoices = (raw: z.output<typeof specChoicesOutput>): DbSpecChoices => ({
  productName: raw.Data.ProductName.trim(),
  regionId: raw.Data.RegionId,
  specs: raw.Data.CpuRam.map(toSpec),
  disks: raw.Data.AttachDisk.map(toDisk),
});

// ---- DescribeDBInstances ----------------------------------------------------------------

const roGroupRaw = loose({
  ServiceId: z.string().optional(),
  InpaasId: z.string().optional(),
  ServiceName: z.string().default(''),
  Ip: z.string().default(''),
  Port: optNum,
  Cpu: optNum,
  Ram: optNum,
  Status: z.string().default(''),
  Message: z.string().optional(),
  CreateTime: z.string().optional(),
});

export const dbInstanceRaw = loose({
  InstanceUuid: z.string(),
  InstanceName: z.string().default(''),
  Status: z.string().default(''),
  StatusStr: z.string().default(''),
  IP: z.string().default(''),
  Port: optNum,
  Cpu: optNum,
  Ram: optNum,
  Disks: optNum,
  RegionId: z.string().default(''),
  DisplayName: z.string().optional(),
  VdcId: z.string().default(''),
  VdcName: z.string().optional(),
  /** Redis's table names the data-center name AppName. */
  AppName: z.string().optional(),
  Version: z.string().default(''),
  SubProductName: z.string().default(''),
  LinkType: z.string().optional(),
  LinkTypeStr: z.string().optional(),
  CreatedTime: z.string().optional(),
  /** Documented Master_Info (dict); answered MasterInfo ("" when not a read-only instance). */
  MasterInfo: z.unknown().optional(),
  Master_Info: z.unknown().optional(),
  RelationService: z.unknown().optional(),
  CloneServices: z.array(z.unknown()).nullish(),
  RoGroups: z.array(roGroupRaw).nullish(),
});

export const dbInstancesOutput = loose({
  ...paasEnvelope,
  Data: z.array(dbInstanceRaw).default([]),
});

const present = (v: unknown) =>
  v !== undefined &&
  v !== null &&
  v !== '' &&
  !(typeof v === 'object' && Object.keys(v as object).length === 0);

/** The primary a read-only instance follows: a dict with its id (or the id itself as a string). */
const masterIdOf = (master: unknown): string | undefined => {
  if (typeof master === 'string') return master || undefined;
  if (typeof master !== 'object' || master === null) return undefined;
  const m = master as Record<string, unknown>;
  const id = m.InstanceUuid ?? m.ServiceId ?? m.InstanceId;
  return typeof id === 'string' && id ? id : undefined;
};

export const normalizeDbInstance = (r: z.output<typeof dbInstanceRaw>): DbInstance => {
  const master = present(r.MasterInfo)
    ? r.MasterInfo
    : present(r.Master_Info)
      ? r.Master_Info
      : undefined;
  const masterId = masterIdOf(master);
  return {
    id: r.InstanceUuid,
    name: r.InstanceName,
    status: r.Status,
    statusText: r.StatusStr,
    ip: r.IP,
    port: r.Port,
    cpu: r.Cpu,
    ramMb: r.Ram,
    diskGb: r.Disks,
    regionId: r.RegionId,
    regionName: r.DisplayName,
    vdcId: r.VdcId,
    vdcName: r.VdcName ?? r.AppName ?? '',
    version: r.Version,
    subProductName: r.SubProductName.trim(),
    linkType: r.LinkType,
    linkTypeText: r.LinkTypeStr,
    createdAt: r.CreatedTime,
    ...(master !== undefined ? { masterInfo: master } : {}),
    ...(masterId ? { masterId } : {}),
    readOnlyInstances: (r.RoGroups ?? []).map((g) => ({
      id: g.ServiceId ?? g.InpaasId ?? '',
      name: g.ServiceName,
      ip: g.Ip,
      port: g.Port,
      cpu: g.Cpu,
      ramMb: g.Ram,
      status: g.Status,
      statusText: g.Message,
      createdAt: g.CreateTime,
    })),
  };
};

// ---- backup sets (MySQL) -----------------------------------------------------------------

export const backupRaw = loose({
  BackupId: z.string(),
  InstanceId: z.string().optional(),
  Status: z.string().default(''),
  BackupType: z.string().default(''),
  BackupMode: z.string().default(''),
  BackupSize: z.coerce.number().default(0),
  Desc: z.string().nullish(),
  StartTime: z.string().optional(),
  EndTime: z.string().optional(),
});
export const toBackup = (b: z.output<typeof backupRaw>): DbBackup => ({
  id: b.BackupId,
  instanceId: b.InstanceId,
  status: b.Status,
  type: b.BackupType,
  mode: b.BackupMode,
  sizeBytes: b.BackupSize,
  description: b.Desc ?? '',
  startTime: b.StartTime,
  endTime: b.EndTime,
});

// ---- inputs -----------------------------------------------------------------------------

/** PaasGoodsId: a spec number from the config actions; the samples send it as a string. */
export const paasGoodsId = z
  .union([z.number(), z.string()], {
    error: 'PaasGoodsId is required (a spec number from DescribeAvailableDBConfig)',
  })
  .transform((v) => Number(v))
  .refine(
    (n) => Number.isInteger(n) && n > 0,
    'PaasGoodsId must be a positive whole number (from DescribeAvailableDBConfig)',
  );

export const paasAmount = z.coerce
  .number({ error: 'Amount must be 1, 2 or 3' })
  .int('Amount must be 1, 2 or 3')
  .min(1, 'Amount must be 1, 2 or 3 (at most three per order)')
  .max(3, 'Amount must be 1, 2 or 3 (at most three per order)');

export { PAAS_NAME_RULE };
export const paasInstanceName = z
  .string({ error: 'InstanceName is required' })
  .regex(
    PAAS_NAME_RULE,
    'InstanceName: 1–64 letters, digits, Chinese, "_", "-", ".", not starting with a symbol',
  );
