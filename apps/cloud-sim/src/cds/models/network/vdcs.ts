import { CDS_REGIONS } from '@console/api-types';
import { block, intToIp, ipToInt } from '../../../util/ipv4';
import {
  accountArrearage,
  incorrectNetworkStatus,
  incorrectVdcStatus,
  privateAddressMalformed,
  privateAddressOverlaps,
  privateNetworkQuotaExceeded,
  regionIdMalformed,
  regionNotOnSale,
  vdcQuotaExceeded,
} from '../../network-exceptions';
import type { Account } from '../account';
import { isKnownRegion } from '../goods';
import type { Task } from '../tasks';
import { PrivateNetwork, Vdc } from '../vdc';
import type { World } from '../world';
import { findPrivateNetwork, findVdc, instancesOn, someNames, usersText } from './find';
import { planPublicNetwork, type PublicNetworkSpec } from './public-networks';
import { charge, FAIL_MARKER, startTask } from './run-task';

/** CreateVdc, DeleteVdc, CreatePrivateNetwork and DeletePrivateNetwork. */

export const MAX_VDCS_PER_REGION = 5;
export const MAX_PRIVATE_NETWORKS = 5;

/** Appendix 1's test regions ("（测试）") sell nothing new: Region.NotOnSale. */
export const TEST_REGIONS: readonly string[] = CDS_REGIONS.filter((r) => r.zh.includes('测试')).map((r) => r.id);

const failed = `The simulator failed this create on purpose (the name contains "${FAIL_MARKER}")`;

export interface CreateVdcRequest {
  RegionId: string;
  VdcName?: string;
  PublicNetwork?: PublicNetworkSpec;
}

/**
 * CreateVdc: a VDC ("creating" until FINISH) in a region on sale, within the region's quota,
 * with its public network when one is asked for (checked and paid first).
 */
export function createVdc(world: World, account: Account, req: CreateVdcRequest): Task {
  if (!isKnownRegion(req.RegionId)) throw regionIdMalformed(req.RegionId);
  if (TEST_REGIONS.includes(req.RegionId)) throw regionNotOnSale(req.RegionId);
  const backend = account.backend(req.RegionId);
  if (backend.vdcs.size >= MAX_VDCS_PER_REGION) throw vdcQuotaExceeded(req.RegionId, MAX_VDCS_PER_REGION);
  const vdcId = world.rng.uuid();
  const vdc = new Vdc(vdcId, req.VdcName?.trim() || vdcId, req.RegionId, world.now());
  const planned = req.PublicNetwork ? planPublicNetwork(world, backend, vdc, req.PublicNetwork) : undefined;
  const cost = planned?.cost ?? 0;
  if (account.balance <= 0 || account.balance < cost) throw accountArrearage(cost, account.balance);
  const refund = charge(account, cost);
  vdc.status = 'creating';
  if (planned) vdc.publicNetworks.push(planned.network);
  backend.addVdc(vdc);
  const fails = (req.VdcName ?? '').includes(FAIL_MARKER);
  const resourceIds = planned ? [vdcId, planned.network.publicId] : [vdcId];
  return startTask(world, account, 'createVdc', resourceIds, () => {
    if (fails) {
      backend.vdcs.delete(vdcId);
      refund();
      return failed;
    }
    vdc.status = 'ok';
    if (planned) planned.network.status = 'ok';
  });
}

/**
 * DeleteVdc: "a VDC without a public network" — and without instances. Its private networks,
 * which then have no interface on them, go with it.
 */
export function deleteVdc(world: World, account: Account, req: { VdcId: string }): Task {
  const { backend, vdc } = findVdc(account, req.VdcId, { malformed: 'InvalidVdcId.Malformed', notFound: 'VdcNotFound' });
  if (vdc.status !== 'ok') throw incorrectVdcStatus(`VDC ${vdc.name} is ${vdc.status}`);
  const holding = () => [...backend.instances.values()].filter((i) => i.vdcId === vdc.vdcId);
  const instances = holding();
  if (instances.length > 0) {
    throw incorrectVdcStatus(`VDC ${vdc.name} still holds ${instances.length} instance(s): ${someNames(instances.map((i) => i.name))}`);
  }
  if (vdc.publicNetworks.length > 0) {
    throw incorrectVdcStatus(`VDC ${vdc.name} still has public network ${someNames(vdc.publicNetworks.map((p) => p.name))}: delete it first`);
  }
  const held = vdc.privateNetworks.find((p) => p.used.size > 0);
  if (held) throw incorrectVdcStatus(`private network ${held.name} of VDC ${vdc.name} has addresses in use by ${usersText([], held.used.size)}`);
  const busy = vdc.privateNetworks.find((p) => p.status !== 'ok');
  if (busy) throw incorrectNetworkStatus(`private network ${busy.name} is ${busy.status}`);
  vdc.status = 'deleting';
  for (const p of vdc.privateNetworks) p.status = 'deleting';
  return startTask(world, account, 'deleteVdc', [vdc.vdcId], () => {
    // An instance created meanwhile keeps the VDC (the refusal above, found late).
    if (holding().length > 0) {
      vdc.status = 'ok';
      for (const p of vdc.privateNetworks) p.status = 'ok';
      return `VDC ${vdc.name} holds instances again`;
    }
    backend.vdcs.delete(vdc.vdcId);
  });
}

export interface CreatePrivateNetworkRequest {
  VdcId: string;
  Name?: string;
  Type?: string;
  Address?: string;
  Mask?: string | number;
}

const PRIVATE_RANGES = [block('10.0.0.0', 8), block('172.16.0.0', 12), block('192.168.0.0', 16)];

/** The block asked for, checked as a network engineer would: private range, network address, no overlap. */
function askedBlock(vdc: Vdc, address: string, mask: number) {
  const b = block(address, mask);
  if (!PRIVATE_RANGES.some((r) => b.network >= r.network && b.broadcast <= r.broadcast)) {
    throw privateAddressMalformed(`${address}/${mask} is not inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16`);
  }
  if (ipToInt(address) !== b.network) {
    throw privateAddressMalformed(`${address} is not the network address of a /${mask} (did you mean ${intToIp(b.network)}?)`);
  }
  const clash = vdc.privateNetworks.find((p) => p.overlaps(b.network, b.broadcast));
  if (clash) throw privateAddressOverlaps(`${address}/${mask} overlaps private network ${clash.name} (${clash.cidr})`);
  return { address, mask };
}

/** "auto": the first free 10.240.N.0/24 of the VDC, N from a seeded start. */
function autoBlock(world: World, vdc: Vdc) {
  const start = world.rng.int(1, 250);
  for (let k = 0; k < 254; k++) {
    const third = 1 + ((start - 1 + k) % 254);
    const b = block(`10.240.${third}.0`, 24);
    if (!vdc.privateNetworks.some((p) => p.overlaps(b.network, b.broadcast))) return { address: intToIp(b.network), mask: 24 };
  }
  throw privateAddressOverlaps('no free 10.240.N.0/24 is left in this VDC');
}

/** CreatePrivateNetwork: a block of the VDC ("creating" until FINISH), named 私网N unless named. */
export function createPrivateNetwork(world: World, account: Account, req: CreatePrivateNetworkRequest): Task {
  const { vdc } = findVdc(account, req.VdcId, { malformed: 'InvalidVDCID.Malformed' });
  if (vdc.status !== 'ok') throw incorrectVdcStatus(`VDC ${vdc.name} is ${vdc.status}`);
  if (vdc.privateNetworks.length >= MAX_PRIVATE_NETWORKS) throw privateNetworkQuotaExceeded(MAX_PRIVATE_NETWORKS);
  const { address, mask } = req.Address !== undefined ? askedBlock(vdc, req.Address, Number(req.Mask)) : autoBlock(world, vdc);
  const name = req.Name?.trim() || `私网${vdc.privateNetworks.length + 1}`;
  const network = new PrivateNetwork(world.rng.uuid(), name, address, mask, world.now());
  network.status = 'creating';
  vdc.privateNetworks.push(network);
  const fails = name.includes(FAIL_MARKER);
  return startTask(world, account, 'createPrivateNetwork', [network.privateId, vdc.vdcId], () => {
    if (fails) {
      vdc.privateNetworks.splice(vdc.privateNetworks.indexOf(network), 1);
      return failed;
    }
    network.status = 'ok';
  });
}

/** DeletePrivateNetwork: only when no instance has an interface on it. */
export function deletePrivateNetwork(world: World, account: Account, req: { PrivateId: string }): Task {
  const { backend, vdc, network } = findPrivateNetwork(account, req.PrivateId, 'InvalidPrivateId.Malformed');
  if (vdc.status !== 'ok') throw incorrectVdcStatus(`VDC ${vdc.name} is ${vdc.status}`);
  if (network.status !== 'ok') throw incorrectNetworkStatus(`private network ${network.name} is ${network.status}`);
  const users = instancesOn(backend, vdc, network.privateId);
  if (users.length > 0 || network.used.size > 0) {
    throw incorrectNetworkStatus(`private network ${network.name} has addresses in use by ${usersText(users.map((i) => i.name), network.used.size)}`);
  }
  network.status = 'deleting';
  return startTask(world, account, 'deletePrivateNetwork', [network.privateId, vdc.vdcId], () => {
    vdc.privateNetworks.splice(vdc.privateNetworks.indexOf(network), 1);
  });
}
