import { Center, Loader } from '@mantine/core';
import { useLayoutEffect } from 'react';

/**
 * index.html shows a still copy of the frame (#boot) from the first paint until the app has drawn
 * a real page: the sign-in frame or the console's shell. Loading states in between (the router's
 * fallback, the sign-in page waiting for the session) keep it rather than draw a spinner over it.
 */
export const BOOT_ID = 'boot';

/** Whether the placeholder is still up (so a loading state can leave the screen to it). */
export const bootShown = (): boolean => typeof document !== 'undefined' && document.getElementById(BOOT_ID) !== null;

/** Takes the placeholder away; later calls do nothing. */
export function endBoot(): void {
  document.getElementById(BOOT_ID)?.remove();
}

/** Ends the placeholder when the component calling it is on screen (before that frame paints). */
export function useEndBoot(): void {
  useLayoutEffect(endBoot, []);
}

/** Ends the placeholder where it is rendered: in the frame that replaces it, in the same commit. */
export function EndBoot() {
  useEndBoot();
  return null;
}

/** A whole-page loading state: nothing while the placeholder is up (it stands in), else a spinner. */
export function PageLoading({ label }: { label: string }) {
  if (bootShown()) return null;
  return (
    <Center h="100vh">
      <Loader aria-label={label} />
    </Center>
  );
}

/**
 * The BFF serves index.html's stylesheets as preloads (apps/bff/src/http/index-html.ts), so the
 * placeholder paints before they arrive; this applies them, in order, and resolves once they are
 * in (or failed), before the first render. Without such preloads (Vite's dev server) it resolves at once.
 */
export function applyPreloadedStyles(): Promise<void> {
  const preloads = [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="style"]')];
  return Promise.all(
    preloads.map(
      (preload) =>
        new Promise<void>((resolve) => {
          const sheet = document.createElement('link');
          sheet.rel = 'stylesheet';
          // The same CORS mode as the preload, or the browser fetches the file a second time.
          const cors = preload.getAttribute('crossorigin');
          if (cors !== null) sheet.setAttribute('crossorigin', cors);
          sheet.onload = sheet.onerror = () => resolve();
          sheet.href = preload.href;
          document.head.append(sheet);
        }),
    ),
  ).then(() => undefined);
}
