import { describe, expect, it } from 'vitest';
import { fetchAllPages } from './fetch-all';

const pageOf = (n: number, pageCount: number, size = 2) => ({
  items: Array.from({ length: size }, (_, k) => ({ id: `p${n}-${k}` })),
  pageNumber: n,
  pageCount,
});

describe('fetchAllPages', () => {
  it('reads the first page, then the rest at most `concurrency` at a time, keeping page order', async () => {
    let inFlight = 0;
    let most = 0;
    const asked: number[] = [];
    const items = await fetchAllPages(async (n) => {
      asked.push(n);
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, (13 - n) % 5));
      inFlight--;
      return pageOf(n, 12);
    }, 4);
    expect(asked[0]).toBe(1);
    expect(asked.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, k) => k + 1));
    expect(most).toBe(4);
    expect(items.map((i) => i.id)).toEqual(Array.from({ length: 12 }, (_, n) => [`p${n + 1}-0`, `p${n + 1}-1`]).flat());
  });

  it('keeps an item seen on two pages once (the list moved while it was read)', async () => {
    const items = await fetchAllPages(async (n) => (n === 1 ? { items: [{ id: 'a' }, { id: 'b' }], pageNumber: 1, pageCount: 2 } : { items: [{ id: 'b' }, { id: 'c' }], pageNumber: 2, pageCount: 2 }), 3);
    expect(items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('fails when a page fails, and stops asking for more', async () => {
    const asked: number[] = [];
    const read = fetchAllPages(async (n) => {
      asked.push(n);
      if (n === 3) throw new Error('page 3 lost');
      await new Promise((r) => setTimeout(r, 5));
      return pageOf(n, 40);
    }, 2);
    await expect(read).rejects.toThrow('page 3 lost');
    await new Promise((r) => setTimeout(r, 30));
    expect(asked.length).toBeLessThan(10);
  });
});
