import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE } from '../../util/time';
import type { InstanceStatus } from './instance';
import { logPower, powerAt } from './power-history';

const NOW = Date.UTC(2026, 10, 30, 12, 0, 0);
const machine = (status: InstanceStatus) => ({ instanceId: 'b7d83e84-c982-4abd-9c99-230f09826c5d', status, powerLog: [] as { at: number; on: boolean }[] });

describe('powerAt', () => {
  it('follows logged power changes back in time', () => {
    const m = machine('running');
    logPower(m, false, NOW - 3 * HOUR); // stopped three hours ago
    logPower(m, true, NOW - HOUR); // started again an hour ago
    expect(powerAt(m, NOW - 5 * HOUR, NOW)).toBe('on');
    expect(powerAt(m, NOW - 2 * HOUR, NOW)).toBe('off');
    expect(powerAt(m, NOW - 30 * MINUTE, NOW)).toBe('on');
  });

  it('takes a machine first started by the log as off before it', () => {
    const m = machine('running');
    logPower(m, true, NOW - HOUR);
    expect(powerAt(m, NOW - 2 * HOUR, NOW)).toBe('off');
  });

  it('has a seeded stopped machine off since a midnight 1 to 5 days back, the same all day', () => {
    const m = machine('stop');
    expect(powerAt(m, NOW - MINUTE, NOW)).toBe('off');
    expect(powerAt(m, NOW - 6 * DAY, NOW)).toBe('on');
    const switched = Array.from({ length: 6 * 24 }, (_, h) => NOW - h * HOUR).find((t) => powerAt(m, t, NOW) === 'on')!;
    expect(powerAt(m, switched, NOW + 5 * HOUR)).toBe('on');
  });

  it('never had a broken machine on, and a running one with no log always on', () => {
    expect(powerAt(machine('error'), NOW - 30 * DAY, NOW)).toBe('off');
    expect(powerAt(machine('running'), NOW - 30 * DAY, NOW)).toBe('on');
  });
});
