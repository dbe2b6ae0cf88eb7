import type { ReactNode } from 'react';
import type { SortValue } from './sort';

export interface Column<T> {
  key: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  /** Hidden on wider-than-phone screens below this breakpoint (on phones, see `essential`). */
  visibleFrom?: 'sm' | 'md' | 'lg' | 'xl';
  width?: number | string;
  /** Keep the cell on one line (badges, short values). */
  nowrap?: boolean;
  /** Stays at the right edge while the table scrolls sideways (the row menu). */
  stickyRight?: boolean;
  /** The header is a button that sorts by this column (the table's `sort`/`onSortChange`). */
  sortable?: boolean;
  /** The value a list sorted in the browser orders by (sortRows); default: the row's field named by `key`. */
  sortValue?: (row: T) => SortValue;
  /** Words for the column chooser and the phone layout when the header is not plain text. */
  label?: string;
  /** false: the column chooser cannot hide it. The first column (the name) can never be hidden. */
  hideable?: boolean;
  /**
   * Stays a column on phones, where the others fold into each row's details. Default: the first
   * column (the name) and the one keyed `status`.
   */
  essential?: boolean;
}
