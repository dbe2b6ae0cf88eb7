import type { Page } from '@console/api-types';

/**
 * Every page of a paged list: the first to learn how many there are, then the rest in parallel,
 * at most `concurrency` at a time. Items are kept in page order, and an item seen twice (the
 * list moved while it was read: a create shifts every page by one) is kept once.
 */
export async function fetchAllPages<T extends { id: string }>(
  fetchPage: (pageNumber: number) => Promise<Page<T>>,
  concurrency: number,
): Promise<T[]> {
  const first = await fetchPage(1);
  const pageCount = Math.max(1, first.pageCount);
  const pages: T[][] = [first.items];
  let next = 2;
  let failed = false;
  const worker = async () => {
    // One page failing fails the whole read: the others stop asking.
    while (next <= pageCount && !failed) {
      const n = next++;
      try {
        pages[n - 1] = (await fetchPage(n)).items;
      } catch (err) {
        failed = true;
        throw err;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, pageCount - 1) }, worker));
  const seen = new Set<string>();
  const items: T[] = [];
  for (const page of pages) {
    for (const item of page) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      items.push(item);
    }
  }
  return items;
}
