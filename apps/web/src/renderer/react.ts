/**
 * What the shipped build imports as `react` (apps/web/vite.config.ts aliases it here unless
 * WEB_RENDERER=react): Preact's React compatibility layer, plus the React 19.2 pieces it lacks that
 * Mantine 9 uses. Unit tests and `vite` (dev) run on React itself.
 */
import { Component, type ComponentChildren } from 'preact';
import compat, { findDOMNode, useCallback, useLayoutEffect, useRef } from 'preact/compat';

// @ts-expect-error -- compat's types are one `export =` namespace; its ES build has these named exports.
export * from 'preact/compat';

type Handler = (...args: never[]) => unknown;

/**
 * React's `useEffectEvent`: the latest callback, behind a function whose identity never changes
 * (Mantine and floating-ui list these in effect dependencies; compat's own returns a new function
 * on every render, which re-runs those effects on every render).
 */
export function useEffectEvent<T extends Handler>(callback: T): T {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback(((...args: Parameters<T>) => latest.current(...args)) as T, []);
}

interface ActivityProps {
  mode?: 'visible' | 'hidden';
  children?: ComponentChildren;
}

/**
 * React's `<Activity>` as far as Mantine uses it (Collapse, NavLink, Tabs, Tree kept mounted):
 * hidden children stay mounted, with their state, and their top-level elements are hidden the way
 * React hides them (`display: none !important`). Unlike React, their effects keep running.
 */
export class Activity extends Component<ActivityProps> {
  override componentDidMount() {
    this.apply();
  }
  override componentDidUpdate() {
    this.apply();
  }
  private apply() {
    // Only the first top-level node is known to be ours: Mantine puts one element in it.
    const node = findDOMNode(this as never);
    if (!(node instanceof HTMLElement || node instanceof SVGElement)) return;
    if (this.props.mode === 'hidden') node.style.setProperty('display', 'none', 'important');
    else if (node.style.getPropertyPriority('display') === 'important') node.style.removeProperty('display');
  }
  render() {
    return this.props.children;
  }
}

export default { ...compat, Activity, useEffectEvent };
