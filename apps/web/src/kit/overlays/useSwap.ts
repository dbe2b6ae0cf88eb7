import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { prefetchOverlays, useOverlays } from './load';

/** How the light stand-in was first used: open the real one at once, and/or give it the focus. */
export interface Wanted {
  open: boolean;
  focus: boolean;
}

const OPEN_KEYS = new Set(['Enter', ' ', 'ArrowDown', 'ArrowUp']);

/**
 * The swap from a light stand-in to the real overlay component, on first use: a click or an opening
 * key opens it, a keyboard focus hands it the focus. A pointer's focus waits for its click (swapping
 * between press and release would lose the click). The chunk is prefetched at idle meanwhile.
 */
export function useSwap() {
  const [wanted, setWanted] = useState<Wanted | null>(null);
  const mod = useOverlays(wanted !== null);
  const pointer = useRef(false);
  useEffect(prefetchOverlays, []);
  const want = (w: Wanted) =>
    setWanted((old) => (old ? { open: old.open || w.open, focus: old.focus || w.focus } : w));
  const triggers = {
    onPointerDown: () => {
      pointer.current = true;
    },
    onFocus: () => {
      if (!pointer.current) want({ open: false, focus: true });
    },
    onClick: () => want({ open: true, focus: true }),
    onKeyDown: (e: KeyboardEvent) => {
      if (!OPEN_KEYS.has(e.key)) return;
      e.preventDefault();
      want({ open: true, focus: true });
    },
  };
  return { mod, wanted, triggers };
}

/** Focuses the element once it mounts, when the stand-in had the focus. */
export function useFocusOnMount<E extends HTMLElement>(focus: boolean | undefined) {
  const ref = useRef<E>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return ref;
}
