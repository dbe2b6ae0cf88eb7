import { isIpv4 } from '../../util/ipv4';
import { ipDuplicated, ipExhausted, ipMalformed, ipRepeated, type IpKind } from '../exceptions';
import type { PrivateNetwork, PublicNetwork, Vdc } from './vdc';

/**
 * Plans the addresses of a create before anything changes: PublicIp and PrivateIp as the
 * document allows them (a list, "auto", or nothing) and as clients send them (a single
 * address, a JSON string of a list, ["auto"]). Returns one choice per instance.
 */

type Pool = PublicNetwork | PrivateNetwork;
export interface AddressChoice<P extends Pool> {
  network: P;
  ip: string;
}

/** "auto" | address list | nothing, from whatever shape arrived. */
function requestedList(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter((v) => v !== '');
  const s = String(value).trim();
  if (s === '') return [];
  if (s.startsWith('[')) {
    try {
      return requestedList(JSON.parse(s));
    } catch {
      /* not JSON: treated as addresses below */
    }
  }
  return s.split(/[\s,]+/).filter(Boolean);
}

const isAuto = (s: string) => s.toLowerCase() === 'auto';

/**
 * One address per instance from `pools`: a single "auto" means every instance gets the next
 * free address; otherwise the list must give one entry per instance, each "auto" or an address.
 */
function choose<P extends Pool>(
  kind: IpKind,
  pools: P[],
  where: string,
  amount: number,
  wanted: string[],
  taken: Set<string>,
): AddressChoice<P>[] {
  const slots = wanted.length === 1 && isAuto(wanted[0]!) ? Array<string>(amount).fill('auto') : wanted;
  if (slots.length !== amount) {
    throw ipMalformed(kind, `give one address (or "auto") per instance: Amount is ${amount}, ${slots.length} given`);
  }
  const explicit = slots.filter((s) => !isAuto(s));
  for (const ip of explicit) {
    if (!isIpv4(ip)) throw ipMalformed(kind, `"${ip}" is not an IPv4 address`);
  }
  const seen = new Set<string>();
  for (const ip of explicit) {
    if (seen.has(ip)) throw ipRepeated(ip);
    seen.add(ip);
  }
  const chosen: AddressChoice<P>[] = [];
  const pending = new Set([...taken, ...explicit]);
  for (const slot of slots) {
    if (isAuto(slot)) {
      const found = pools.map((network) => ({ network, ip: network.firstFree(pending) })).find((c) => c.ip);
      if (!found?.ip) throw ipExhausted(kind, where);
      pending.add(found.ip);
      chosen.push({ network: found.network, ip: found.ip });
      continue;
    }
    const network = pools.find((p) => p.isUsable(slot));
    if (!network) throw ipMalformed(kind, `${slot} is not a usable address of ${where}`);
    if (network.used.has(slot) || taken.has(slot)) throw ipDuplicated(kind, slot);
    chosen.push({ network, ip: slot });
  }
  for (const c of chosen) taken.add(c.ip);
  return chosen;
}

/** PublicIp: nothing, "auto", or addresses of the VDC's public segments. */
export function planPublicIps(vdc: Vdc, amount: number, value: unknown): AddressChoice<PublicNetwork>[] {
  const wanted = requestedList(value);
  if (wanted.length === 0) return [];
  if (vdc.publicNetworks.length === 0) throw ipMalformed('Public', `VDC ${vdc.vdcId} has no public network`);
  return choose('Public', vdc.publicNetworks, `the public networks of VDC ${vdc.name}`, amount, wanted, new Set());
}

interface PrivateEntry {
  PrivateID?: unknown;
  PrivateId?: unknown;
  IP?: unknown;
}

function privateEntries(value: unknown): PrivateEntry[] | 'auto' {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') {
    const s = value.trim();
    if (s === '') return [];
    if (isAuto(s)) return 'auto';
    try {
      return privateEntries(JSON.parse(s));
    } catch {
      throw ipMalformed('Private', 'PrivateIp must be "auto" or a list of {"PrivateID", "IP"}');
    }
  }
  if (Array.isArray(value)) {
    if (value.length === 1 && typeof value[0] === 'string' && isAuto(value[0])) return 'auto';
    if (value.every((v) => typeof v === 'object' && v !== null)) return value as PrivateEntry[];
    throw ipMalformed('Private', 'PrivateIp must be "auto" or a list of {"PrivateID", "IP"}');
  }
  if (typeof value === 'object') return [value as PrivateEntry];
  throw ipMalformed('Private', 'PrivateIp must be "auto" or a list of {"PrivateID", "IP"}');
}

/**
 * PrivateIp: nothing, "auto" (the VDC's first private network), or one entry per private
 * network [{PrivateID, IP: [...] | "auto"}]. Returns, per instance, its private interfaces.
 */
export function planPrivateIps(vdc: Vdc, amount: number, value: unknown): AddressChoice<PrivateNetwork>[][] {
  const entries = privateEntries(value);
  const perInstance: AddressChoice<PrivateNetwork>[][] = Array.from({ length: amount }, () => []);
  let list: PrivateEntry[] = entries === 'auto' ? [] : entries;
  if (entries === 'auto') {
    const first = vdc.privateNetworks[0];
    if (!first) throw ipMalformed('Private', `VDC ${vdc.vdcId} has no private network`);
    list = [{ PrivateID: first.privateId, IP: 'auto' }];
  }
  const taken = new Set<string>();
  const networksUsed = new Set<string>();
  for (const entry of list) {
    const id = String(entry.PrivateID ?? entry.PrivateId ?? '');
    const network = vdc.privateNetwork(id);
    if (!network) throw ipMalformed('Private', `PrivateID "${id}" is not a private network of VDC ${vdc.name}`);
    if (networksUsed.has(id)) throw ipMalformed('Private', `PrivateID "${id}" is given more than once`);
    networksUsed.add(id);
    const wanted = requestedList(entry.IP ?? 'auto');
    const chosen = choose('Private', [network], `private network ${network.name}`, amount, wanted.length ? wanted : ['auto'], taken);
    chosen.forEach((c, i) => perInstance[i]!.push(c));
  }
  return perInstance;
}
