/** Time ranges of the monitoring charts and the Period (seconds between points) each is read at. */

export const PRESETS = ['1h', '6h', '24h', '7d'] as const;
export type Preset = (typeof PRESETS)[number];
export const PERIODS = [60, 900, 3600] as const;
export type Period = (typeof PERIODS)[number];

export type RangeSpec = { kind: 'preset'; preset: Preset } | { kind: 'custom'; from: number; to: number };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const PRESET_MS: Record<Preset, number> = { '1h': HOUR, '6h': 6 * HOUR, '24h': 24 * HOUR, '7d': 7 * 24 * HOUR };

/** Most points one answer holds (the simulator's cap; 7 days at one minute). */
export const MAX_POINTS = 10_080;
/** Fewest points worth a chart: a coarser period is not offered. */
const MIN_POINTS = 6;
/** The default period is the finest one that stays under this many points. */
const DEFAULT_POINTS = 720;

export interface MonitorView {
  spec: RangeSpec;
  period: Period;
  disk: string;
  nic: string;
}

/** The window a range covers: presets end at the current minute (so a minute's queries share a key). */
export function resolveWindow(spec: RangeSpec, now: number): { from: number; to: number } {
  if (spec.kind === 'custom') return { from: spec.from, to: spec.to };
  const to = Math.floor(now / MINUTE) * MINUTE;
  return { from: to - PRESET_MS[spec.preset], to };
}

export const pointsIn = (spanMs: number, period: Period) => Math.ceil(spanMs / (period * 1000));

/** Periods worth offering for a span: at least a few points, at most what one answer holds. */
export function periodChoices(spanMs: number): Period[] {
  return PERIODS.filter((p) => pointsIn(spanMs, p) >= MIN_POINTS && pointsIn(spanMs, p) <= MAX_POINTS);
}

/**
 * The period a span is read at unless the person picks another: the finest one under 720
 * points (1 h and 6 h → 60 s, 24 h → 15 min, 7 days → 15 min), else the coarsest allowed.
 */
export function defaultPeriod(spanMs: number): Period {
  const choices = periodChoices(spanMs);
  return choices.find((p) => pointsIn(spanMs, p) <= DEFAULT_POINTS) ?? choices[choices.length - 1] ?? 3600;
}

/** What makes a custom range unusable, as a message key suffix; undefined when it is fine. */
export type RangeProblem = 'missing' | 'order' | 'tooShort' | 'tooLong';
export function rangeProblem(from: number | undefined, to: number | undefined): RangeProblem | undefined {
  if (from === undefined || to === undefined || Number.isNaN(from) || Number.isNaN(to)) return 'missing';
  if (to <= from) return 'order';
  if (periodChoices(to - from).length > 0) return undefined;
  return pointsIn(to - from, 60) < MIN_POINTS ? 'tooShort' : 'tooLong';
}

/** "2025-06-02T08:00Z": minutes in UTC, so a shared link means the same moment everywhere. */
export const urlTime = (ms: number) => `${new Date(ms).toISOString().slice(0, 16)}Z`;
const readUrlTime = (s: string | null) => {
  if (!s) return undefined;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? undefined : ms;
};

/** ?range=6h, or ?from=…&to=…; &period=60|900|3600, &disk=, &nic=. Anything unreadable → last hour. */
export function parseView(params: URLSearchParams): MonitorView {
  const from = readUrlTime(params.get('from'));
  const to = readUrlTime(params.get('to'));
  const preset = params.get('range');
  let spec: RangeSpec = { kind: 'preset', preset: '1h' };
  if (from !== undefined && to !== undefined && rangeProblem(from, to) === undefined) spec = { kind: 'custom', from, to };
  else if ((PRESETS as readonly string[]).includes(preset ?? '')) spec = { kind: 'preset', preset: preset as Preset };
  const span = spec.kind === 'custom' ? spec.to - spec.from : PRESET_MS[spec.preset];
  const asked = Number(params.get('period'));
  const period = periodChoices(span).find((p) => p === asked) ?? defaultPeriod(span);
  return { spec, period, disk: params.get('disk') ?? '', nic: params.get('nic') ?? '' };
}

const OWN = ['range', 'from', 'to', 'period', 'disk', 'nic'];

/** The URL with the view written in; other parameters (account, region, a page's own) are kept. */
export function writeView(current: URLSearchParams, view: MonitorView): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const k of OWN) next.delete(k);
  if (view.spec.kind === 'custom') {
    next.set('from', urlTime(view.spec.from));
    next.set('to', urlTime(view.spec.to));
  } else next.set('range', view.spec.preset);
  const span = view.spec.kind === 'custom' ? view.spec.to - view.spec.from : PRESET_MS[view.spec.preset];
  if (view.period !== defaultPeriod(span)) next.set('period', String(view.period));
  if (view.disk) next.set('disk', view.disk);
  if (view.nic) next.set('nic', view.nic);
  return next;
}

/** The span of a range in milliseconds. */
export const spanOf = (spec: RangeSpec) => (spec.kind === 'custom' ? spec.to - spec.from : PRESET_MS[spec.preset]);

/** CDS request time: "YYYY-MM-DD HH:mm:ss" in Beijing time (UTC+8). */
export const cdsTime = (ms: number) => new Date(ms + 8 * HOUR).toISOString().slice(0, 19).replace('T', ' ');

/** Value of an <input type="datetime-local"> (the viewer's own zone) for a moment, and back. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
export function fromLocalInput(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return undefined;
  const ms = new Date(value).getTime();
  return Number.isNaN(ms) ? undefined : ms;
}
