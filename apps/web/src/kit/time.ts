/** CDS answers "yyyy-MM-dd HH:mm:ss" in Beijing time (UTC+8, no daylight saving). */
const CDS_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/;

/** Milliseconds since the epoch, or undefined for anything unreadable. */
export function toMillis(value: string | number | Date | undefined | null): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  const m = CDS_TIME.exec(value.trim());
  if (m) {
    const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
    return Date.UTC(y!, mo! - 1, d!, h! - 8, mi!, s!);
  }
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1000],
];

// Intl formatters are slow to make (a table's time column made two per row per render): one per locale.
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const exactFormats = new Map<string, Intl.DateTimeFormat>();

/** "3 minutes ago" / "3 分钟前", in the largest unit that fits. */
export function relativeTime(ms: number, now: number, locale: string): string {
  const diff = ms - now;
  let fmt = relativeFormats.get(locale);
  if (!fmt)
    relativeFormats.set(locale, (fmt = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  for (const [unit, size] of UNITS) {
    if (Math.abs(diff) >= size || unit === 'second') {
      return fmt.format(Math.round(diff / size), unit);
    }
  }
  return fmt.format(0, 'second');
}

/** The exact moment, with the viewer's time zone named. */
export function exactTime(ms: number, locale: string): string {
  let fmt = exactFormats.get(locale);
  if (!fmt) exactFormats.set(locale, (fmt = makeExactFormat(locale)));
  return fmt.format(ms);
}

function makeExactFormat(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
  });
}
