import { describe, expect, it } from 'vitest';
import { relativeTime, toMillis } from './time';

describe('toMillis', () => {
  it('reads CDS times as Beijing time', () => {
    expect(toMillis('2025-04-07 08:00:00')).toBe(Date.UTC(2025, 3, 7, 0, 0, 0));
  });
  it('reads ISO strings and numbers, and refuses junk', () => {
    expect(toMillis('2025-04-07T00:00:00Z')).toBe(Date.UTC(2025, 3, 7));
    expect(toMillis(5)).toBe(5);
    expect(toMillis('soon')).toBeUndefined();
    expect(toMillis('')).toBeUndefined();
  });
});

describe('relativeTime', () => {
  it('uses the largest unit that fits', () => {
    const now = Date.UTC(2025, 0, 10);
    expect(relativeTime(now - 3 * 60_000, now, 'en')).toBe('3 minutes ago');
    expect(relativeTime(now - 2 * 86_400_000, now, 'en')).toBe('2 days ago');
    expect(relativeTime(now - 4000, now, 'en')).toBe('4 seconds ago');
  });
});
