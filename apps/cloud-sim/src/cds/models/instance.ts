import { Prng } from '../../util/prng';
import { cdsDateTime } from '../../util/time';

export type InstanceStatus =
  | 'running'
  | 'stop'
  | 'stopping'
  | 'starting'
  | 'updating'
  | 'creating'
  | 'deleting'
  | 'error';

export type ChargeType = 'PostPaid' | 'PrePaid';

export interface DataDisk {
  diskId: string;
  size: number;
  type: string;
  /** As asked (the SDKs send IOPS); absent means the default for the size. */
  iops?: number;
}

/** IOPS of a disk nobody asked a figure for: 15 per GB, as the seeded system disks (40 GB → 600). */
export const defaultIops = (sizeGb: number) => sizeGb * 15;

/** The system disk's type in answers: the document names none; the SDKs read DiskType. */
export const SYSTEM_DISK_TYPE = 'ssd_disk';

export interface Nic {
  interfaceId: string;
  /** The name of the network the interface is on. */
  name: string;
  ip: string;
  mac: string;
  /** PublicId or PrivateId. */
  networkId: string;
  /** false after DisconnectNetworkInterface; absent means connected. */
  connected?: boolean;
}

export interface SystemDisk {
  /** Derived from the instance id when not given, so seeding draws nothing extra. */
  diskId?: string;
  size: number;
  iops: number;
  /** The SDKs send SystemDisk.Type; absent means SYSTEM_DISK_TYPE. */
  type?: string;
}

export interface InstanceInit {
  instanceId: string;
  name: string;
  status: InstanceStatus;
  chargeType: ChargeType;
  vdcId: string;
  regionId: string;
  cpu: number;
  ram: number;
  instanceType: string;
  imageId: string;
  createdAt: number;
  /** Ordering key: larger is newer. Instances of one create share a batch and keep their index order. */
  batch: number;
  index: number;
  systemDisk: SystemDisk;
  dataDisks: DataDisk[];
  publicNic?: Nic;
  privateNics: Nic[];
  /** What the create cost, refunded when the create task fails. */
  charged: number;
}

/** Most data disks an instance takes (the example's LeftDataDiskNum starts at 14). */
export const MAX_DATA_DISKS = 14;

export class Instance {
  instanceId: string;
  name: string;
  status: InstanceStatus;
  chargeType: ChargeType;
  chargeStatus = 'success';
  vdcId: string;
  regionId: string;
  cpu: number;
  ram: number;
  instanceType: string;
  imageId: string;
  createdAt: number;
  batch: number;
  index: number;
  systemDisk: SystemDisk & { diskId: string };
  dataDisks: DataDisk[];
  publicNic?: Nic;
  privateNics: Nic[];
  charged: number;
  /** Finished power changes, oldest first (see power-history.ts). */
  powerLog: { at: number; on: boolean }[] = [];

  constructor(init: InstanceInit) {
    this.instanceId = init.instanceId;
    this.name = init.name;
    this.status = init.status;
    this.chargeType = init.chargeType;
    this.vdcId = init.vdcId;
    this.regionId = init.regionId;
    this.cpu = init.cpu;
    this.ram = init.ram;
    this.instanceType = init.instanceType;
    this.imageId = init.imageId;
    this.createdAt = init.createdAt;
    this.batch = init.batch;
    this.index = init.index;
    this.systemDisk = { ...init.systemDisk, diskId: init.systemDisk.diskId ?? systemDiskId(init.instanceId) };
    this.dataDisks = init.dataDisks;
    this.publicNic = init.publicNic;
    this.privateNics = init.privateNics;
    this.charged = init.charged;
  }

  /**
   * The DescribeInstances item: the documented keys plus Cpu, Ram, InstanceType, ImageId,
   * CreateTime, and the spellings the published SDKs read (cds-gic-sdk-go): DiskType beside
   * Type, Iops/IopsSize beside IOPS, PublicNetworkInterface as a list (the document's object
   * cannot be kept beside it: same key).
   */
  toWire(vdcName: string) {
    const nic = (n: Nic, kind: 'PublicId' | 'PrivateId') => ({
      InterfaceId: n.interfaceId,
      Name: n.name,
      IP: n.ip,
      MAC: n.mac,
      Connected: n.connected === false ? 0 : 1,
      [kind]: n.networkId,
    });
    return {
      InstanceId: this.instanceId,
      InstanceName: this.name,
      InstanceStatus: this.status,
      InstanceChargeType: this.chargeType,
      InstanceChargeStatus: this.chargeStatus,
      VdcId: this.vdcId,
      VdcName: vdcName,
      RegionId: this.regionId,
      Cpu: this.cpu,
      Ram: this.ram,
      InstanceType: this.instanceType,
      ImageId: this.imageId,
      CreateTime: cdsDateTime(this.createdAt),
      Disks: {
        SystemDisk: diskWire(this.systemDisk.diskId, this.systemDisk.size, this.systemDisk.type ?? SYSTEM_DISK_TYPE, this.systemDisk.iops),
        LeftDataDiskNum: MAX_DATA_DISKS - this.dataDisks.length,
        DataDisks: this.dataDisks.map((d) => diskWire(d.diskId, d.size, d.type, d.iops ?? defaultIops(d.size))),
      },
      PublicNetworkInterface: this.publicNic ? [nic(this.publicNic, 'PublicId')] : [],
      PrivateNetworkInterface: this.privateNics.map((n) => nic(n, 'PrivateId')),
    };
  }
}

/** One disk in every spelling the document and the SDKs read. */
const diskWire = (diskId: string, size: number, type: string, iops: number) => ({
  DiskId: diskId,
  Size: size,
  Type: type,
  DiskType: type,
  IOPS: iops,
  Iops: iops,
  IopsSize: iops,
});

/** A stable disk id for an instance's system disk, from its own generator seeded by the instance id. */
function systemDiskId(instanceId: string) {
  let h = 0;
  for (const c of instanceId) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
  return new Prng(h).uuid();
}

/** Newest first; within one create, in index order (-001, -002, ...). */
export const newestFirst = (a: Instance, b: Instance) => b.batch - a.batch || a.index - b.index;
