import { describe, expect, it } from 'vitest';
import { concurrencyLimit } from './limit';

describe('concurrencyLimit', () => {
  it('runs at most max tasks at once, the rest in order, whether they succeed or fail', async () => {
    const run = concurrencyLimit(2);
    let now = 0;
    let peak = 0;
    const order: number[] = [];
    const task = (i: number) =>
      run(async () => {
        peak = Math.max(peak, ++now);
        await new Promise((r) => setTimeout(r, 5));
        now--;
        order.push(i);
        if (i === 1) throw new Error('boom');
        return i;
      });
    const results = await Promise.allSettled([0, 1, 2, 3, 4].map(task));
    expect(peak).toBe(2);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled']);
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });
});
