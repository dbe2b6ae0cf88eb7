import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseView, writeView, type MonitorView } from './range';

/** The charts' range, period and devices, kept in the URL (other parameters left alone). */
export function useMonitorView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseView(params), [params]);
  const setView = useCallback(
    (patch: Partial<MonitorView>) => setParams((prev) => writeView(prev, { ...parseView(prev), ...patch }), { replace: true }),
    [setParams],
  );
  return [view, setView] as const;
}
