import type { Prng } from '../../util/prng';
import { DAY } from '../../util/time';
import type { Account } from '../models/account';
import type { RegionBackend } from '../models/backend';
import { demoStoragePools } from '../models/billing/storage-pools';
import { goodsOf } from '../models/goods';
import { Instance, type DataDisk, type InstanceInit, type Nic } from '../models/instance';
import { PrivateNetwork, PublicNetwork, PublicSegment, Vdc } from '../models/vdc';
import {
  LINUX_IMAGES,
  PRIVATE_IMAGES,
  PUBLIC_PREFIX,
  ROLES,
  VDC_PLANS,
  WINDOWS_IMAGES,
  type InstancePlan,
  type VdcPlan,
} from './plan';
import { seedSecurityGroups } from './security-groups';

/** Seeded resources are dated from here, so the same seed gives the same world on any day. */
const ANCHOR = Date.UTC(2024, 2, 1, 1, 0, 0);

/** Fills the demo account: private images, VDCs with their networks, instances, a balance. */
export function seedDemoAccount(account: Account, rng: Prng) {
  account.balance = 10_000 + rng.int(0, 800_000) / 100;
  for (const [regionId, images] of Object.entries(PRIVATE_IMAGES)) {
    for (const image of images) account.backend(regionId).privateImages.push({ ImageId: rng.uuid(), ...image });
  }
  const usedPrivateBlocks = new Set<number>();
  const inits: { backend: RegionBackend; init: Omit<InstanceInit, 'batch' | 'index'> }[] = [];
  VDC_PLANS.forEach((plan, i) => {
    const backend = account.backend(plan.regionId);
    const vdc = buildVdc(plan, ANCHOR + i * 9 * DAY + rng.int(0, DAY), rng, usedPrivateBlocks);
    backend.addVdc(vdc);
    for (const p of plan.instances) inits.push({ backend, init: buildInstance(p, vdc, backend, rng) });
  });
  // Ordering keys follow creation time, so "newest first" lists the world as it grew.
  inits.sort((a, b) => a.init.createdAt - b.init.createdAt);
  for (const { backend, init } of inits) {
    backend.addInstance(new Instance({ ...init, batch: account.nextBatch(), index: 0 }));
  }
  account.storagePools.push(...demoStoragePools(ANCHOR));
  seedSecurityGroups(account, rng);
}

function buildVdc(plan: VdcPlan, createdAt: number, rng: Prng, usedBlocks: Set<number>): Vdc {
  const goods = goodsOf(plan.regionId)!;
  const prefix = PUBLIC_PREFIX[plan.regionId] ?? '101.251';
  const segments = plan.publicNetwork.masks.map((mask) => {
    const size = 2 ** (32 - mask);
    const address = `${prefix}.${rng.int(2, 250)}.${rng.int(0, 256 / size - 1) * size}`;
    return new PublicSegment(rng.uuid(), address, mask);
  });
  const pub = new PublicNetwork(rng.uuid(), plan.publicNetwork.name, goods.wan[0]!.Type, plan.publicNetwork.qos, segments, { createdAt });
  const privates = plan.privateNetworks.map((name) => {
    let third: number;
    do third = rng.int(1, 250);
    while (usedBlocks.has(third));
    usedBlocks.add(third);
    return new PrivateNetwork(rng.uuid(), name, `10.240.${third}.0`, 24, createdAt);
  });
  return new Vdc(rng.uuid(), plan.name, plan.regionId, createdAt, [pub], privates);
}

/** One instance of a plan in a VDC: sizes, disks, image and addresses drawn from `rng` (the scale world reuses it). */
export function buildInstance(p: InstancePlan, vdc: Vdc, backend: RegionBackend, rng: Prng): Omit<InstanceInit, 'batch' | 'index'> {
  const goods = goodsOf(vdc.regionId)!;
  const role = ROLES[p.role];
  const [cpu, ram] = rng.pick(role.sizes);
  const instanceType = role.types.find((t) => goods.instanceTypes.includes(t)) ?? 'Standard';
  const soldDisk = (types: string[]) => types.find((t) => goods.disks.some((d) => d.Type === t)) ?? 'ssd_disk';
  const dataDisks: DataDisk[] = role.disks.map((d) => ({ diskId: rng.uuid(), type: soldDisk(d.types), size: rng.pick(d.sizes) }));
  if (rng.chance(role.extraDisk)) dataDisks.push({ diskId: rng.uuid(), type: 'ssd_disk', size: rng.pick([50, 100, 200]) });

  const privateImage = p.privateImage === undefined ? undefined : backend.privateImages[p.privateImage];
  const imageId = privateImage?.ImageId ?? rng.pick(p.role === 'windows' ? WINDOWS_IMAGES : LINUX_IMAGES);

  const nic = (networkId: string, name: string, ip: string): Nic => ({ interfaceId: rng.uuid(), name, ip, mac: rng.mac(), networkId });
  const takeFrom = (pool: PublicNetwork | PrivateNetwork) => {
    const ip = pool.firstFree();
    if (!ip) throw new Error(`seed plan: no address left on ${pool.name}`);
    pool.take(ip); // taken again by addInstance; marking now keeps the next pick distinct
    return ip;
  };
  const pub = vdc.publicNetworks[0]!;
  const privateNics = vdc.privateNetworks
    .slice(0, p.twoNics ? 2 : 1)
    .map((net) => nic(net.privateId, net.name, takeFrom(net)));
  const systemSize = imageId.startsWith('Windows') || privateImage?.ImageType === 'windows' ? 80 : 40;
  return {
    instanceId: rng.uuid(),
    name: p.name,
    status: p.status ?? 'running',
    chargeType: p.prePaid ? 'PrePaid' : 'PostPaid',
    vdcId: vdc.vdcId,
    regionId: vdc.regionId,
    cpu,
    ram,
    instanceType,
    imageId,
    createdAt: vdc.createdAt + rng.int(1, 420) * DAY + rng.int(0, DAY / 1000) * 1000,
    systemDisk: { size: systemSize, iops: systemSize * 15 },
    dataDisks,
    publicNic: p.publicIp ? nic(pub.publicId, pub.name, takeFrom(pub)) : undefined,
    privateNics,
    charged: 0,
  };
}
