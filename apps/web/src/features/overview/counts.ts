import type { DbInstance, Instance, MemcachedInstance, Vdc } from '@console/api-types/client';

/** What the overview counts, from the lists as answered (pure, so it is tested without a screen). */

/** Instances per status, the statuses in the order people look for them. */
const STATUS_ORDER = ['running', 'stop', 'error', 'creating', 'starting', 'stopping', 'updating', 'deleting'];

export function countBy<T>(items: readonly T[], key: (item: T) => string): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const i of items) counts.set(key(i), (counts.get(key(i)) ?? 0) + 1);
  const rank = (k: string) => {
    const i = STATUS_ORDER.indexOf(k.toLowerCase());
    return i === -1 ? STATUS_ORDER.length : i;
  };
  return [...counts.entries()].map(([k, count]) => ({ key: k, count })).sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}

export const instancesByStatus = (items: readonly Pick<Instance, 'status'>[]) => countBy(items, (i) => i.status);

/** Public addresses of every public network: usable ones (network, gateway and broadcast excluded) and those in use. */
export function publicIps(vdcs: readonly Pick<Vdc, 'publicNetworks'>[]) {
  let usable = 0;
  let unused = 0;
  for (const v of vdcs) {
    for (const n of v.publicNetworks) {
      usable += n.segments.reduce((s, seg) => s + Math.max(0, 2 ** (32 - seg.mask) - 3), 0);
      unused += n.unusedIpCount;
    }
  }
  return { usable, used: Math.max(0, usable - unused), networks: vdcs.reduce((s, v) => s + v.publicNetworks.length, 0) };
}

export const dbsByStatus = (items: readonly Pick<DbInstance, 'status'>[]) => countBy(items, (d) => d.status.toLowerCase());
export const memcachedByStatus = (items: readonly Pick<MemcachedInstance, 'status'>[]) => countBy(items, (m) => m.status.toLowerCase());

/** Days left in the Beijing month of `today` ('YYYY-MM-DD'), today included. */
export function daysLeftInMonth(today: string) {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return last - d + 1;
}

/** Monthly (PrePaid) resources are paid to the month's end; within this many days it is worth a look. */
export const RENEWAL_WARNING_DAYS = 7;
