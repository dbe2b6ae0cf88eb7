import { isIpv4, type PrivateNetwork } from '@console/api-types/client';

/**
 * The private-network form: "auto" or an address and prefix, checked as the simulator checks
 * them (a private range, the block's network address, no overlap with the VDC's networks).
 */
export type PrivateProblem =
  | { key: 'vdc.private.badAddress' | 'vdc.private.notPrivate' }
  | { key: 'vdc.private.notNetwork'; vars: { mask: number; suggest: string } }
  | { key: 'vdc.private.overlaps'; vars: { name: string; cidr: string } };

const toInt = (ip: string) => ip.split('.').reduce((n, p) => n * 256 + Number(p), 0);
const toIp = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
const blockOf = (ip: string, mask: number) => {
  const size = 2 ** (32 - mask);
  const network = Math.floor(toInt(ip) / size) * size;
  return { network, broadcast: network + size - 1 };
};
const RANGES = [blockOf('10.0.0.0', 8), blockOf('172.16.0.0', 12), blockOf('192.168.0.0', 16)];

export function privateProblem(
  address: string,
  mask: number,
  existing: readonly PrivateNetwork[],
): PrivateProblem | undefined {
  if (!isIpv4(address.trim())) return { key: 'vdc.private.badAddress' };
  const b = blockOf(address.trim(), mask);
  if (!RANGES.some((r) => b.network >= r.network && b.broadcast <= r.broadcast))
    return { key: 'vdc.private.notPrivate' };
  if (toInt(address.trim()) !== b.network)
    return { key: 'vdc.private.notNetwork', vars: { mask, suggest: `${toIp(b.network)}/${mask}` } };
  for (const p of existing) {
    const [ip, m] = (p.cidr ?? '').split('/');
    if (!ip || !m || !isIpv4(ip)) continue;
    const other = blockOf(ip, Number(m));
    if (b.network <= other.broadcast && b.broadcast >= other.network)
      return { key: 'vdc.private.overlaps', vars: { name: p.name, cidr: p.cidr! } };
  }
  return undefined;
}
