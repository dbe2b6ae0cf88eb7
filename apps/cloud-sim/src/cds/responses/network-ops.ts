import { cdsNetworkOps } from '@console/api-types';
import { findAnyNetwork } from '../models/network/find';
import {
  addPublicIp,
  createPublicNetwork,
  deletePublicIp,
  deletePublicNetwork,
  modifyPublicNetwork,
  renewPublicNetwork,
} from '../models/network/public-networks';
import { trafficCap, trafficOf } from '../models/network/traffic';
import { createPrivateNetwork, createVdc, deleteVdc, deletePrivateNetwork } from '../models/network/vdcs';
import { handler } from '../registry';

/**
 * The network actions of 虚拟数据中心相关 other than DescribeVdc (/network). Each change answers
 * {Code, TaskId} as the document's examples do; RenewPublicNetwork answers no task.
 */

/** The document's codes for a malformed field, per action (it spells them differently). */
const PUBLIC_NETWORK_CODES = {
  Type: 'InvalidPublicNetwork.Type.Malformed',
  BillingMethod: 'InvalidPublicNetwork.BillingMethod.Malformed',
  Qos: 'InvalidPublicNetwork.Bandwich.Malformed',
  FloatBandwidth: 'InvalidPublicNetwork.Bandwich.Malformed',
  IPNum: 'InvalidPublicNetwork.Ip.Malformed',
};
const nested = (prefix: string, codes: Record<string, string>) =>
  Object.fromEntries(Object.entries(codes).map(([k, v]) => [`${prefix}.${k}`, v]));

const task = (t: { taskId: string }) => ({ TaskId: t.taskId });

export const createVdcHandler = handler(
  '/network',
  cdsNetworkOps.CreateVdc,
  ({ world, account }, input) => task(createVdc(world, account, input)),
  { fieldCodes: { RegionId: 'InvalidRegionId.Malformed', ...nested('PublicNetwork', PUBLIC_NETWORK_CODES) } },
);

export const deleteVdcHandler = handler(
  '/network',
  cdsNetworkOps.DeleteVdc,
  ({ world, account }, input) => task(deleteVdc(world, account, input)),
);

export const createPublicNetworkHandler = handler(
  '/network',
  cdsNetworkOps.CreatePublicNetwork,
  ({ world, account }, input) => task(createPublicNetwork(world, account, input)),
  { fieldCodes: PUBLIC_NETWORK_CODES },
);

export const createPrivateNetworkHandler = handler(
  '/network',
  cdsNetworkOps.CreatePrivateNetwork,
  ({ world, account }, input) => task(createPrivateNetwork(world, account, input)),
  { fieldCodes: { VdcId: 'InvalidVDCID.Malformed', Address: 'InvalidPrivateIpAddress.Malformed', Mask: 'InvalidPrivateIpAddress.Malformed' } },
);

export const modifyPublicNetworkHandler = handler(
  '/network',
  cdsNetworkOps.ModifyPublicNetwork,
  ({ world, account }, input) => task(modifyPublicNetwork(world, account, input)),
  { fieldCodes: { PublicId: 'InvalidPublicNetworkID.Malformed', Qos: 'InvalidPublicNetwork.Bandwich.Malformed' } },
);

export const addPublicIpHandler = handler(
  '/network',
  cdsNetworkOps.AddPublicIp,
  ({ world, account }, input) => task(addPublicIp(world, account, input)),
  { fieldCodes: { PublicId: 'InvalidPublicNetworkID.Malformed', Number: 'InvalidPublicNetwork.IP.Malformed' } },
);

export const deletePublicIpHandler = handler(
  '/network',
  cdsNetworkOps.DeletePublicIp,
  ({ world, account }, input) => task(deletePublicIp(world, account, input)),
  { fieldCodes: { SegmentId: 'InvalidIpId.Malformed' } },
);

export const deletePublicNetworkHandler = handler(
  '/network',
  cdsNetworkOps.DeletePublicNetwork,
  ({ world, account }, input) => task(deletePublicNetwork(world, account, input)),
  { fieldCodes: { PublicId: 'InvalidPublicID.Malformed' } },
);

export const deletePrivateNetworkHandler = handler(
  '/network',
  cdsNetworkOps.DeletePrivateNetwork,
  ({ world, account }, input) => task(deletePrivateNetwork(world, account, input)),
  { fieldCodes: { PrivateId: 'InvalidPrivateId.Malformed' } },
);

export const renewPublicNetworkHandler = handler(
  '/network',
  cdsNetworkOps.RenewPublicNetwork,
  ({ account }, input) => {
    renewPublicNetwork(account, input);
    return {};
  },
  { fieldCodes: { PublicId: 'InvalidPublicId.Malformed' } },
);

/** DescribeBandwidthTraffic: the last five minutes of a public or private network, under its MaxQos. */
export const describeBandwidthTraffic = handler(
  '/network',
  cdsNetworkOps.DescribeBandwidthTraffic,
  ({ world, account }, input) => {
    const found = findAnyNetwork(account, input.NetworkId, 'InvalidPublicId.Malformed');
    const { network } = found;
    const cap = trafficCap(found.kind, network);
    const usable = found.kind === 'public' ? network.usable().length : network.unusedCount() + network.used.size;
    const inUse = usable > 0 ? network.used.size / usable : 0;
    const settled = network.status === 'ok' || network.status === 'updating';
    const reading = trafficOf(input.NetworkId, cap, inUse, settled, world.now());
    return {
      Data: { LastFiveMinutesUsage: { Inbps: reading.inBps, Outbps: reading.outBps }, MaxQos: reading.maxQos },
    };
  },
  { fieldCodes: { NetworkId: 'InvalidPublicId.Malformed' } },
);
