import { useEffect } from 'react';
import { useStillHere } from './useStillHere';

/**
 * A page past the end (after deletes, a narrower filter, an old shared link) moves to the last
 * page there is, replacing the history entry, once the list has answered (unless the person has
 * already left for another page, whose URL this must not overwrite).
 */
export function useClampPage(page: number, pageCount: number | undefined, settled: boolean, goTo: (page: number) => void) {
  const stillHere = useStillHere();
  useEffect(() => {
    if (settled && pageCount !== undefined && pageCount >= 1 && page > pageCount && stillHere()) goTo(pageCount);
  }, [page, pageCount, settled, goTo, stillHere]);
}
