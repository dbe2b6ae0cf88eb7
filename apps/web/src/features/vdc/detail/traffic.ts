import type { BandwidthTraffic } from '@console/api-types/client';

/** One reading of DescribeBandwidthTraffic, kept while the page is open. */
export interface Reading {
  at: number;
  inMbps: number;
  outMbps: number;
  maxQos?: number;
}

/** Readings are kept for this long (an hour at one every 10 seconds). */
export const MAX_READINGS = 360;

const mbps = (bps: number) => Math.round((bps / 1_000_000) * 1000) / 1000;

/** Adds a reading unless it is the one already last (the same answer read again), dropping the oldest past the cap. */
export function addReading(
  readings: readonly Reading[],
  at: number,
  traffic: BandwidthTraffic,
): Reading[] {
  const next = {
    at,
    inMbps: mbps(traffic.inBps),
    outMbps: mbps(traffic.outBps),
    maxQos: traffic.maxQos,
  };
  const last = readings[readings.length - 1];
  if (last && last.at === at) return readings as Reading[];
  const out = [...readings, next];
  return out.length > MAX_READINGS ? out.slice(out.length - MAX_READINGS) : out;
}
