import { CDS_REGIONS } from '@console/api-types';
import { block, intToIp } from '../../../util/ipv4';
import type { Prng } from '../../../util/prng';
import { PUBLIC_PREFIX } from '../../seed/plan';
import type { RegionBackend } from '../backend';
import { PublicSegment } from '../vdc';

/**
 * New public IP segments. A purchase of N addresses (4, 8, 16, 32, 64) is one aligned block of
 * N: network, gateway and broadcast are not usable, so 4 addresses give one (the document's
 * DescribeVdc example: a /30 with UnuseIpNum 1). Blocks come from the region's public /16 and
 * never overlap another segment of the account in that region.
 */

export const maskOf = (count: number) => 32 - Math.log2(count);

/** The region's /16: the seeded regions' own, else one derived from its place in appendix 1. */
export function regionPrefix(regionId: string) {
  const known = PUBLIC_PREFIX[regionId];
  if (known) return known;
  const index = CDS_REGIONS.findIndex((r) => r.id === regionId);
  return `45.${120 + Math.max(index, 0)}`;
}

/** Blocks bought but not yet in their network (AddPublicIp before FINISH): the next purchase must not take them. */
const pending = new WeakMap<RegionBackend, Set<PublicSegment>>();

export function holdSegment(backend: RegionBackend, segment: PublicSegment) {
  const held = pending.get(backend) ?? new Set();
  held.add(segment);
  pending.set(backend, held);
  return () => held.delete(segment);
}

export function allocateSegment(backend: RegionBackend, count: number, rng: Prng, newId: string): PublicSegment | undefined {
  const mask = maskOf(count);
  const taken = [
    ...[...backend.vdcs.values()].flatMap((v) => v.publicNetworks.flatMap((p) => p.segments)),
    ...(pending.get(backend) ?? []),
  ];
  const prefix = regionPrefix(backend.regionId);
  const start = rng.int(2, 250);
  for (let k = 0; k < 249; k++) {
    const third = 2 + ((start - 2 + k) % 249);
    for (let fourth = 0; fourth < 256; fourth += count) {
      const candidate = block(`${prefix}.${third}.${fourth}`, mask);
      const free = taken.every((s) => candidate.broadcast < s.network || candidate.network > s.broadcast);
      if (free) return new PublicSegment(newId, intToIp(candidate.network), mask);
    }
  }
  return undefined;
}
