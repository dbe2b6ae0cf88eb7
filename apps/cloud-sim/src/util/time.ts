/** CDS answers times as "yyyy-MM-dd HH:mm:ss" in Beijing time (UTC+8, no daylight saving). */
export function cdsDateTime(ms: number): string {
  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
