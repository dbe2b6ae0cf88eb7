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

describe('NonceStore under load', () => {
  it('keeps at most `max` nonces, forgetting the oldest first, and counts every accepted call', () => {
    const s = new NonceStore(15 * 60_000, 1000);
    for (let i = 0; i < 5000; i++) expect(s.use(`n${i}`, i)).toBe(true);
    expect(s.size).toBe(1000);
    expect(s.accepted).toBe(5000);
    // The newest are still refused; the oldest were forgotten.
    expect(s.use('n4999', 5000)).toBe(false);
    expect(s.use('n4000', 5000)).toBe(false);
    expect(s.use('n3999', 5000)).toBe(true);
    expect(s.use('n0', 5000)).toBe(true);
    expect(s.size).toBe(1000);
  });

  it('stays at the default cap when far more calls arrive within one window', () => {
    const s = new NonceStore(15 * 60_000);
    for (let i = 0; i < 300_000; i++) s.use(`${i.toString(16).padStart(8, '0')}-7b7d-4c55-9a1e-0d1f2e3a4b5c`, i);
    expect(s.size).toBe(100_000);
    expect(s.accepted).toBe(300_000);
  });
});
