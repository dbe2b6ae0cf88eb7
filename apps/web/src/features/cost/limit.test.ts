import { describe, expect, it } from 'vitest';
import { createLimiter } from './limit';

describe('createLimiter', () => {
  it('never runs more than its cap at once, and runs every task', async () => {
    const run = createLimiter(3);
    let now = 0;
    let peak = 0;
    const task = (i: number) =>
      run(async () => {
        now++;
        peak = Math.max(peak, now);
        await new Promise((r) => setTimeout(r, (i * 7) % 5));
        now--;
        return i;
      });
    const first = Array.from({ length: 10 }, (_, i) => task(i));
    // Newcomers while slots are being handed over must wait too.
    await first[0];
    const more = Array.from({ length: 10 }, (_, i) => task(10 + i));
    expect(await Promise.all([...first, ...more])).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(peak).toBe(3);
  });

  it('frees the slot of a task that failed', async () => {
    const run = createLimiter(1);
    await expect(run(() => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(await run(async () => 'next')).toBe('next');
  });
});
