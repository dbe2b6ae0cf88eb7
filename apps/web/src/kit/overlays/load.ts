import { useEffect, useState } from 'react';

type Overlays = typeof import('./real');

let loaded: Overlays | undefined;
let pending: Promise<Overlays> | undefined;
let armed = false;

/** Starts loading the overlays' chunk once; resolves with it. */
export function loadOverlays(): Promise<Overlays> {
  pending ??= import('./real').then((m) => (loaded = m));
  return pending;
}

// What says a person is about to use the page: the chunk is warmed on the first of these.
const INTENT = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'wheel'] as const;
/** Without any of them, the chunk is still warmed this long after the first stand-in is drawn. */
const LATE_MS = 10_000;

/**
 * Warms the chunk before a first click needs it, but not while the page is still loading: fetching
 * it also runs it (Mantine's Select, Menu, Modal…: long tasks on a slow phone), so it waits for the
 * first sign of a person using the page (a pointer moving, a touch, a key) or, failing that, for the
 * browser to be idle some seconds after the first stand-in is drawn. A click before that loads it then.
 */
export function prefetchOverlays() {
  if (loaded || pending || armed || typeof window === 'undefined') return;
  armed = true;
  const warm = () => {
    for (const type of INTENT) window.removeEventListener(type, warm, true);
    window.clearTimeout(timer);
    void loadOverlays();
  };
  for (const type of INTENT) window.addEventListener(type, warm, { capture: true, passive: true });
  const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 0));
  const timer = window.setTimeout(() => idle(warm, { timeout: 5000 }), LATE_MS);
}

/** The overlays' module once `wanted` (and loaded); undefined until then. */
export function useOverlays(wanted: boolean): Overlays | undefined {
  const [mod, setMod] = useState<Overlays | undefined>(loaded);
  useEffect(() => {
    if (!wanted || mod) return;
    let live = true;
    void loadOverlays().then((m) => live && setMod(m));
    return () => {
      live = false;
    };
  }, [wanted, mod]);
  return wanted ? (mod ?? loaded) : undefined;
}
