import { z } from 'zod';
import { cdsEnvelope, cdsTaskAnswer, defineAction, loose } from '../define';
import type { Disk, Instance, NetworkInterface, Page } from '../normalized/compute';
import {
  cdsDataDisk,
  cdsSystemDisk,
  CDS_CPU_VALUES,
  CDS_RAM_VALUES,
  oneOf,
  pageNumber,
  pageSize,
  regionId,
  uuidLike,
} from './cds-shared';

/**
 * The document states no password rule, only the error InvalidPassword.Malformed and the
 * example "EcsV587!". The console asks for what CDS's own console asks: 8–30 characters
 * with upper and lower case letters, a digit and a symbol. The simulator enforces the same.
 */
export const CDS_PASSWORD_RULE =
  /^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9])[\x21-\x7e]{8,30}$/;
export const cdsPassword = z
  .string({ error: 'Password is required' })
  .regex(
    CDS_PASSWORD_RULE,
    'Password needs 8–30 characters with an upper case letter, a lower case letter, a digit and a symbol',
  );

export const CDS_INSTANCE_NAME_RULE = /^[A-Za-z0-9\u4e00-\u9fa5][\w\u4e00-\u9fa5.-]{0,63}$/;

const dataDisk = z.object({
  Size: z.coerce.number().int().min(10, 'Data disk size is at least 10 GB').max(4000, 'Data disk size is at most 4000 GB'),
  Type: z.string().min(1, 'Data disk type is required'),
  IOPS: cdsDataDisk.shape.IOPS,
});

/** The documented PrivateID, or PrivateId as the published SDKs send it (cds-gic-sdk-go PrivateIp). */
const privateIpEntry = z
  .object({
    PrivateID: z.string().optional(),
    PrivateId: z.string().optional(),
    IP: z.union([z.array(z.string()), z.string()]),
  })
  .refine((e) => e.PrivateID !== undefined || e.PrivateId !== undefined, {
    message: 'Each PrivateIp entry names its network: PrivateID (or PrivateId)',
    path: ['PrivateID'],
  });

export const CreateInstance = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'CreateInstance',
  method: 'POST',
  path: '/ccs',
  kind: 'write',
  task: 'TaskId',
  invalidates: ['DescribeInstances', 'DescribeVdc'],
  input: z.object({
      RegionId: regionId,
      VdcId: uuidLike('VdcId'),
      Password: cdsPassword,
      InstanceName: z
        .string()
        .regex(CDS_INSTANCE_NAME_RULE, 'InstanceName: letters, digits, Chinese, "_", "-", "." (at most 64), not starting with a symbol')
        .optional(),
      AssignCCSId: z.union([z.literal(0), z.literal(1)]).optional(),
      InstanceChargeType: z.enum(['PrePaid', 'PostPaid']).optional(),
      AutoRenew: z.union([z.literal(0), z.literal(1)]).optional(),
      PrepaidMonth: z.coerce.number().int().min(0).max(36).optional(),
      Cpu: oneOf(CDS_CPU_VALUES, 'Cpu').optional(),
      Ram: oneOf(CDS_RAM_VALUES, 'Ram').optional(),
      InstanceType: z.string().optional(),
      ImageId: z.string().optional(),
      DataDisks: z.array(dataDisk).max(14, 'At most 14 data disks').optional(),
      SystemDisk: cdsSystemDisk.optional(),
      Amount: z.coerce.number().int().min(1, 'Amount is 1–99').max(99, 'Amount is 1–99').optional(),
      /** A list of addresses, or "auto"; empty means no public IP. */
      PublicIp: z.union([z.array(z.string()), z.string()]).optional(),
      PrivateIp: z
        .union([
          z.array(privateIpEntry),
          z.string(),
        ])
        .optional(),
    }),
  output: cdsTaskAnswer,
  normalize: (raw) => ({ taskId: raw.TaskId }),
  summary: {
    en: 'Create one or more pay-as-you-go or monthly instances',
    zh: '创建一台或多台按量付费或包年包月云服务器',
  },
  notes:
    'Body is JSON (POST); only the common parameters go in the query, as the sample does. PublicIp/PrivateIp are typed string in the table but the examples are lists; both are accepted. The published SDKs (cds-gic-sdk-go) send PrivateId for PrivateID, IOPS in each data disk and a SystemDisk {Type, Size, IOPS}: all accepted and honoured (a system disk is 40–2000 GB; absent fields keep the image\'s default).',
});

export const DeleteInstance = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'DeleteInstance',
  method: 'POST',
  path: '/ccs',
  kind: 'destructive',
  task: 'TaskId',
  invalidates: ['DescribeInstances', 'DescribeVdc'],
  input: z.object({
    InstanceIds: z.array(uuidLike('InstanceId')).min(1, 'Name at least one instance').max(100),
  }),
  output: cdsTaskAnswer,
  normalize: (raw) => ({ taskId: raw.TaskId }),
  summary: { en: 'Delete one or more instances', zh: '删除一台或多台云服务器' },
});

export const StopInstance = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'StopInstance',
  method: 'GET',
  path: '/ccs',
  kind: 'write',
  task: 'TaskId',
  invalidates: ['DescribeInstances'],
  input: z.object({ InstanceId: uuidLike('InstanceId') }),
  output: cdsTaskAnswer,
  normalize: (raw) => ({ taskId: raw.TaskId }),
  summary: { en: 'Power an instance off', zh: '云服务器关机' },
  notes: 'The example answer has a trailing comma; the fixture removes it.',
});

export const RebootInstance = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'RebootInstance',
  method: 'GET',
  path: '/ccs',
  kind: 'write',
  task: 'TaskId',
  invalidates: ['DescribeInstances'],
  input: z.object({ InstanceId: uuidLike('InstanceId') }),
  output: cdsTaskAnswer,
  normalize: (raw) => ({ taskId: raw.TaskId }),
  summary: { en: 'Power an instance on (the document calls it reboot)', zh: '云服务器开机' },
  notes: 'Named Reboot, but the document describes it as 开机 (power on): the console labels it "Power on".',
});

const interfaceRaw = loose({
  InterfaceId: z.string().optional(),
  Name: z.string().optional(),
  IP: z.string().optional(),
  MAC: z.string().optional(),
  Connected: z.union([z.number(), z.boolean()]).optional(),
  PrivateId: z.string().optional(),
  PublicId: z.string().optional(),
});
type InterfaceRaw = z.output<typeof interfaceRaw>;

const diskRaw = loose({
  DiskId: z.string().optional(),
  Size: z.coerce.number().optional(),
  size: z.coerce.number().optional(),
  Type: z.string().optional(),
  type: z.string().optional(),
  /** The SDKs' name for Type (cds-gic-sdk-go DataDisksInfo/SystemDiskInfo). */
  DiskType: z.string().optional(),
  IOPS: z.number().optional(),
  IopsSize: z.number().optional(),
  Iops: z.number().optional(),
});
type DiskRaw = z.output<typeof diskRaw>;

const instanceRaw = loose({
  InstanceId: z.string(),
  InstanceName: z.string().default(''),
  InstanceStatus: z.string(),
  InstanceChargeType: z.string().default('PostPaid'),
  InstanceChargeStatus: z.string().optional(),
  VdcId: z.string().default(''),
  VdcName: z.string().default(''),
  RegionId: z.string().default(''),
  Cpu: z.number().optional(),
  Ram: z.number().optional(),
  InstanceType: z.string().optional(),
  ImageId: z.string().optional(),
  CreateTime: z.string().optional(),
  Disks: loose({
    SystemDisk: diskRaw.optional(),
    DataDisks: z.array(diskRaw).default([]),
  }).optional(),
  /** Documented as an object ({} when absent); the SDKs read a list, which the simulator answers. */
  PublicNetworkInterface: z.union([interfaceRaw, z.array(interfaceRaw)]).optional(),
  PrivateNetworkInterface: z.union([interfaceRaw, z.array(interfaceRaw)]).optional(),
});

const toInterfaces = (v: InterfaceRaw | InterfaceRaw[] | undefined): NetworkInterface[] =>
  (Array.isArray(v) ? v : v ? [v] : [])
    .filter((i) => i.InterfaceId)
    .map((i) => ({
      id: i.InterfaceId ?? '',
      name: i.Name ?? '',
      ip: i.IP ?? '',
      mac: i.MAC ?? '',
      connected: i.Connected === 1 || i.Connected === true,
      networkId: i.PublicId ?? i.PrivateId ?? '',
    }));

const toDisk = (d: DiskRaw): Disk => ({
  id: d.DiskId,
  size: d.Size ?? d.size ?? 0,
  type: d.Type ?? d.DiskType ?? d.type,
  iops: d.IOPS ?? d.IopsSize ?? d.Iops,
});

export const normalizeInstance = (r: z.output<typeof instanceRaw>): Instance => {
  const publicInterfaces = toInterfaces(r.PublicNetworkInterface);
  const privateInterfaces = toInterfaces(r.PrivateNetworkInterface);
  return {
    id: r.InstanceId,
    name: r.InstanceName,
    status: r.InstanceStatus,
    chargeType: r.InstanceChargeType,
    chargeStatus: r.InstanceChargeStatus,
    vdcId: r.VdcId,
    vdcName: r.VdcName,
    regionId: r.RegionId,
    cpu: r.Cpu,
    ram: r.Ram,
    instanceType: r.InstanceType,
    imageId: r.ImageId,
    createdAt: r.CreateTime,
    systemDisk: r.Disks?.SystemDisk ? toDisk(r.Disks.SystemDisk) : undefined,
    dataDisks: (r.Disks?.DataDisks ?? []).map(toDisk),
    publicInterfaces,
    privateInterfaces,
    publicIps: publicInterfaces.map((i) => i.ip).filter(Boolean),
    privateIps: privateInterfaces.map((i) => i.ip).filter(Boolean),
  };
};

export const DescribeInstances = defineAction({
  provider: 'cds',
  product: 'ccs',
  action: 'DescribeInstances',
  method: 'POST',
  path: '/ccs',
  kind: 'read',
  input: z.object({
    PageNumber: pageNumber.optional(),
    PageSize: pageSize.optional(),
    VdcId: z.string().optional(),
    /** One id or a list of ids (the table types it string; the example is a list). */
    InstanceId: z.union([z.string(), z.array(z.string())]).optional(),
    PublicIp: z.string().optional(),
  }),
  output: loose({
    ...cdsEnvelope,
    Data: loose({
      Instances: z.array(instanceRaw).default([]),
      PageNumber: z.coerce.number().default(1),
      PageCount: z.coerce.number().default(1),
      TotalCount: z.coerce.number().optional(),
      /** The SDKs' name for the count. */
      Total: z.coerce.number().optional(),
    }),
  }),
  normalize: (raw): Page<Instance> => ({
    items: raw.Data.Instances.map(normalizeInstance),
    pageNumber: raw.Data.PageNumber,
    pageCount: raw.Data.PageCount,
    totalCount: raw.Data.TotalCount ?? raw.Data.Total,
  }),
  summary: { en: 'List instances, by page, VDC, id or public IP', zh: '查询云服务器信息' },
  notes:
    'The table documents flat fields; the answer is Data.Instances[]. System disk IOPS is IOPS in one example and IopsSize in another: both read. The sample code sends the public IP as PubIp while the table says PublicIp: the console sends PublicIp, the simulator accepts both. The example answer has a trailing comma; the fixture removes it. The published SDKs (cds-gic-sdk-go, run against the live service) read PublicNetworkInterface as a list, a disk\'s DiskType (and Iops/IopsSize) and the count as Total: the simulator answers those and keeps the document\'s Type, IOPS and TotalCount beside them; the document\'s object for PublicNetworkInterface cannot be kept (same key), so it is a list. This schema reads both shapes.',
});
