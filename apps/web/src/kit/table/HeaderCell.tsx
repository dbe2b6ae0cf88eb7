import { Group, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { memo, type ReactNode } from 'react';
import { useT } from '../../i18n/i18n';
import { columnLabel } from './prefs';
import { cellStyle } from './Rows';
import { Table } from './Table';
import { nextSort, type SortState } from './sort';
import type { Column } from './types';

export interface HeaderCellProps<T> {
  column: Column<T>;
  visibleFrom?: Column<T>['visibleFrom'];
  width?: Column<T>['width'];
  sort?: SortState;
  onSortChange?: (s: SortState | undefined) => void;
}

/** A column header; a sortable one is a button (Enter/Space) and says its order with aria-sort. Memoized: a list's answer leaves it alone. */
export const HeaderCell = memo(function HeaderCell<T>({ column: c, visibleFrom, width, sort, onSortChange }: HeaderCellProps<T>) {
  const t = useT();
  const sortable = !!c.sortable && !!onSortChange;
  const dir = sort?.key === c.key ? sort.dir : undefined;
  const Icon = dir === 'asc' ? IconArrowUp : dir === 'desc' ? IconArrowDown : IconArrowsSort;
  const name = columnLabel(c) ?? c.key;
  return (
    <Table.Th
      w={width}
      visibleFrom={visibleFrom}
      style={cellStyle(c, true)}
      aria-sort={sortable && dir ? (dir === 'asc' ? 'ascending' : 'descending') : undefined}
      data-column={c.key}
    >
      {sortable ? (
        <UnstyledButton
          onClick={() => onSortChange?.(nextSort(sort, c.key))}
          data-testid={`sort-${c.key}`}
          title={t(dir === 'asc' ? 'table.sortDesc' : dir === 'desc' ? 'table.sortOff' : 'table.sortAsc', { name })}
          style={{ font: 'inherit', fontWeight: 'inherit', color: 'inherit' }}
        >
          <Group gap={4} wrap="nowrap">
            {c.header}
            <Icon size={14} aria-hidden style={{ opacity: dir ? 1 : 0.45 }} />
          </Group>
        </UnstyledButton>
      ) : (
        c.header
      )}
    </Table.Th>
  );
}) as <T>(props: HeaderCellProps<T>) => ReactNode;
