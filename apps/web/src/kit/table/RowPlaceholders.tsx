import { useLayoutEffect, useRef } from 'react';

/** A one-line row at verticalSpacing sm: what a row still to draw reserves until one is measured. */
const DEFAULT_HEIGHT = 49;

/**
 * The rows of a page still to draw (../drawing.tsx): empty rows as tall as the first row drawn,
 * so what is under the table does not move while the page fills in. Hidden from assistive
 * technology; the table says it is busy meanwhile.
 */
export function RowPlaceholders({ keys, colCount }: { keys: readonly string[]; colCount: number }) {
  const first = useRef<HTMLTableRowElement>(null);
  const height = useRef(DEFAULT_HEIGHT);
  useLayoutEffect(() => {
    const drawn = first.current?.parentElement?.firstElementChild;
    if (
      height.current !== DEFAULT_HEIGHT ||
      !(drawn instanceof HTMLTableRowElement) ||
      drawn === first.current
    )
      return;
    // Measured once per table (a layout read), then kept for the batches that follow.
    height.current = drawn.offsetHeight || DEFAULT_HEIGHT;
    for (let row = first.current; row; row = row.nextElementSibling as HTMLTableRowElement | null)
      row.style.height = `${height.current}px`;
  });
  return keys.map((key, i) => (
    <tr
      key={key}
      ref={i === 0 ? first : undefined}
      aria-hidden
      data-testid="row-placeholder"
      style={{ height: height.current }}
    >
      <td colSpan={colCount} />
    </tr>
  ));
}
