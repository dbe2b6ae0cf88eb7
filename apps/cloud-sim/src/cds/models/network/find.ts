import { isUuid } from '../../../util/prng';
import {
  idMalformed,
  networkNotFound,
  privateNetworkNotFound,
  publicNetworkNotFound,
  segmentNotFound,
  vdcGone,
} from '../../network-exceptions';
import type { Account } from '../account';
import type { RegionBackend } from '../backend';
import type { PrivateNetwork, PublicNetwork, PublicSegment, Vdc } from '../vdc';

/**
 * Looks up a VDC, network or IP segment of the account by id: a malformed id answers the
 * action's own Malformed code (the document spells it differently per action), a missing one
 * the matching NotFound.
 */

export interface InVdc {
  backend: RegionBackend;
  vdc: Vdc;
}

export function findVdc(account: Account, id: string, codes: { malformed: string; notFound?: string }): InVdc {
  if (!isUuid(id)) throw idMalformed(codes.malformed, 'VdcId', id);
  const found = account.findVdc(id);
  if (!found) throw vdcGone(id, codes.notFound);
  return found;
}

function eachVdc(account: Account): InVdc[] {
  return account.regions().flatMap((backend) => [...backend.vdcs.values()].map((vdc) => ({ backend, vdc })));
}

export function findPublicNetwork(account: Account, id: string, malformed: string, field = 'PublicId'): InVdc & { network: PublicNetwork } {
  if (!isUuid(id)) throw idMalformed(malformed, field, id);
  for (const found of eachVdc(account)) {
    const network = found.vdc.publicNetwork(id);
    if (network) return { ...found, network };
  }
  throw publicNetworkNotFound(id);
}

export function findPrivateNetwork(account: Account, id: string, malformed: string): InVdc & { network: PrivateNetwork } {
  if (!isUuid(id)) throw idMalformed(malformed, 'PrivateId', id);
  for (const found of eachVdc(account)) {
    const network = found.vdc.privateNetwork(id);
    if (network) return { ...found, network };
  }
  throw privateNetworkNotFound(id);
}

export function findSegment(account: Account, id: string, malformed: string): InVdc & { network: PublicNetwork; segment: PublicSegment } {
  if (!isUuid(id)) throw idMalformed(malformed, 'SegmentId', id);
  for (const found of eachVdc(account)) {
    for (const network of found.vdc.publicNetworks) {
      const segment = network.segment(id);
      if (segment) return { ...found, network, segment };
    }
  }
  throw segmentNotFound(id);
}

/** A public or a private network (DescribeBandwidthTraffic's NetworkId). */
export function findAnyNetwork(account: Account, id: string, malformed: string): InVdc & ({ kind: 'public'; network: PublicNetwork } | { kind: 'private'; network: PrivateNetwork }) {
  if (!isUuid(id)) throw idMalformed(malformed, 'NetworkId', id);
  for (const found of eachVdc(account)) {
    const pub = found.vdc.publicNetwork(id);
    if (pub) return { ...found, kind: 'public', network: pub };
    const priv = found.vdc.privateNetwork(id);
    if (priv) return { ...found, kind: 'private', network: priv };
  }
  throw networkNotFound(id);
}

/** Names of the instances of a VDC with an interface on the network, for refusals that say who. */
export function instancesOn(backend: RegionBackend, vdc: Vdc, networkId: string) {
  return [...backend.instances.values()]
    .filter((i) => i.vdcId === vdc.vdcId)
    .filter((i) => i.publicNic?.networkId === networkId || i.privateNics.some((n) => n.networkId === networkId));
}

/** "a, b, c and 4 more" */
export function someNames(names: string[], max = 3) {
  const shown = names.slice(0, max).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

/** Who uses a network's addresses, for a refusal: the instances by name, else how many (databases take them too). */
export function usersText(instanceNames: string[], usedCount: number) {
  if (instanceNames.length > 0) return someNames(instanceNames);
  return `${usedCount} address(es) held by other products (databases)`;
}
