import { dailyLoad, hashString, smooth, unit } from '../monitor-series';
import type { PrivateNetwork, PublicNetwork } from '../vdc';

/**
 * DescribeBandwidthTraffic's "last five minutes": generated, not stored. A reading is the mean
 * of the 10-second samples of the five minutes before now; each sample is a pure function of
 * (network, time): the daily cycle, slow drift, noise and rare bursts, scaled by how many of the
 * network's addresses are in use and capped below the bandwidth. The same network at the same
 * moment always reads the same, and a page that polls sees it move every 10 seconds.
 */

const SAMPLE_MS = 10_000;
const WINDOW_SAMPLES = 30;

/** MaxQos of a network, Mbps: the bandwidth a reading stays under. */
export function trafficCap(kind: 'public' | 'private', network: PublicNetwork | PrivateNetwork): number {
  if (kind === 'private') return PRIVATE_MBPS;
  const pub = network as PublicNetwork;
  switch (pub.billing.billingMethod) {
    case 'Bandwidth_95':
      return pub.billing.floatBandwidth ?? Math.ceil(pub.qos * 1.2);
    case 'DataPackage':
      return DATA_PACKAGE_MBPS;
    default:
      return pub.qos;
  }
}

/** A private network is a 1 Gbps segment; a data package's port is 200 Mbps (the document names neither). */
export const PRIVATE_MBPS = 1000;
export const DATA_PACKAGE_MBPS = 200;

/** Share of the bandwidth one sample uses, in [0, 0.95]. */
function sampleShare(seed: number, sample: number, busy: number): number {
  const ms = sample * SAMPLE_MS;
  const minute = ms / 60_000;
  const day = 0.15 + 0.85 * dailyLoad(ms);
  const drift = 0.6 + 0.8 * smooth(seed, 1, minute, 30);
  const noise = 0.75 + 0.5 * unit(seed, 2, sample);
  const burst = unit(seed, 3, Math.floor(sample / 18)) < 0.04 ? 1.8 : 1;
  return Math.min(0.95, busy * day * drift * noise * burst);
}

export interface TrafficReading {
  inBps: number;
  outBps: number;
  maxQos: number;
}

/**
 * The last five minutes of a network at `now`. `inUse` is the share of its addresses bound to
 * instances (an unused network carries only a trickle of scans); `settled` is false while the
 * network is being created or deleted (no traffic).
 */
export function trafficOf(networkId: string, maxQos: number, inUse: number, settled: boolean, now: number): TrafficReading {
  if (!settled) return { inBps: 0, outBps: 0, maxQos };
  const seed = hashString(networkId);
  const busy = inUse > 0 ? 0.08 + 0.55 * Math.min(1, inUse) * (0.4 + 0.6 * unit(seed, 4, 0)) : 0.0002;
  const outShare = 0.5 + 0.45 * unit(seed, 5, 0);
  const last = Math.floor(now / SAMPLE_MS);
  let sumIn = 0;
  let sumOut = 0;
  for (let s = last - WINDOW_SAMPLES + 1; s <= last; s++) {
    const share = sampleShare(seed, s, busy);
    sumOut += share;
    sumIn += share * (1 - outShare) / outShare * (0.7 + 0.3 * unit(seed, 6, s));
  }
  const bps = maxQos * 1_000_000;
  const round = (v: number) => Math.round(Math.min(v, 0.95) * bps * 1000) / 1000;
  return { inBps: round(sumIn / WINDOW_SAMPLES), outBps: round(sumOut / WINDOW_SAMPLES), maxQos };
}
