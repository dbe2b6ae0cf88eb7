import { useEffect, type RefObject } from 'react';

const EDITABLE = 'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="combobox"], [role="textbox"]';

/** The box `/` focuses inside a toolbar: one marked `data-list-search`, else the first text box. */
export function searchBoxIn(root: ParentNode): HTMLInputElement | null {
  return (
    root.querySelector<HTMLInputElement>('input[data-list-search]') ??
    root.querySelector<HTMLInputElement>('input[type="text"], input[type="search"], input:not([type])')
  );
}

/**
 * `/` focuses the list's search box, as on GitHub or Gmail; not while typing somewhere, with a
 * modifier held, or behind an open dialog. The first list on the page that has a box takes it.
 */
export function useSlashFocus(toolbar: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest(EDITABLE)) return;
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return;
      const box = toolbar.current ? searchBoxIn(toolbar.current) : null;
      if (!box) return;
      e.preventDefault();
      box.focus();
      box.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [toolbar]);
}
