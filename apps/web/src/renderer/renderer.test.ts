// The shipped build's `react` and `react-dom/client` (Preact underneath), tested with Preact
// directly: the unit tests otherwise run on React (docs/performance.md says why).
import { createElement as h, useEffect, useState } from 'preact/compat';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRoot } from './react-dom-client';
// Imported under another name: the hooks lint rule would rightly forbid what this test does with it.
import { Activity, useEffectEvent as effectEvent } from './react';

let container: HTMLElement;
function mount() {
  container = document.createElement('div');
  document.body.append(container);
  return createRoot(container, { onUncaughtError: vi.fn() });
}
afterEach(() => container?.remove());

describe('the renderer Preact ships with', () => {
  it('keeps hidden Activity children mounted, hidden as React hides them, and shows them again', () => {
    let setMode: (m: 'visible' | 'hidden') => void = () => {};
    function Panel() {
      const [count, setCount] = useState(0);
      return h('button', { onClick: () => setCount(count + 1) }, `clicked ${count}`);
    }
    function Host() {
      const [mode, set] = useState<'visible' | 'hidden'>('visible');
      setMode = set;
      return h(Activity, { mode }, h(Panel, null));
    }
    const root = mount();
    act(() => root.render(h(Host, null)));
    const button = container.querySelector('button')!;
    act(() => button.click());
    act(() => setMode('hidden'));
    expect(button.style.getPropertyValue('display')).toBe('none');
    expect(button.style.getPropertyPriority('display')).toBe('important');
    act(() => setMode('visible'));
    expect(container.querySelector('button')).toBe(button);
    expect(button.style.display).toBe('');
    expect(button.textContent).toBe('clicked 1');
  });

  it('gives useEffectEvent one identity that calls the latest callback', () => {
    const seen: unknown[] = [];
    const calls: number[] = [];
    let rerender: (n: number) => void = () => {};
    function Probe() {
      const [n, setN] = useState(1);
      rerender = setN;
      const onTick = effectEvent(() => {
        calls.push(n);
      });
      seen.push(onTick);
      useEffect(() => {
        onTick();
      }, [onTick, n]);
      return null;
    }
    const root = mount();
    act(() => root.render(h(Probe, null)));
    act(() => rerender(2));
    expect(seen.length).toBe(2);
    expect(seen[0]).toBe(seen[1]);
    expect(calls).toEqual([1, 2]);
  });

  it('empties the root and reports an error nothing caught, as createRoot’s onUncaughtError', () => {
    const onUncaughtError = vi.fn();
    container = document.createElement('div');
    const root = createRoot(container, { onUncaughtError });
    function Broken(): never {
      throw new Error('boom');
    }
    act(() => root.render(h('main', null, h('p', null, 'before'), h(Broken, null))));
    expect(onUncaughtError).toHaveBeenCalledWith(expect.objectContaining({ message: 'boom' }), {});
    expect(container.innerHTML).toBe('');
  });
});
