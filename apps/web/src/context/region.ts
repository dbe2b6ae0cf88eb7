import { CDS_REGIONS } from '@console/api-types/client';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

const KNOWN = new Set<string>(CDS_REGIONS.map((r) => r.id));

/** The region in the URL, or undefined for "All regions" (and for anything unknown). */
export function regionFrom(params: URLSearchParams): string | undefined {
  const r = params.get('region');
  return r && KNOWN.has(r) ? r : undefined;
}

/** The region picker's value, kept in ?region= so links and reloads keep it. */
export function useRegion(): [string | undefined, (region: string | undefined) => void] {
  const [params, setParams] = useSearchParams();
  const region = regionFrom(params);
  const setRegion = useCallback(
    (next: string | undefined) =>
      setParams((prev) => {
        const p = new URLSearchParams(prev);
        if (next) p.set('region', next);
        else p.delete('region');
        p.delete('page'); // a new region is a new list: start at its first page
        return p;
      }),
    [setParams],
  );
  return [region, setRegion];
}

/** "?region=X" to carry the picker's value across navigation links. */
export const regionSearch = (region: string | undefined) => (region ? `?region=${encodeURIComponent(region)}` : '');
