import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { keepShared } from './account';

/**
 * A page's list state kept in the URL: parsed from the search params, written back with the
 * region and cloud account of the current URL kept. `replace` for typing (no history entry per key).
 */
export function useUrlState<S>(parse: (p: URLSearchParams) => S, serialize: (s: S) => URLSearchParams) {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parse(params), [params, parse]);
  const setState = useCallback(
    (next: S, replace = false) => setParams((prev) => keepShared(prev, serialize(next)), { replace }),
    [setParams, serialize],
  );
  return [state, setState] as const;
}
