/** How a metric's values read: percent, operations per second, bytes per second, bits per second. */
export type UnitKind = 'percent' | 'iops' | 'bytes' | 'bits';

const STEPS: Record<UnitKind, readonly string[]> = {
  percent: ['%'],
  iops: ['IOPS', 'k IOPS', 'M IOPS'],
  bytes: ['B/s', 'kB/s', 'MB/s', 'GB/s', 'TB/s'],
  bits: ['bit/s', 'kbit/s', 'Mbit/s', 'Gbit/s', 'Tbit/s'],
};

export interface Scale {
  /** Divide a raw value by this to read it in `suffix`. */
  factor: number;
  suffix: string;
}

/** The unit a value of this size reads best in (decimal steps of 1000, as network rates are given). */
export function scaleFor(kind: UnitKind, value: number): Scale {
  const steps = STEPS[kind];
  let i = 0;
  let factor = 1;
  while (i < steps.length - 1 && Math.abs(value) >= factor * 1000) {
    factor *= 1000;
    i++;
  }
  return { factor, suffix: steps[i]! };
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function num(value: number, locale: string, digits: number): string {
  const key = `${locale}|${digits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
    numberFormats.set(key, f);
  }
  return f.format(value);
}

const join = (n: string, suffix: string) => (suffix === '%' ? `${n}%` : `${n} ${suffix}`);

/** A value in its own best unit, e.g. "1.23 MB/s", "49.67%", "320 IOPS". */
export function formatValue(kind: UnitKind, value: number, locale = 'en'): string {
  const s = scaleFor(kind, value);
  const scaled = value / s.factor;
  const digits = kind === 'percent' || s.factor > 1 || Math.abs(scaled) < 10 ? 2 : 0;
  return join(num(scaled, locale, digits), s.suffix);
}

/** The exact value as answered, with its unit (tooltips: "1,234,567 B/s"). */
export function formatExact(kind: UnitKind, value: number, locale = 'en'): string {
  return join(num(value, locale, 2), STEPS[kind][0]!);
}

/**
 * Tick labels of a y axis whose top is `max`: every tick in the same unit (chosen from the
 * top), so "0, 2, 4, 6 Mbit/s" rather than a mix of kbit/s and Mbit/s.
 */
export function axisFormatter(kind: UnitKind, max: number, locale = 'en'): (value: number) => string {
  const s = scaleFor(kind, max);
  return (value) => join(num(value / s.factor, locale, 1), s.suffix);
}
