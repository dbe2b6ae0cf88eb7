import { useEffect, useState } from 'react';

type Overlays = typeof import('./real');

let loaded: Overlays | undefined;
let pending: Promise<Overlays> | undefined;

/** Starts loading the overlays' chunk once; resolves with it. */
export function loadOverlays(): Promise<Overlays> {
  pending ??= import('./real').then((m) => (loaded = m));
  return pending;
}

/** Warm the chunk when the browser is idle after the first paint, so a first click swaps at once. */
export function prefetchOverlays() {
  if (loaded || pending || typeof window === 'undefined') return;
  const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 1500));
  idle(() => void loadOverlays(), { timeout: 4000 });
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
