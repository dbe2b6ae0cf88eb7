import type {
  Instance,
  PrivateNetwork,
  PublicNetwork,
  PublicSegment,
} from '@console/api-types/client';

/**
 * Which instance uses which address of a VDC's networks. A public segment's usable addresses
 * are all but its network address, gateway and broadcast (the document's /30 has one); the
 * users come from DescribeInstances of the VDC.
 */

const toInt = (ip: string) => ip.split('.').reduce((n, p) => n * 256 + Number(p), 0);
const toIp = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

export interface AddressUse {
  ip: string;
  instance?: { id: string; name: string };
}

/** The usable addresses of a segment. */
export function segmentAddresses(segment: PublicSegment): string[] {
  const size = 2 ** (32 - segment.mask);
  const network = Math.floor(toInt(segment.address) / size) * size;
  const out: string[] = [];
  for (let n = network + 2; n < network + size - 1; n++) out.push(toIp(n));
  return out;
}

/** Each usable address of a segment with the instance bound to it, if any. */
export function segmentUse(segment: PublicSegment, instances: readonly Instance[]): AddressUse[] {
  const byIp = new Map<string, { id: string; name: string }>();
  for (const i of instances)
    for (const n of i.publicInterfaces)
      if (n.ip) byIp.set(n.ip, { id: i.id, name: i.name || i.id });
  return segmentAddresses(segment).map((ip) => ({ ip, instance: byIp.get(ip) }));
}

/** The addresses of a private network that instances use, with who uses them. */
export function privateUse(network: PrivateNetwork, instances: readonly Instance[]): AddressUse[] {
  return instances.flatMap((i) =>
    i.privateInterfaces
      .filter((n) => n.networkId === network.id && n.ip)
      .map((n) => ({ ip: n.ip, instance: { id: i.id, name: i.name || i.id } })),
  );
}

/** Addresses a private network has in all, from its CIDR (undefined when the cloud answered none). */
export function privateSize(network: PrivateNetwork): number | undefined {
  const mask = Number(network.cidr?.split('/')[1]);
  return Number.isInteger(mask) && mask > 0 && mask < 31 ? 2 ** (32 - mask) - 2 : undefined;
}

/** How many addresses of a public network are in use: usable minus unused. */
export function publicInUse(network: PublicNetwork): number {
  const usable = network.segments.reduce((n, s) => n + segmentAddresses(s).length, 0);
  return Math.max(0, usable - network.unusedIpCount);
}

/** How many addresses of a private network are in use (by instances or other products such as databases). */
export function privateInUse(network: PrivateNetwork): number {
  const size = privateSize(network);
  return size === undefined ? 0 : Math.max(0, size - network.unusedIpCount);
}
