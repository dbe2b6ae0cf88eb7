import { Box, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Fragment, memo, useEffect, type CSSProperties, type ReactNode } from 'react';
import { useT } from '../../i18n/i18n';
import { ROWS_PER_TASK, useDrawnCount } from '../drawing';
import { IconButton } from '../IconButton';
import { columnLabel } from './prefs';
import { RowCheckbox } from './RowCheckbox';
import { Table } from './Table';
import { toggleKey } from './selection';
import type { Column } from './types';

export const cellStyle = (c: { nowrap?: boolean; stickyRight?: boolean }, head = false): CSSProperties | undefined => {
  if (!c.nowrap && !c.stickyRight && !head) return undefined;
  return {
    ...(c.nowrap || head ? { whiteSpace: 'nowrap' } : {}),
    ...(c.stickyRight
      ? { position: 'sticky', right: 0, background: 'var(--mantine-color-body)', zIndex: 1, boxShadow: '-1px 0 0 var(--mantine-color-default-border)' }
      : {}),
  };
};

// A style, not Box's `bg` prop: a row drawn without Box (Table.tsx) stays the same element when it
// is selected, so the box just ticked keeps the keyboard's focus.
const SELECTED: CSSProperties = { background: 'var(--mantine-primary-color-light)' };

export interface RowsProps<T> {
  rows: readonly T[];
  shown: { column: Column<T>; visibleFrom?: Column<T>['visibleFrom']; width?: Column<T>['width'] }[];
  /** Columns folded into the details (phones). */
  folded: Column<T>[];
  rowKey: (row: T) => string;
  rowName: (row: T) => string;
  rowAttributes?: (row: T) => Record<string, string | undefined>;
  selection?: { selected: readonly string[]; onChange: (keys: string[]) => void; isSelectable?: (row: T) => boolean };
  expand?: (row: T) => ReactNode;
  open: ReadonlySet<string>;
  onToggle: (key: string) => void;
  colCount: number;
  /** Told whether every row of the page is drawn (the table draws its footer only then). */
  onWhole?: (whole: boolean) => void;
}

/**
 * The table body with the rows of the page on screen, each with its box, its details toggle and,
 * when open, its details. A new page is drawn a row per task (../drawing.tsx): each batch is
 * its own memoized part, so drawing the next one does not draw the ones before it again. Nothing is
 * under the rows until they are all drawn (the table's footer waits), so nothing moves meanwhile.
 */
export function Rows<T>(props: RowsProps<T>) {
  const { rows, onWhole } = props;
  const drawn = useDrawnCount(rows.length);
  const whole = drawn >= rows.length;
  useEffect(() => onWhole?.(whole), [whole, onWhole]);
  const batches: ReactNode[] = [];
  for (let from = 0; from < drawn; from += ROWS_PER_TASK) {
    batches.push(<RowBatch<T> key={from} {...props} from={from} to={Math.min(from + ROWS_PER_TASK, drawn)} />);
  }
  return <Table.Tbody aria-busy={!whole || undefined}>{batches}</Table.Tbody>;
}

const RowBatch = memo(RowRange) as <T>(props: RowsProps<T> & { from: number; to: number }) => ReactNode;

function RowRange<T>({ rows, shown, folded, rowKey, rowName, rowAttributes, selection, expand, open, onToggle, colCount, from, to }: RowsProps<T> & { from: number; to: number }) {
  const t = useT();
  const expandable = !!expand || folded.length > 0;
  return rows.slice(from, to).map((row) => {
    const key = rowKey(row);
    const isOpen = open.has(key);
    const canSelect = selection?.isSelectable?.(row) ?? true;
    const isSelected = !!selection?.selected.includes(key);
    return (
      <Fragment key={key}>
        <Table.Tr {...rowAttributes?.(row)} style={isSelected ? SELECTED : undefined}>
          {expandable ? (
            <Table.Td>
              <IconButton
                variant="subtle"
                color="gray"
                size="sm"
                aria-expanded={isOpen}
                aria-label={t(isOpen ? 'table.collapse' : 'table.expand', { name: rowName(row) })}
                onClick={() => onToggle(key)}
                data-testid="row-expand"
              >
                {isOpen ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
              </IconButton>
            </Table.Td>
          ) : null}
          {selection ? (
            <Table.Td>
              <RowCheckbox
                aria-label={t('table.selectRow', { name: rowName(row) })}
                checked={isSelected}
                disabled={!canSelect}
                onChange={(e) => selection.onChange(toggleKey(selection.selected, key, e.currentTarget.checked))}
              />
            </Table.Td>
          ) : null}
          {shown.map(({ column: c, visibleFrom }) => (
            <Table.Td key={c.key} visibleFrom={visibleFrom} style={cellStyle(c)}>
              {c.render(row)}
            </Table.Td>
          ))}
        </Table.Tr>
        {expandable && isOpen ? (
          <Table.Tr>
            <Table.Td colSpan={colCount} p={0}>
              <Box p="md" bg="var(--mantine-color-default-hover)" data-testid="row-details">
                {folded.length ? (
                  <SimpleGrid cols={1} spacing="xs" mb={expand ? 'md' : 0}>
                    {folded.map((c) => (
                      <Stack key={c.key} gap={2}>
                        <Text size="xs" c="dimmed">
                          {columnLabel(c) ?? c.key}
                        </Text>
                        <div>{c.render(row)}</div>
                      </Stack>
                    ))}
                  </SimpleGrid>
                ) : null}
                {expand?.(row)}
              </Box>
            </Table.Td>
          </Table.Tr>
        ) : null}
      </Fragment>
    );
  });
}
