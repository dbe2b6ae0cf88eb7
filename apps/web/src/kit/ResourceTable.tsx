import { Box, Checkbox, EmptyState, Group, Paper } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import { memo, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { DrawnLater } from './drawing';
import { ErrorNotice } from './ErrorNotice';
import { Table } from './table/Table';
import { ColumnChooser } from './table/ColumnChooser';
import { DegradedBanner } from './table/DegradedBanner';
import { Footer, type Paging } from './table/Footer';
import { HeaderCell } from './table/HeaderCell';
import { layoutColumns } from './table/layout';
import { Rows } from './table/Rows';
import { pageSelection, togglePage } from './table/selection';
import { SelectionBar } from './table/SelectionBar';
import { SkeletonBar } from './table/SkeletonBar';
import type { SortState } from './table/sort';
import type { Column } from './table/types';
import { useCompact, useHiddenColumns } from './table/useColumnPrefs';
import { useSlashFocus } from './table/useSlashFocus';

export type { Column } from './table/types';
export type { Paging } from './table/Footer';
export type { SortState } from './table/sort';

export interface Selection<T> {
  selected: readonly string[];
  onChange: (keys: string[]) => void;
  /** Rows that cannot be selected show a disabled box. */
  isSelectable?: (row: T) => boolean;
}

export interface ResourceTableProps<T> {
  /** Accessible name of the table. */
  label: string;
  columns: Column<T>[];
  /** The rows of the page on screen (server- or client-paged: the table does not care). */
  rows: readonly T[] | undefined;
  rowKey: (row: T) => string;
  /** The row's name, for the checkbox and expand button labels. */
  rowName: (row: T) => string;
  /** Extra attributes of each <tr> (data-testid and friends for end-to-end tests). */
  rowAttributes?: (row: T) => Record<string, string | undefined>;
  loading?: boolean;
  /**
   * The last read's failure. With rows from an earlier answer they stay, under a warning saying
   * how old they are (degraded); with none, an error notice takes their place.
   */
  error?: unknown;
  onRetry?: () => void;
  empty: { title: string; description?: string; action?: ReactNode };
  /** Keys selected on any page; the table shows their count and a way to clear them. */
  selection?: Selection<T>;
  paging?: Paging;
  /** The order on screen: the page sorts (on the server, or with sortRows before paging). */
  sort?: SortState;
  onSortChange?: (sort: SortState | undefined) => void;
  /** Names the list in this browser's storage: its hidden columns and page size are remembered; offers the column chooser. */
  tableId?: string;
  updatedAt?: number;
  onRefresh?: () => void;
  refreshing?: boolean;
  /** Above the table: filters, bulk actions. Its first text box is the list's search (`/`). */
  toolbar?: ReactNode;
  /** A discreet note beside "updated": e.g. "filtered locally". */
  note?: ReactNode;
  /** Rows that open to show more (VDC networks). */
  expand?: (row: T) => ReactNode;
}

const SKELETON_ROWS = 5;
const BORDER = '1px solid var(--mantine-color-default-border)';
// Drawn again only when its props change (the page memoizes its paging).
const MemoFooter = memo(Footer);

/**
 * A list of resources with the states every list needs: loading, error (or degraded), empty,
 * paging, sorting, chosen columns, selection across pages, a phone layout, `/` to search.
 */
export function ResourceTable<T>(props: ResourceTableProps<T>) {
  const {
    label,
    columns,
    rows,
    rowKey,
    rowName,
    loading,
    error,
    onRetry,
    empty,
    selection,
    tableId,
  } = props;
  const t = useT();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [rowsWhole, setRowsWhole] = useState(false);
  const [hidden, setHidden] = useHiddenColumns(tableId);
  const compact = useCompact();
  const toolbarRef = useRef<HTMLDivElement>(null);
  useSlashFocus(toolbarRef);
  const toggle = useCallback(
    (key: string) =>
      setOpen((prev) => {
        const next = new Set(prev);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      }),
    [],
  );

  // Memoized with what they show: a list's answer then draws the rows and footer, not the header
  // and toolbar again (a phone's long task, bench/web-profile.ts).
  const { shown, folded } = useMemo(
    () => layoutColumns(columns, hidden, compact),
    [columns, hidden, compact],
  );
  const expandable = !!props.expand || folded.length > 0;
  const isSelectable = selection?.isSelectable;
  const pageKeys = useMemo(
    () => (rows ?? []).filter((r) => isSelectable?.(r) ?? true).map(rowKey),
    [rows, isSelectable, rowKey],
  );
  const { all: allSelected, some } = pageSelection(selection?.selected ?? [], pageKeys);
  const colCount = shown.length + (selection ? 1 : 0) + (expandable ? 1 : 0);
  const hasRows = !!rows && rows.length > 0;
  // Rows drawn again from the start (after an empty page) are not whole until they say so.
  if (!hasRows && rowsWhole) setRowsWhole(false);

  const { sort, onSortChange } = props;
  const head = useMemo(
    () => (
      <Table.Tr>
        {expandable ? <Table.Th w={40} aria-label={t('table.details')} /> : null}
        {selection ? (
          <Table.Th w={40}>
            <Checkbox
              aria-label={t('table.selectAll')}
              checked={allSelected}
              indeterminate={some}
              disabled={pageKeys.length === 0}
              onChange={() => selection.onChange(togglePage(selection.selected, pageKeys))}
            />
          </Table.Th>
        ) : null}
        {shown.map(({ column, visibleFrom, width }) => (
          <HeaderCell
            key={column.key}
            column={column}
            visibleFrom={visibleFrom}
            width={width}
            sort={sort}
            onSortChange={onSortChange}
          />
        ))}
      </Table.Tr>
    ),
    [expandable, selection, allSelected, some, pageKeys, shown, sort, onSortChange, t],
  );

  const toolbar = useMemo(
    () =>
      props.toolbar || tableId ? (
        <Group
          p="sm"
          gap="sm"
          justify="space-between"
          align="flex-end"
          wrap="nowrap"
          style={{ borderBottom: BORDER }}
        >
          <Box ref={toolbarRef} style={{ flex: 1, minWidth: 0 }}>
            {props.toolbar}
          </Box>
          {tableId ? (
            <ColumnChooser columns={columns} hidden={hidden} onChange={setHidden} />
          ) : null}
        </Group>
      ) : null,
    [props.toolbar, tableId, columns, hidden, setHidden],
  );

  let body: ReactNode;
  if (loading && !rows) {
    body = Array.from({ length: SKELETON_ROWS }, (_, i) => (
      <Table.Tr key={`skeleton-${i}`} data-testid="skeleton-row">
        {Array.from({ length: colCount }, (_, j) => (
          <Table.Td key={j}>
            <SkeletonBar
              height={14}
              radius="sm"
              width={j === 0 && (selection || expandable) ? 16 : '80%'}
            />
          </Table.Td>
        ))}
      </Table.Tr>
    ));
  } else if (hasRows) {
    // Its own body: a new page's rows are drawn a row per task (./drawing.tsx), busy until whole.
    body = (
      <Rows<T>
        rows={rows}
        shown={shown}
        folded={folded}
        rowKey={rowKey}
        rowName={rowName}
        rowAttributes={props.rowAttributes}
        selection={selection}
        expand={props.expand}
        open={open}
        onToggle={toggle}
        colCount={colCount}
        onWhole={setRowsWhole}
      />
    );
  } else if (!error) {
    body = (
      <Table.Tr>
        <Table.Td colSpan={colCount}>
          <EmptyState
            data-testid="empty-state"
            py="xl"
            icon={<IconInbox size={28} />}
            withIndicatorBackground
            title={empty.title}
            description={empty.description}
          >
            {empty.action}
          </EmptyState>
        </Table.Td>
      </Table.Tr>
    );
  }

  return (
    <Paper withBorder radius="md" data-compact={compact || undefined}>
      {/* The page's header is drawn first (the page's largest text), the toolbar a task later, the
          table a task after that, the footer after the rows (./drawing.tsx): each part appears under
          what is already drawn, so nothing moves, and no part is a phone's long task. */}
      <DrawnLater>
        {toolbar}
        {selection ? (
          <SelectionBar count={selection.selected.length} onClear={() => selection.onChange([])} />
        ) : null}
        {error ? (
          <Box p="sm">
            {hasRows ? (
              <DegradedBanner error={error} updatedAt={props.updatedAt} onRetry={onRetry} />
            ) : (
              <ErrorNotice error={error} title={t('error.loadFailed')} onRetry={onRetry} />
            )}
          </Box>
        ) : null}
        <DrawnLater>
          {/* Scrolls sideways when narrower than the columns: a native scroller, not Mantine's ScrollArea (kept out of the first load). */}
          <Box style={{ overflowX: 'auto' }}>
            <Box miw={compact ? 0 : 720}>
              <Table
                highlightOnHover
                verticalSpacing="sm"
                layout={compact ? 'fixed' : undefined}
                aria-label={label}
                aria-busy={!!loading}
              >
                <Table.Thead>{head}</Table.Thead>
                {hasRows ? body : <Table.Tbody>{body}</Table.Tbody>}
              </Table>
            </Box>
          </Box>
          {/* Under the rows once they are all there (not under the loading rows, nor half a page), so it
            never moves; in a task of its own. */}
          {(hasRows ? rowsWhole : !(loading && !rows)) ? (
            <DrawnLater>
              <MemoFooter
                paging={props.paging}
                updatedAt={props.updatedAt}
                onRefresh={props.onRefresh}
                refreshing={props.refreshing}
                note={props.note}
                tableId={tableId}
              />
            </DrawnLater>
          ) : null}
        </DrawnLater>
      </DrawnLater>
    </Paper>
  );
}
