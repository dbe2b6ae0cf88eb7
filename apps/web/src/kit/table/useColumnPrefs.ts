import { useMediaQuery } from '@mantine/hooks';
import { useCallback, useState } from 'react';
import { readTablePrefs, writeTablePrefs } from './prefs';

/** The columns hidden in this list, remembered in this browser when the list has a `tableId`. */
export function useHiddenColumns(tableId: string | undefined) {
  const [hidden, setHiddenState] = useState<string[]>(() => (tableId ? (readTablePrefs(tableId).hidden ?? []) : []));
  const setHidden = useCallback(
    (next: string[]) => {
      setHiddenState(next);
      if (tableId) writeTablePrefs(tableId, { hidden: next });
    },
    [tableId],
  );
  return [hidden, setHidden] as const;
}

/** Below Mantine's `sm` breakpoint (48em): a phone held upright. Read at once, so the first paint is already compact. */
export const useCompact = () => useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false }) ?? false;
