import {
  accountArrearage,
  incorrectNetworkStatus,
  incorrectVdcStatus,
  publicNetworkField,
  publicNetworkQuotaExceeded,
  segmentQuotaExceeded,
} from '../../network-exceptions';
import type { Account } from '../account';
import type { RegionBackend } from '../backend';
import { goodsOf } from '../goods';
import type { Task } from '../tasks';
import { PublicNetwork, type BillingMethod, type Vdc } from '../vdc';
import type { World } from '../world';
import { findPublicNetwork, findSegment, findVdc, instancesOn, someNames, usersText } from './find';
import { addressCharge, bandwidthCharge } from './pricing';
import { charge, FAIL_MARKER, startTask } from './run-task';
import { allocateSegment, holdSegment } from './segments';

/**
 * CreatePublicNetwork (and CreateVdc's PublicNetwork), ModifyPublicNetwork, AddPublicIp,
 * DeletePublicIp, DeletePublicNetwork, RenewPublicNetwork. A network is "creating", "updating"
 * or "deleting" while its task runs and refuses other changes meanwhile; its VDC must be "ok".
 */

export const MAX_PUBLIC_NETWORKS = 4;
export const MAX_SEGMENTS = 8;

export interface PublicNetworkSpec {
  Name?: string;
  Type: string;
  BillingMethod: BillingMethod;
  Qos: number;
  IPNum: number;
  AutoRenew?: number;
  FloatBandwidth?: number;
}

const MALFORMED = {
  modify: 'InvalidPublicNetworkID.Malformed',
  addIp: 'InvalidPublicNetworkID.Malformed',
  delete: 'InvalidPublicID.Malformed',
  renew: 'InvalidPublicId.Malformed',
  segment: 'InvalidIpId.Malformed',
};

/** The region's MaxQos for a type and billing method, checking both are sold there. */
export function maxQosOf(regionId: string, type: string, method: string): number {
  const good = goodsOf(regionId)?.wan.find((w) => w.Type === type);
  if (!good) throw publicNetworkField('Type', `${regionId} does not sell the bandwidth type "${type}" (see DescribeAvailableResource)`);
  const billing = good.BillingMethod.find((b) => b.Key === method);
  if (!billing) {
    const sold = good.BillingMethod.map((b) => b.Key).join(', ');
    throw publicNetworkField('BillingMethod', `${type} in ${regionId} is sold as ${sold}, not ${method}`);
  }
  return billing.MaxQos;
}

/** Bandwidth_95's cap: as given, else 120 % of the floor. */
const floatOf = (spec: PublicNetworkSpec) =>
  spec.BillingMethod === 'Bandwidth_95' ? (spec.FloatBandwidth ?? Math.ceil(spec.Qos * 1.2)) : undefined;

function checkSpec(regionId: string, spec: PublicNetworkSpec) {
  const max = maxQosOf(regionId, spec.Type, spec.BillingMethod);
  if (spec.Qos > max) throw publicNetworkField('Bandwich', `${spec.Type} (${spec.BillingMethod}) in ${regionId} is sold up to ${max}`);
  const float = floatOf(spec);
  if (float !== undefined && float > max) throw publicNetworkField('Bandwich', `the cap (FloatBandwidth) ${float} Mbps is more than ${max}`);
}

const busy = (status: string) => status !== 'ok';

function checkVdcSettled(vdc: Vdc) {
  if (busy(vdc.status)) throw incorrectVdcStatus(`VDC ${vdc.name} is ${vdc.status}`);
}

function checkSettled(network: PublicNetwork) {
  if (busy(network.status)) throw incorrectNetworkStatus(`public network ${network.name} is ${network.status}`);
}

function checkBalance(account: Account, amount: number) {
  if (account.balance <= 0 || account.balance < amount) throw accountArrearage(amount, account.balance);
}

export interface PlannedPublicNetwork {
  network: PublicNetwork;
  cost: number;
}

/**
 * Checks a new public network for a VDC and builds it ("creating", not yet in the VDC): type,
 * billing method and Qos as the region sells them, a free block of IPNum addresses.
 */
export function planPublicNetwork(world: World, backend: RegionBackend, vdc: Vdc, spec: PublicNetworkSpec): PlannedPublicNetwork {
  checkSpec(vdc.regionId, spec);
  if (vdc.publicNetworks.length >= MAX_PUBLIC_NETWORKS) throw publicNetworkQuotaExceeded(MAX_PUBLIC_NETWORKS);
  const segment = allocateSegment(backend, spec.IPNum, world.rng, world.rng.uuid());
  if (!segment) throw publicNetworkField('Ip', `no free block of ${spec.IPNum} addresses is left in ${vdc.regionId}`);
  const network = new PublicNetwork(world.rng.uuid(), spec.Name?.trim() || `公网${vdc.publicNetworks.length + 1}`, spec.Type, spec.Qos, [segment], {
    billingMethod: spec.BillingMethod,
    autoRenew: spec.AutoRenew === 0 ? 0 : 1,
    floatBandwidth: floatOf(spec),
    createdAt: world.now(),
  });
  network.status = 'creating';
  return { network, cost: bandwidthCharge(spec.BillingMethod, spec.Qos) + addressCharge(spec.IPNum) };
}

export function createPublicNetwork(world: World, account: Account, req: PublicNetworkSpec & { VdcId: string }): Task {
  const { backend, vdc } = findVdc(account, req.VdcId, { malformed: 'InvalidVdcId.Malformed' });
  checkVdcSettled(vdc);
  const { network, cost } = planPublicNetwork(world, backend, vdc, req);
  checkBalance(account, cost);
  const refund = charge(account, cost);
  vdc.publicNetworks.push(network);
  const fails = (req.Name ?? '').includes(FAIL_MARKER);
  return startTask(world, account, 'createPublicNetwork', [network.publicId, vdc.vdcId], () => {
    if (fails) {
      vdc.publicNetworks.splice(vdc.publicNetworks.indexOf(network), 1);
      refund();
      return `The simulator failed this create on purpose (the name contains "${FAIL_MARKER}")`;
    }
    network.status = 'ok';
  });
}

/** ModifyPublicNetwork: a new Qos within what the type sells; a larger one pays the day's difference. */
export function modifyPublicNetwork(world: World, account: Account, req: { PublicId: string; Qos: number }): Task {
  const { vdc, network } = findPublicNetwork(account, req.PublicId, MALFORMED.modify);
  checkVdcSettled(vdc);
  checkSettled(network);
  const method = network.billing.billingMethod;
  if (method === 'DataPackage') {
    throw incorrectNetworkStatus(`public network ${network.name} is billed by data package: its size is bought, not changed`);
  }
  const max = maxQosOf(vdc.regionId, network.type, method);
  if (req.Qos > max) throw publicNetworkField('Bandwich', `${network.type} (${method}) in ${vdc.regionId} is sold up to ${max} Mbps`);
  if (method === 'Bandwidth' && req.Qos % 5 !== 0) throw publicNetworkField('Bandwich', 'a fixed bandwidth changes in steps of 5 Mbps');
  if (method === 'Bandwidth_95' && req.Qos % 50 !== 0) throw publicNetworkField('Bandwich', 'a 95th-percentile floor changes in steps of 50 Mbps');
  if (req.Qos === network.qos) throw publicNetworkField('Bandwich', `public network ${network.name} already has ${network.qos} Mbps`);
  const cost = Math.max(0, bandwidthCharge(method, req.Qos) - bandwidthCharge(method, network.qos));
  checkBalance(account, cost);
  charge(account, cost);
  network.status = 'updating';
  return startTask(world, account, 'modifyPublicNetwork', [network.publicId], () => {
    network.qos = req.Qos;
    if (network.billing.floatBandwidth !== undefined) {
      network.billing.floatBandwidth = Math.max(network.billing.floatBandwidth, Math.ceil(req.Qos * 1.2));
    }
    network.status = 'ok';
  });
}

/** AddPublicIp: one more block of Number addresses, in the network at FINISH. */
export function addPublicIp(world: World, account: Account, req: { PublicId: string; Number: number }): Task {
  const { backend, vdc, network } = findPublicNetwork(account, req.PublicId, MALFORMED.addIp);
  checkVdcSettled(vdc);
  checkSettled(network);
  if (network.segments.length >= MAX_SEGMENTS) throw segmentQuotaExceeded(MAX_SEGMENTS);
  const cost = addressCharge(req.Number);
  checkBalance(account, cost);
  const segment = allocateSegment(backend, req.Number, world.rng, world.rng.uuid());
  if (!segment) throw publicNetworkField('IP', `no free block of ${req.Number} addresses is left in ${vdc.regionId}`);
  charge(account, cost);
  const release = holdSegment(backend, segment);
  network.status = 'updating';
  return startTask(world, account, 'addPublicIp', [network.publicId, segment.segmentId], () => {
    release();
    network.segments.push(segment);
    network.status = 'ok';
  });
}

/** DeletePublicIp: a block none of whose addresses is in use; a network keeps at least one. */
export function deletePublicIp(world: World, account: Account, req: { SegmentId: string }): Task {
  const { vdc, network, segment } = findSegment(account, req.SegmentId, MALFORMED.segment);
  checkVdcSettled(vdc);
  checkSettled(network);
  if (network.segments.length === 1) {
    throw incorrectNetworkStatus(`${segment.address}/${segment.mask} is the last IP segment of public network ${network.name}: delete the network instead`);
  }
  const inUse = network.usedIn(segment);
  if (inUse.length > 0) throw incorrectNetworkStatus(`addresses of ${segment.address}/${segment.mask} are in use (${someNames(inUse)})`);
  segment.retiring = true;
  network.status = 'updating';
  return startTask(world, account, 'deletePublicIp', [network.publicId, segment.segmentId], () => {
    network.segments.splice(network.segments.indexOf(segment), 1);
    network.status = 'ok';
  });
}

/** DeletePublicNetwork: only when no instance uses one of its addresses. */
export function deletePublicNetwork(world: World, account: Account, req: { PublicId: string }): Task {
  const { backend, vdc, network } = findPublicNetwork(account, req.PublicId, MALFORMED.delete);
  checkVdcSettled(vdc);
  checkSettled(network);
  const users = instancesOn(backend, vdc, network.publicId);
  if (users.length > 0 || network.used.size > 0) {
    throw incorrectNetworkStatus(`public network ${network.name} has addresses in use by ${usersText(users.map((i) => i.name), network.used.size)}`);
  }
  network.status = 'deleting';
  return startTask(world, account, 'deletePublicNetwork', [network.publicId, vdc.vdcId], () => {
    vdc.publicNetworks.splice(vdc.publicNetworks.indexOf(network), 1);
  });
}

/** RenewPublicNetwork: auto-renewal on or off, for the billing methods that renew (no task). */
export function renewPublicNetwork(account: Account, req: { PublicId: string; AutoRenew: number }) {
  const { network } = findPublicNetwork(account, req.PublicId, MALFORMED.renew);
  const method = network.billing.billingMethod;
  if (method !== 'DataPackage' && method !== 'Bandwidth_95') {
    throw incorrectNetworkStatus(`public network ${network.name} is billed by ${method}, which does not renew: auto-renewal applies to DataPackage and Bandwidth_95`);
  }
  if (network.status === 'deleting' || network.status === 'creating') throw incorrectNetworkStatus(`public network ${network.name} is ${network.status}`);
  network.billing.autoRenew = req.AutoRenew === 0 ? 0 : 1;
}
