import { describe, expect, it } from 'vitest';
import { NonceStore } from './nonces';

describe('NonceStore', () => {
  it('refuses a nonce within the window and accepts it after', () => {
    const s = new NonceStore(1000);
    expect(s.use('a', 0)).toBe(true);
    expect(s.use('a', 999)).toBe(false);
    expect(s.use('b', 500)).toBe(true);
    expect(s.use('a', 1000)).toBe(true);
    expect(s.use('b', 1200)).toBe(false);
    expect(s.use('b', 1500)).toBe(true);
  });

  it('forgets expired nonces so memory stays bounded', () => {
    const s = new NonceStore(10);
    for (let i = 0; i < 5000; i++) s.use(`n${i}`, i);
    expect(s.size).toBeLessThanOrEqual(11);
  });
});
