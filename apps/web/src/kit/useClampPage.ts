import { useEffect } from 'react';

/**
 * A page past the end (after deletes, a narrower filter, an old shared link) moves to the last
 * page there is, replacing the history entry, once the list has answered.
 */
export function useClampPage(page: number, pageCount: number | undefined, settled: boolean, goTo: (page: number) => void) {
  useEffect(() => {
    if (settled && pageCount !== undefined && pageCount >= 1 && page > pageCount) goTo(pageCount);
  }, [page, pageCount, settled, goTo]);
}
