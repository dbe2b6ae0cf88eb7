import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseSortParam, sortParam, type SortState } from './sort';

/**
 * The order of a list whose other state is not in the URL (an unpaged list): `?sort=` read and
 * written alone, every other parameter kept.
 */
export function useSortParam(keys: readonly string[]) {
  const [params, setParams] = useSearchParams();
  const raw = params.get('sort');
  // keys is a module constant in practice; its contents decide, not its identity.
  const joined = keys.join(',');
  const sort = useMemo(() => parseSortParam(raw, joined.split(',')), [raw, joined]);
  const setSort = useCallback(
    (next: SortState | undefined) =>
      setParams(
        (prev) => {
          const p = new URLSearchParams(prev);
          const v = sortParam(next);
          if (v) p.set('sort', v);
          else p.delete('sort');
          return p;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [sort, setSort] as const;
}
