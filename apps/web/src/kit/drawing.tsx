import { useEffect, useState, type ReactNode } from 'react';

/**
 * Drawing a big update in parts. The shipped build renders with Preact, which draws a whole update
 * in one task: a page of rows or a navigation full of Mantine parts is a long task that holds a
 * phone's main thread for the better part of a second (pnpm bench:lighthouse, bench/web-profile.ts).
 * These hooks let a part wait for a task of its own, after the browser has painted and taken input.
 * React builds (dev, unit tests, WEB_RENDERER=react) slice renders themselves: everything at once.
 */
const DRAW_IN_SLICES = import.meta.env.VITE_DRAW_IN_SLICES === '1';
const FIRST_ROWS = 1;
export const ROWS_PER_TASK = 1;

/**
 * How many of a page's rows to draw now: a new table draws one row, then one more in each later
 * task until the page is whole. Once whole it stays so: another page of no more rows draws at once.
 */
export function useDrawnCount(total: number): number {
  const [drawn, setDrawn] = useState(DRAW_IN_SLICES ? FIRST_ROWS : Infinity);
  useEffect(() => {
    if (drawn >= total) return;
    const timer = setTimeout(() => setDrawn((d) => d + ROWS_PER_TASK), 0);
    return () => clearTimeout(timer);
  }, [drawn, total]);
  return Math.min(drawn, total);
}

/** False on the first render, true from the next task on: a part drawn after the rest of its page. */
export function useDrawnLater(): boolean {
  const [later, setLater] = useState(!DRAW_IN_SLICES);
  useEffect(() => {
    if (later) return;
    const timer = setTimeout(() => setLater(true), 0);
    return () => clearTimeout(timer);
  }, [later]);
  return later;
}

/** Its children, drawn in the task after the one that mounts it (see useDrawnLater). */
export function DrawnLater({ children }: { children: ReactNode }) {
  return useDrawnLater() ? children : null;
}
