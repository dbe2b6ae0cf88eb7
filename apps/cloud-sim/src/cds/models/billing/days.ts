import { DAY, HOUR } from '../../../util/time';

/**
 * Bills count in Beijing days (UTC+8, no daylight saving), as every CDS time. A day is the
 * UTC millisecond of its Beijing midnight.
 */

const BEIJING = 8 * HOUR;
const BILL_DAY = /^(\d{4})\.(\d{2})\.(\d{2})$/;

/** "2019.09.02" → the Beijing midnight starting that day, or undefined when it is not a real date. */
export function parseBillDay(text: string): number | undefined {
  const m = BILL_DAY.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(y, mo - 1, d);
  const back = new Date(utc);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return utc - BEIJING;
}

/** "20191101" (GetMetering's EndTime) → the Beijing midnight starting that day, or undefined. */
export function parseCompactDay(text: string): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  return m ? parseBillDay(`${m[1]}.${m[2]}.${m[3]}`) : undefined;
}

/** The Beijing midnight at or before `ms`. */
export const dayStart = (ms: number) => Math.floor((ms + BEIJING) / DAY) * DAY - BEIJING;

/** The Beijing first-of-month midnight at or before `ms`. */
export function monthStart(ms: number) {
  const d = new Date(ms + BEIJING);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) - BEIJING;
}

/** The Beijing first-of-month midnight after `ms`. */
export function nextMonthStart(ms: number) {
  const d = new Date(ms + BEIJING);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - BEIJING;
}

/** The day as a bill writes it, "2019.09.02". */
export function billDay(ms: number) {
  return new Date(ms + BEIJING).toISOString().slice(0, 10).replaceAll('-', '.');
}

/** Whole days in [from, to), which are both Beijing midnights. */
export const daysBetween = (from: number, to: number) => Math.round((to - from) / DAY);
