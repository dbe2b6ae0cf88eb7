const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const STEPS = [5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080].map((m) => m * MINUTE);

/**
 * Round-time ticks for a time axis: the smallest step (5 min … 7 days) that gives at most
 * `max` ticks, on whole steps of the viewer's clock (so 06:00, 12:00, not 06:17).
 */
export function timeTicks(from: number, to: number, max = 6, tzOffsetMs = new Date(from).getTimezoneOffset() * -MINUTE): number[] {
  if (!(to > from)) return [];
  const step = STEPS.find((s) => (to - from) / s <= max) ?? STEPS[STEPS.length - 1]!;
  const ticks: number[] = [];
  for (let t = Math.ceil((from + tzOffsetMs) / step) * step - tzOffsetMs; t <= to; t += step) ticks.push(t);
  return ticks;
}

/** Tick labels: times within a day, dates and times over days, dates alone for day steps. */
export function timeTickFormatter(from: number, to: number, locale: string): (ms: number) => string {
  const span = to - from;
  const opts: Intl.DateTimeFormatOptions =
    span <= DAY
      ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
      : span <= 3 * DAY
        ? { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
        : { month: '2-digit', day: '2-digit' };
  const f = new Intl.DateTimeFormat(locale, opts);
  return (ms) => f.format(ms);
}
