import { isUuid } from '../../util/prng';
import {
  dataDiskNotSupported,
  imageNotFound,
  instanceTypeUnauthorized,
  notEnoughBalance,
  regionMalformed,
  vdcIdMalformed,
  vdcNotFound,
  invalidParameter,
} from '../exceptions';
import type { Account } from './account';
import { planPrivateIps, planPublicIps } from './addresses';
import { DEFAULT_IMAGE_ID, goodsOf, publicTemplate } from './goods';
import { defaultIops, Instance, type ChargeType, type Nic, type SystemDisk } from './instance';
import { createCharge } from './pricing';
import type { Task } from './tasks';
import type { World } from './world';

/** CreateInstance's parameters after the catalog's schema (the fields this model reads). */
export interface CreateRequest {
  RegionId: string;
  VdcId: string;
  InstanceName?: string;
  InstanceChargeType?: ChargeType;
  PrepaidMonth?: number;
  Cpu?: number;
  Ram?: number;
  InstanceType?: string;
  ImageId?: string;
  DataDisks?: { Size: number; Type: string; IOPS?: number }[];
  /** As the published SDKs send it; absent fields keep the image's default. */
  SystemDisk?: { Type?: string; Size?: number; IOPS?: number };
  Amount?: number;
  PublicIp?: unknown;
  PrivateIp?: unknown;
}

/** The document's defaults: the smallest Cpu and Ram, CentOS 7.4, pay as you go, one instance. */
export const CREATE_DEFAULTS = { cpu: 1, ram: 1, imageId: DEFAULT_IMAGE_ID, chargeType: 'PostPaid' as const, amount: 1 };

/** A create whose InstanceName contains this ends in ERROR: the way to see a failed task on purpose. */
export const FAIL_MARKER = 'sim-fail';

const pad3 = (n: number) => String(n).padStart(3, '0');

/**
 * Checks a create against the account's world, charges it, adds the instances in state
 * "creating" and starts the task that makes them "running". Nothing changes when a check fails.
 */
export function createInstances(world: World, account: Account, req: CreateRequest): Task {
  const goods = goodsOf(req.RegionId);
  if (!goods) throw regionMalformed(req.RegionId);
  if (!isUuid(req.VdcId)) throw vdcIdMalformed(req.VdcId);
  const found = account.findVdc(req.VdcId);
  if (!found) throw vdcNotFound(req.VdcId);
  if (found.vdc.regionId !== req.RegionId) {
    throw vdcNotFound(req.VdcId, ` (no such VDC in ${req.RegionId}; it is in ${found.vdc.regionId})`);
  }
  const { backend, vdc } = found;

  const instanceType = req.InstanceType ?? goods.instanceTypes[0]!;
  if (!goods.instanceTypes.includes(instanceType)) throw instanceTypeUnauthorized(instanceType, req.RegionId);

  const imageId = req.ImageId ?? CREATE_DEFAULTS.imageId;
  const image = publicTemplate(imageId) ?? backend.privateImage(imageId);
  if (!image) throw imageNotFound(imageId, req.RegionId);

  const dataDisks = req.DataDisks ?? [];
  dataDisks.forEach((d, i) => {
    const good = goods.disks.find((g) => g.Type === d.Type);
    const sold = goods.disks.map((g) => g.Type).join(', ');
    if (!good) throw dataDiskNotSupported(`DataDisks[${i}].Type "${d.Type}" is not sold in ${req.RegionId} (${sold})`);
    if (d.Size < good.MinSize || d.Size > good.MaxSize || d.Size % good.Step !== 0) {
      throw dataDiskNotSupported(
        `DataDisks[${i}].Size ${d.Size} GB: ${d.Type} is ${good.MinSize}–${good.MaxSize} GB in steps of ${good.Step}`,
      );
    }
  });

  const windows = imageId.startsWith('Windows') || image.ImageType === 'windows';
  const systemDisk = plannedSystemDisk(windows, req.SystemDisk);

  const amount = req.Amount ?? CREATE_DEFAULTS.amount;
  const publicIps = planPublicIps(vdc, amount, req.PublicIp);
  const privateIps = planPrivateIps(vdc, amount, req.PrivateIp);

  const chargeType = req.InstanceChargeType ?? CREATE_DEFAULTS.chargeType;
  const cpu = req.Cpu ?? CREATE_DEFAULTS.cpu;
  const ram = req.Ram ?? CREATE_DEFAULTS.ram;
  const each = createCharge({
    cpu,
    ram,
    dataDisks: dataDisks.map((d) => ({ size: d.Size, type: d.Type })),
    publicIp: publicIps.length > 0,
    chargeType,
    prepaidMonth: req.PrepaidMonth ?? 0,
  });
  const total = Math.round(each * amount * 100) / 100;
  if (account.balance < total) throw notEnoughBalance(total, account.balance);

  // Every check passed: from here on the world changes.
  account.balance = Math.round((account.balance - total) * 100) / 100;
  const batch = account.nextBatch();
  const now = world.now();
  const rng = world.rng;
  const nic = (networkId: string, name: string, ip: string): Nic => ({ interfaceId: rng.uuid(), name, ip, mac: rng.mac(), networkId });
  const instances = Array.from({ length: amount }, (_, i) => {
    const instanceId = rng.uuid();
    const base = req.InstanceName;
    const pub = publicIps[i];
    const instance = new Instance({
      instanceId,
      name: base ? (amount > 1 ? `${base}-${pad3(i + 1)}` : base) : instanceId,
      status: 'creating',
      chargeType,
      vdcId: vdc.vdcId,
      regionId: vdc.regionId,
      cpu,
      ram,
      instanceType,
      imageId,
      createdAt: now,
      batch,
      index: i,
      systemDisk: { ...systemDisk },
      dataDisks: dataDisks.map((d) => ({ diskId: rng.uuid(), size: d.Size, type: d.Type, ...(d.IOPS ? { iops: d.IOPS } : {}) })),
      publicNic: pub ? nic(pub.network.publicId, pub.network.name, pub.ip) : undefined,
      privateNics: (privateIps[i] ?? []).map((c) => nic(c.network.privateId, c.network.name, c.ip)),
      charged: each,
    });
    backend.addInstance(instance);
    return instance;
  });

  const task = account.tasks.create(
    'orderCreateVM',
    instances.map((i) => i.instanceId),
  );
  const fails = (req.InstanceName ?? '').includes(FAIL_MARKER);
  world.scheduler.run(task, () => {
    for (const instance of instances) {
      if (instance.status !== 'creating') continue;
      instance.status = fails ? 'error' : 'running';
      if (fails) {
        account.balance = Math.round((account.balance + instance.charged) * 100) / 100;
        instance.charged = 0;
      }
    }
    return fails ? `The simulator failed this create on purpose (the name contains "${FAIL_MARKER}")` : undefined;
  });
  return task;
}

/**
 * The system disk: the image's default (40 GB Linux, 80 GB Windows, 15 IOPS per GB) with what
 * the request's SystemDisk names in place of it. A Windows image needs at least 80 GB.
 */
function plannedSystemDisk(windows: boolean, asked: CreateRequest['SystemDisk'] = {}): SystemDisk {
  const min = windows ? 80 : 40;
  const size = asked.Size ?? min;
  if (size < min) {
    throw invalidParameter('InvalidParameter', `The specified parameter "SystemDisk" is not valid. SystemDisk.Size: this image needs at least ${min} GB`);
  }
  return { size, iops: asked.IOPS ?? defaultIops(size), ...(asked.Type ? { type: asked.Type } : {}) };
}
