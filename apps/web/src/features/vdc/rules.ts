import {
  RENEWING_METHODS,
  type PublicNetwork,
  type PrivateNetwork,
  type PublicSegment,
  type Vdc,
} from '@console/api-types/client';
import { privateInUse, publicInUse } from './addresses';
import type { en } from './messages.en';

/**
 * Why the cloud would refuse a change right now, as the simulator and the document say: a
 * reason (message key and values) to show on the disabled action, or undefined when it can run.
 */
export type Blocked = { key: keyof typeof en; vars?: Record<string, string | number> } | undefined;

const busy = (what: { status: string }, name: string): Blocked =>
  what.status !== 'ok'
    ? { key: 'vdc.blocked.busy', vars: { name, status: what.status } }
    : undefined;

/** DeleteVdc: no instances, no public network, no private address held by another product. */
export function deleteVdcBlocked(vdc: Vdc, instanceCount: number): Blocked {
  const b = busy(vdc, vdc.name);
  if (b) return b;
  if (instanceCount > 0) return { key: 'vdc.blocked.instances', vars: { count: instanceCount } };
  const pub = vdc.publicNetworks[0];
  if (pub) return { key: 'vdc.blocked.public', vars: { name: pub.name } };
  const held = vdc.privateNetworks.find((p) => privateInUse(p) > 0);
  if (held)
    return { key: 'vdc.blocked.privateHeld', vars: { name: held.name, count: privateInUse(held) } };
  return vdc.privateNetworks.map((p) => busy(p, p.name)).find(Boolean);
}

/** Changes of a network need it and its VDC settled. */
export function changeBlocked(vdc: Vdc, network: { status: string; name: string }): Blocked {
  return busy(vdc, vdc.name) ?? busy(network, network.name);
}

export function deletePublicBlocked(vdc: Vdc, network: PublicNetwork): Blocked {
  const b = changeBlocked(vdc, network);
  if (b) return b;
  const used = publicInUse(network);
  return used > 0 ? { key: 'vdc.blocked.inUse', vars: { count: used } } : undefined;
}

export function deletePrivateBlocked(
  vdc: Vdc,
  network: PrivateNetwork,
  instanceCount: number,
): Blocked {
  const b = changeBlocked(vdc, network);
  if (b) return b;
  const used = Math.max(privateInUse(network), instanceCount);
  return used > 0 ? { key: 'vdc.blocked.inUse', vars: { count: used } } : undefined;
}

/** DeletePublicIp: not the last block, none of its addresses in use. */
export function deleteSegmentBlocked(
  vdc: Vdc,
  network: PublicNetwork,
  segment: PublicSegment,
  usedInSegment: number,
): Blocked {
  const b = changeBlocked(vdc, network);
  if (b) return b;
  if (network.segments.length <= 1) return { key: 'vdc.blocked.lastSegment' };
  return usedInSegment > 0
    ? {
        key: 'vdc.blocked.segmentInUse',
        vars: { count: usedInSegment, segment: `${segment.address}/${segment.mask}` },
      }
    : undefined;
}

/** ModifyPublicNetwork: a data package's size is bought, not changed. */
export function bandwidthBlocked(vdc: Vdc, network: PublicNetwork): Blocked {
  const b = changeBlocked(vdc, network);
  if (b) return b;
  return network.billingMethod === 'DataPackage' ? { key: 'vdc.blocked.dataPackage' } : undefined;
}

/** RenewPublicNetwork: only the billing methods that renew (DataPackage, Bandwidth_95). */
export function renewBlocked(network: PublicNetwork): Blocked {
  if (network.status === 'creating' || network.status === 'deleting')
    return busy(network, network.name);
  if (network.billingMethod && !RENEWING_METHODS.includes(network.billingMethod))
    return { key: 'vdc.blocked.noRenew', vars: { method: network.billingMethod } };
  return undefined;
}
