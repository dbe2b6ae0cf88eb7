/**
 * What a monitoring chart costs to prepare: the 10,080-point week at one minute against the
 * 60-point hour measured in the same run (baseline), with and without downsampling. Not a test:
 * it prints numbers and ratios, asserts nothing about time. Run: pnpm bench
 *
 * "Prepare" is the chart's pure work (CDS times → milliseconds, min-max downsampling to the plot
 * width). "Path" stands in for drawing: the SVG path text of a linear line with gaps, which is
 * what the browser has to lay out; jsdom rendering would be too noisy to compare.
 */
import { performance } from 'node:perf_hooks';
import { monitorSeries, type MonitorPeriod } from '../apps/cloud-sim/src/cds/models/monitor-series';
import { cdsDateTime } from '../apps/cloud-sim/src/util/time';
import type { ChartPoint } from '../apps/web/src/features/monitoring/downsample';
import { prepareSeries } from '../apps/web/src/features/monitoring/prepare';

type MetricPoint = Parameters<typeof prepareSeries>[0][number];

const PLOT_WIDTH = 620;
const HEIGHT = 180;
const HOUR = 3_600_000;
const END = Date.UTC(2025, 5, 9, 0, 0);

function series(hours: number, period: MonitorPeriod): MetricPoint[] {
  return monitorSeries({
    instanceId: '3f1c2a9e-7b7d-4c55-9a1e-0d1f2e3a4b5c',
    metric: 'CPUUtilization',
    deviceId: '',
    deviceKind: 'instance',
    period,
    startMs: END - hours * HOUR,
    endMs: END,
    createdAt: 0,
    nowMs: END,
    power: 'on',
  }).map((p) => ({ time: cdsDateTime(p.t), value: p.value }));
}

/** The d attribute of a linear line over the points, broken at gaps (as connectNulls=false draws). */
function path(rows: readonly ChartPoint[], from: number, to: number): string {
  const x = (t: number) => (((t - from) / (to - from)) * PLOT_WIDTH).toFixed(1);
  const y = (v: number) => (HEIGHT - (v / 100) * HEIGHT).toFixed(1);
  let d = '';
  let pen = false;
  for (const r of rows) {
    if (r.value === null) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${x(r.t)},${y(r.value)}`;
    pen = true;
  }
  return d;
}

interface Result {
  name: string;
  pointsIn: number;
  drawn: number;
  median: number;
  p95: number;
}

function measure(name: string, points: MetricPoint[], downsample: boolean, runs: number): Result {
  const width = downsample ? PLOT_WIDTH : Number.MAX_SAFE_INTEGER / 4;
  let drawn = 0;
  const work = () => {
    const p = prepareSeries(points, width);
    drawn = p.rows.length;
    return path(p.rows, p.all[0]!.t, p.all[p.all.length - 1]!.t).length;
  };
  let sink = 0;
  for (let i = 0; i < 20; i++) sink += work(); // warm-up: let the JIT settle
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink += work();
    times.push(performance.now() - t0);
  }
  if (sink < 0) console.log(sink); // keeps the work observable
  times.sort((a, b) => a - b);
  return {
    name,
    pointsIn: points.length,
    drawn,
    median: times[Math.floor(runs / 2)]!,
    p95: times[Math.floor(runs * 0.95)]!,
  };
}

const hour = series(1, 60);
const week = series(7 * 24, 60);
const runs = Number(process.env.BENCH_RUNS ?? 200);
const results = [
  measure('1 h at 60 s (baseline)', hour, true, runs),
  measure('7 d at 60 s, min-max downsampled', week, true, runs),
  measure('7 d at 60 s, every point drawn', week, false, runs),
];
const base = results[0]!.median;
console.log(`monitor chart preparation, plot ${PLOT_WIDTH} px, ${runs} runs each (Node ${process.version})\n`);
console.log(['scenario'.padEnd(36), 'points', 'drawn', 'median ms', 'p95 ms', '× baseline'].join('\t'));
for (const r of results) {
  console.log([r.name.padEnd(36), r.pointsIn, r.drawn, r.median.toFixed(3), r.p95.toFixed(3), (r.median / base).toFixed(1)].join('\t'));
}
const [, down, full] = results;
console.log(
  `\ndownsampling draws ${((down!.drawn / full!.drawn) * 100).toFixed(1)} % of the points; ` +
    `preparing with it costs ${(down!.median / full!.median).toFixed(2)}× drawing every point's path.`,
);
