/**
 * The cost explorer's date range. Bills count in Beijing days (the cloud's day, UTC+8), so
 * "today" and every preset are Beijing dates, whatever the browser's time zone. Days are
 * written 'YYYY-MM-DD' in the URL and 'YYYY.MM.DD' to the cloud.
 */

export const PRESETS = ['thisMonth', 'lastMonth', 'last7', 'last30', 'custom'] as const;
export type Preset = (typeof PRESETS)[number];

export interface DayRange {
  /** 'YYYY-MM-DD', both days included. */
  from: string;
  to: string;
}

/** Most days a custom range may span: each day is one call for the daily chart. */
export const MAX_RANGE_DAYS = 92;

const DAY_MS = 86_400_000;
const BEIJING_MS = 8 * 3_600_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Whether `s` is a real calendar day written YYYY-MM-DD. */
export function isDay(s: string | null | undefined): s is string {
  if (!s || !ISO_DAY.test(s)) return false;
  return fromMs(toMs(s)) === s;
}

export const addDays = (day: string, n: number) => fromMs(toMs(day) + n * DAY_MS);
export const dayCount = (r: DayRange) => Math.round((toMs(r.to) - toMs(r.from)) / DAY_MS) + 1;

/** Today in Beijing. */
export const beijingToday = (now = Date.now()) => fromMs(now + BEIJING_MS);

const monthStart = (day: string) => `${day.slice(0, 8)}01`;

export function presetRange(preset: Exclude<Preset, 'custom'>, today: string): DayRange {
  switch (preset) {
    case 'thisMonth':
      return { from: monthStart(today), to: today };
    case 'lastMonth': {
      const lastDay = addDays(monthStart(today), -1);
      return { from: monthStart(lastDay), to: lastDay };
    }
    case 'last7':
      return { from: addDays(today, -6), to: today };
    case 'last30':
      return { from: addDays(today, -29), to: today };
  }
}

/** Every day of the range, oldest first. */
export function daysOf(r: DayRange): string[] {
  return Array.from({ length: dayCount(r) }, (_, i) => addDays(r.from, i));
}

/** The period of the same length just before. */
export function previousPeriod(r: DayRange): DayRange {
  const n = dayCount(r);
  return { from: addDays(r.from, -n), to: addDays(r.from, -1) };
}

/** The same days of the month before, up to the same day of the month (clamped to that month's end). */
export function sameDaysLastMonth(today: string): DayRange {
  const lastMonth = presetRange('lastMonth', today);
  const day = Math.min(Number(today.slice(8)), Number(lastMonth.to.slice(8)));
  return { from: lastMonth.from, to: `${lastMonth.from.slice(0, 8)}${String(day).padStart(2, '0')}` };
}

const dotted = (day: string) => day.replaceAll('-', '.');

/** DescribeBill's DateFromTo: exactly "2019.09.02 - 2019.09.03" (one space either side of the dash). */
export const dateFromTo = (r: DayRange) => `${dotted(r.from)} - ${dotted(r.to)}`;
export const billDayParam = dotted;

export interface CostRangeState {
  preset: Preset;
  range: DayRange;
  /** Why a custom range from the URL was not taken (shown beside the picker), else undefined. */
  problem?: 'order' | 'tooLong' | 'future';
}

/** The range of a URL: ?range=<preset>, or ?range=custom&from=YYYY-MM-DD&to=YYYY-MM-DD. Anything else is this month. */
export function parseRange(params: URLSearchParams, today: string): CostRangeState {
  const preset = params.get('range');
  if (preset === 'custom') {
    const from = params.get('from');
    const to = params.get('to');
    if (isDay(from) && isDay(to)) {
      const range = { from, to };
      if (from > to) return { preset: 'thisMonth', range: presetRange('thisMonth', today), problem: 'order' };
      if (from > today) return { preset: 'thisMonth', range: presetRange('thisMonth', today), problem: 'future' };
      if (dayCount(range) > MAX_RANGE_DAYS) return { preset: 'thisMonth', range: presetRange('thisMonth', today), problem: 'tooLong' };
      return { preset: 'custom', range };
    }
  }
  const known = PRESETS.find((p) => p === preset && p !== 'custom') as Exclude<Preset, 'custom'> | undefined;
  const chosen = known ?? 'thisMonth';
  return { preset: chosen, range: presetRange(chosen, today) };
}

/** Checks a custom range before it goes to the URL: undefined when it is fine. */
export function rangeProblem(r: DayRange, today: string): CostRangeState['problem'] {
  if (r.from > r.to) return 'order';
  if (r.from > today) return 'future';
  if (dayCount(r) > MAX_RANGE_DAYS) return 'tooLong';
  return undefined;
}

export function rangeParams(preset: Preset, range: DayRange): Record<string, string> {
  return preset === 'custom' ? { range: 'custom', from: range.from, to: range.to } : { range: preset };
}
