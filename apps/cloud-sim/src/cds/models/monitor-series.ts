import type { cdsCcsInstanceOps } from '@console/api-types';
import { DAY, HOUR, MINUTE } from '../../util/time';

/**
 * Monitoring series of DescribeInstanceMonitor, generated rather than stored: every value is a
 * pure function of (instance, metric, device, minute), built from a seeded hash, so the same
 * query always gets the same answer and no state grows with time. A point of Period 900 or 3600
 * is the mean of the one-minute samples it covers, as monitoring systems aggregate, so the
 * coarse and fine views of one hour agree.
 */

export type MonitorMetric = (typeof cdsCcsInstanceOps.CDS_MONITOR_METRICS)[number];
export type MonitorPeriod = 60 | 900 | 3600;
/** What the machine does over the span: on (load), off (stopped or broken: reads zero). */
export type Power = 'on' | 'off';
/** The device a disk or interface metric reads; instance-wide metrics take 'instance'. */
export type DeviceKind = 'instance' | 'system-disk' | 'data-disk' | 'public-nic' | 'private-nic';

export interface SeriesQuery {
  instanceId: string;
  metric: MonitorMetric;
  /** Disk or interface id ('' for the instance itself or the system disk). */
  deviceId: string;
  deviceKind: DeviceKind;
  period: MonitorPeriod;
  /** Epoch milliseconds: points whose period starts in [startMs, endMs). */
  startMs: number;
  endMs: number;
  /** No points before the instance existed, none after now. */
  createdAt: number;
  nowMs: number;
  /** On or off, for the whole series or minute by minute (the instance's power history). */
  power: Power | ((ms: number) => Power);
}

export interface SeriesPoint {
  /** Start of the period the point covers, epoch milliseconds. */
  t: number;
  /** null: the monitoring agent sent nothing for the whole period (a gap). */
  value: number | null;
}

/** Which metrics read one disk or one interface. */
export const metricDevice = (metric: MonitorMetric): 'disk' | 'interface' | undefined =>
  metric.startsWith('Disk') ? 'disk' : metric.startsWith('Interface') ? 'interface' : undefined;

// --- seeded hashing --------------------------------------------------------------------------

/** FNV-1a over a string: the seed of one series. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser over (seed, n): a well-spread 32-bit value. */
function mix(seed: number, n: number): number {
  let h = (seed ^ Math.imul(n | 0, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A float in [0, 1) for (seed, salt, n). */
export const unit = (seed: number, salt: number, n: number) => mix(mix(seed, salt), n) / 4294967296;

/** Smooth noise in [0, 1): hashed knots every `every` minutes, eased in between. */
export function smooth(seed: number, salt: number, minute: number, every: number): number {
  const k = Math.floor(minute / every);
  const f = (minute - k * every) / every;
  const e = f * f * (3 - 2 * f);
  return unit(seed, salt, k) * (1 - e) + unit(seed, salt, k + 1) * e;
}

// Salts: one independent stream per purpose.
const S = {
  gapHour: 1,
  gapStart: 2,
  gapLen: 3,
  drop: 4,
  slow: 5,
  jitter: 6,
  spike: 7,
  spikeAt: 8,
  spikeLen: 9,
  spikeSize: 10,
  drift: 11,
  block: 12,
};

// --- shape of a day --------------------------------------------------------------------------

const BEIJING = 8 * HOUR;

/** 0 at 04:00 Beijing time, 1 at 16:00; weekends run at 70 %. */
export function dailyLoad(ms: number): number {
  const local = ms + BEIJING;
  const hour = (local % DAY) / HOUR;
  const weekday = new Date(local).getUTCDay();
  const weekend = weekday === 0 || weekday === 6 ? 0.7 : 1;
  return (0.5 - 0.5 * Math.cos((2 * Math.PI * (hour - 4)) / 24)) * weekend;
}

/** The agent is down for a few minutes in about 2 % of hours, for every metric of the instance. */
function agentDown(instanceSeed: number, minute: number): boolean {
  const hour = Math.floor(minute / 60);
  if (unit(instanceSeed, S.gapHour, hour) >= 0.02) return false;
  const start = Math.floor(unit(instanceSeed, S.gapStart, hour) * 50);
  const len = 2 + Math.floor(unit(instanceSeed, S.gapLen, hour) * 12);
  const m = minute - hour * 60;
  return m >= start && m < start + len;
}

/** A short burst (1–6 minutes) in about 5 % of half-hours: factor ≥ 0 added on top of the level. */
function spike(seed: number, minute: number): number {
  const slot = Math.floor(minute / 30);
  if (unit(seed, S.spike, slot) >= 0.05) return 0;
  const at = slot * 30 + Math.floor(unit(seed, S.spikeAt, slot) * 30);
  const len = 1 + Math.floor(unit(seed, S.spikeLen, slot) * 6);
  return minute >= at && minute < at + len ? 0.5 + 1.5 * unit(seed, S.spikeSize, slot) : 0;
}

/** Per-instance character: how busy the machine is, how full its memory. */
function profile(instanceSeed: number) {
  return {
    busy: 0.25 + 0.75 * unit(instanceSeed, 100, 0),
    cpuBase: 2 + 10 * unit(instanceSeed, 101, 0),
    ramBase: 25 + 45 * unit(instanceSeed, 102, 0),
  };
}

// --- one-minute samples ----------------------------------------------------------------------

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The series of IOPS a BPS metric follows: throughput is IOPS times a block size. */
const iopsOf = (metric: MonitorMetric): MonitorMetric =>
  metric === 'DiskWriteBPS' ? 'DiskWriteIOPS' : metric === 'DiskReadBPS' ? 'DiskReadIOPS' : metric;

function level(
  q: SeriesQuery,
  instanceSeed: number,
  seed: number,
  metric: MonitorMetric,
  minute: number,
): number {
  const ms = minute * MINUTE;
  const p = profile(instanceSeed);
  const day = dailyLoad(ms);
  const slow = smooth(seed, S.slow, minute, 30) - 0.5;
  const jitter = unit(seed, S.jitter, minute) - 0.5;
  const burst = spike(seed, minute);
  switch (metric) {
    case 'CPUUtilization':
      return clamp(p.cpuBase + 55 * p.busy * day + 12 * slow + 6 * jitter + 60 * burst, 0.3, 100);
    case 'RAMUtilization': {
      const drift = smooth(seed, S.drift, minute, 360) - 0.5;
      return clamp(p.ramBase + 16 * drift + 6 * p.busy * day + 1.2 * jitter + 8 * burst, 5, 99);
    }
    case 'DiskReadIOPS':
    case 'DiskWriteIOPS': {
      const write = metric === 'DiskWriteIOPS';
      const size = q.deviceKind === 'system-disk' ? 0.4 : 1;
      const base =
        (write ? 15 + 160 * unit(seed, 103, 0) : 5 + 90 * unit(seed, 103, 0)) * size * p.busy;
      // A nightly backup reads data disks hard between 02:00 and 02:30 Beijing time.
      const minuteOfDay = ((ms + BEIJING) % DAY) / MINUTE;
      const backup =
        !write && q.deviceKind === 'data-disk' && minuteOfDay >= 120 && minuteOfDay < 150 ? 4 : 0;
      return Math.max(
        0,
        base * (0.25 + day) * (1 + 0.8 * slow) * (1 + 0.5 * jitter) * (1 + 4 * burst + backup),
      );
    }
    case 'DiskReadBPS':
    case 'DiskWriteBPS': {
      const iops = level(
        q,
        instanceSeed,
        hashString(`${q.instanceId}|${iopsOf(metric)}|${q.deviceId}`),
        iopsOf(metric),
        minute,
      );
      const block =
        4096 *
        (2 + Math.floor(unit(seed, S.block, 0) * 14)) *
        (1 + 0.4 * (unit(seed, S.block, minute) - 0.5));
      return iops * block;
    }
    case 'InterfaceInRate':
    case 'InterfaceOutRate': {
      const out = metric === 'InterfaceOutRate';
      const pub = q.deviceKind === 'public-nic';
      // Public: web traffic, more out than in; private: replication and backends, larger.
      const scale = pub ? (out ? 3e6 : 1e6) : out ? 6e6 : 8e6;
      const base = scale * (0.05 + unit(seed, 104, 0)) * p.busy;
      return Math.max(
        0,
        base * (0.15 + 1.2 * day) * (1 + 0.7 * slow) * (1 + 0.4 * jitter) * (1 + 5 * burst),
      );
    }
  }
}

const precision = (metric: MonitorMetric) =>
  metric.endsWith('BPS') || metric.endsWith('Rate') ? 0 : 2;

const round = (v: number, digits: number) => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

/** One-minute sample at `minute` (minutes since the epoch), or null when the agent sent nothing. */
export function minuteSample(q: SeriesQuery, minute: number): number | null {
  const power = typeof q.power === 'function' ? q.power(minute * MINUTE) : q.power;
  if (power === 'off') return 0;
  const instanceSeed = hashString(q.instanceId);
  const seed = hashString(`${q.instanceId}|${q.metric}|${q.deviceId}`);
  if (agentDown(instanceSeed, minute) || unit(seed, S.drop, minute) < 0.002) return null;
  return level(q, instanceSeed, seed, q.metric, minute);
}

/**
 * Number of points [startMs, endMs) holds at a period: the periods starting in it, so seven days
 * at one minute are 10,080 points and one hour is 60.
 */
export function pointCount(startMs: number, endMs: number, period: MonitorPeriod): number {
  const step = period * 1000;
  const first = Math.ceil(startMs / step) * step;
  return endMs <= first ? 0 : Math.ceil((endMs - first) / step);
}

/**
 * The series: a point per period starting in [startMs, endMs), aligned to the period (Beijing
 * time is UTC+8, a whole number of hours, so UTC alignment is Beijing alignment), none before
 * the period of creation or after now; each the mean of its minutes since creation up to now,
 * null where all are missing.
 */
export function monitorSeries(q: SeriesQuery): SeriesPoint[] {
  const step = q.period * 1000;
  const points: SeriesPoint[] = [];
  const digits = precision(q.metric);
  for (let t = Math.ceil(q.startMs / step) * step; t < q.endMs && t <= q.nowMs; t += step) {
    // The period the instance was created in has a point, from its first whole minute on.
    if (t + step <= q.createdAt) continue;
    let sum = 0;
    let n = 0;
    const firstMinute = Math.max(t / MINUTE, Math.ceil(q.createdAt / MINUTE));
    const lastMinute = Math.min(t / MINUTE + q.period / 60 - 1, Math.floor(q.nowMs / MINUTE));
    if (firstMinute > lastMinute) continue; // not one whole minute of it since creation yet
    for (let m = firstMinute; m <= lastMinute; m++) {
      const v = minuteSample(q, m);
      if (v !== null) {
        sum += v;
        n++;
      }
    }
    points.push({ t, value: n === 0 ? null : round(sum / n, digits) });
  }
  return points;
}
