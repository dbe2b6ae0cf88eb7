import { hideableKeys } from './prefs';
import type { Column } from './types';

export const isEssential = <T>(c: Column<T>, index: number) => c.essential ?? (index === 0 || c.key === 'status');

/** On a phone the table is laid out fixed to the screen's width: each kept column after the name gets this share, the name the rest. */
const COMPACT_SHARE = '36%';

/**
 * Which columns are drawn and which fold into the row details. Hidden ones (the chooser) are
 * dropped, except those that cannot be hidden. On a phone (`compact`) only the essential columns
 * and the row menu stay columns, shown whatever their `visibleFrom`, with widths that fit the
 * screen (no sideways scrolling); the rest fold.
 */
export function layoutColumns<T>(columns: readonly Column<T>[], hidden: readonly string[], compact: boolean) {
  const canHide = new Set(hideableKeys(columns));
  const wanted = columns.filter((c) => !(canHide.has(c.key) && hidden.includes(c.key)));
  if (!compact) return { shown: wanted.map((column) => ({ column, visibleFrom: column.visibleFrom, width: column.width })), folded: [] as Column<T>[] };
  const keep = (c: Column<T>) => isEssential(c, columns.indexOf(c)) || !!c.stickyRight;
  return {
    shown: wanted.filter(keep).map((column, i) => ({ column, visibleFrom: undefined, width: column.width ?? (i === 0 ? undefined : COMPACT_SHARE) })),
    folded: wanted.filter((c) => !keep(c)),
  };
}
