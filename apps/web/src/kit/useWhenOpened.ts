import { useEffect, useRef } from 'react';

/**
 * Runs `reset` each time a dialog opens (and only then: not when the data under it refreshes
 * while it is open, which would wipe what the person typed). The latest `reset` is used.
 */
export function useWhenOpened(opened: boolean, reset: () => void) {
  const latest = useRef(reset);
  latest.current = reset;
  useEffect(() => {
    if (opened) latest.current();
  }, [opened]);
}
