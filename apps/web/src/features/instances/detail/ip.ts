import { isIpv4, type Instance, type NetworkInterface, type Vdc } from '@console/api-types/client';
import type { Translate } from '../../../i18n/i18n';

/**
 * Addresses of a VDC network. DescribeVdc names only segments and a count of unused
 * addresses, not the free addresses themselves: the free ones are the segments' usable
 * addresses minus those the VDC's instances hold. Another account's or an unlisted holder may
 * still take one, so a typed address is accepted too and the cloud has the last word.
 */

export const ipToInt = (ip: string) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
export const intToIp = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');

/** One block of a network: its first and last address, and those inside it that cannot be given out. */
export interface AddressBlock {
  /** As shown to the person: "101.251.2.0/28" or "10.240.59.0/24". */
  label: string;
  first: number;
  last: number;
  reserved: Set<number>;
}

export interface NetworkAddresses {
  id: string;
  name: string;
  kind: 'public' | 'private';
  blocks: AddressBlock[];
}

/** The block of "a.b.c.d" with a prefix length. */
function cidr(address: string, mask: number) {
  const size = 2 ** (32 - mask);
  const first = Math.floor(ipToInt(address) / size) * size;
  return { first, last: first + size - 1 };
}

/** A private segment as answered: "10.240.59.0/24~10.240.59.255/24" (or a plain "10.240.59.0/24"). */
export function parsePrivateSegment(segment: string): AddressBlock | undefined {
  const [from, to] = segment.split('~').map((s) => s.trim());
  const [fromIp, fromMask] = (from ?? '').split('/');
  if (!fromIp || !isIpv4(fromIp)) return undefined;
  const mask = Number(fromMask ?? 32);
  const toIp = to?.split('/')[0];
  const range = toIp && isIpv4(toIp) ? { first: ipToInt(fromIp), last: ipToInt(toIp) } : cidr(fromIp, Number.isInteger(mask) ? mask : 32);
  if (range.last < range.first) return undefined;
  return { label: `${intToIp(range.first)}/${Number.isInteger(mask) ? mask : 32}`, ...range, reserved: new Set([range.first, range.last]) };
}

/** The networks of a VDC with their blocks: public segments keep network, gateway and broadcast apart. */
export function vdcNetworks(vdc: Vdc): NetworkAddresses[] {
  const publics = vdc.publicNetworks.map<NetworkAddresses>((n) => ({
    id: n.id,
    name: n.name,
    kind: 'public',
    blocks: n.segments
      .filter((s) => isIpv4(s.address))
      .map((s) => {
        const r = cidr(s.address, s.mask);
        const reserved = new Set([r.first, r.last]);
        if (isIpv4(s.gateway)) reserved.add(ipToInt(s.gateway));
        return { label: `${intToIp(r.first)}/${s.mask}`, ...r, reserved };
      }),
  }));
  const privates = vdc.privateNetworks.map<NetworkAddresses>((n) => ({
    id: n.id,
    name: n.name,
    kind: 'private',
    blocks: n.segments.map(parsePrivateSegment).filter((b): b is AddressBlock => !!b),
  }));
  return [...publics, ...privates];
}

/** Every address the listed instances hold (any interface): they are not free. */
export function usedAddresses(instances: readonly Instance[]): Set<string> {
  const used = new Set<string>();
  for (const i of instances) for (const nic of [...i.publicInterfaces, ...i.privateInterfaces]) if (nic.ip) used.add(nic.ip);
  return used;
}

/** The first `limit` free addresses of a network, in order. */
export function freeAddresses(net: NetworkAddresses, used: ReadonlySet<string>, limit = 256): string[] {
  const out: string[] = [];
  for (const b of net.blocks) {
    for (let n = b.first; n <= b.last && out.length < limit; n++) {
      const ip = intToIp(n);
      if (!b.reserved.has(n) && !used.has(ip)) out.push(ip);
    }
  }
  return out;
}

/**
 * What is wrong with giving `ip` to the interface, or undefined. `used` holds the addresses
 * other interfaces hold (the interface's own address is "unchanged", not "in use").
 */
export function addressProblem(ip: string, nic: NetworkInterface, net: NetworkAddresses | undefined, used: ReadonlySet<string>, t: Translate): string | undefined {
  const v = ip.trim();
  if (!v) return t('compute.err.ipRequired');
  if (!isIpv4(v)) return t('compute.err.ipMalformed');
  if (v === nic.ip) return t('compute.err.ipSame');
  if (!net || net.blocks.length === 0) return undefined;
  const n = ipToInt(v);
  const block = net.blocks.find((b) => n >= b.first && n <= b.last);
  if (!block) return t('compute.err.ipOutside', { segments: net.blocks.map((b) => b.label).join(', ') });
  if (block.reserved.has(n)) return t('compute.err.ipReserved');
  if (used.has(v)) return t('compute.err.ipUsed');
  return undefined;
}
