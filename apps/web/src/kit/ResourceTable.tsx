import {
  ActionIcon,
  Box,
  Checkbox,
  EmptyState,
  Group,
  Pagination,
  Paper,
  Select,
  Skeleton,
  Table,
  Text,
} from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconInbox } from '@tabler/icons-react';
import { Fragment, useState, type CSSProperties, type ReactNode } from 'react';
import { useT } from '../i18n/i18n';
import { ErrorNotice } from './ErrorNotice';
import { UpdatedAgo } from './UpdatedAgo';

export interface Column<T> {
  key: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  /** Hidden on narrow screens below this breakpoint. */
  visibleFrom?: 'sm' | 'md' | 'lg' | 'xl';
  width?: number | string;
  /** Keep the cell on one line (badges, short values). */
  nowrap?: boolean;
  /** Stays at the right edge while the table scrolls sideways (the row menu). */
  stickyRight?: boolean;
}

const cellStyle = (c: { nowrap?: boolean; stickyRight?: boolean }, head = false): CSSProperties | undefined => {
  if (!c.nowrap && !c.stickyRight && !head) return undefined;
  return {
    ...(c.nowrap || head ? { whiteSpace: 'nowrap' } : {}),
    ...(c.stickyRight
      ? { position: 'sticky', right: 0, background: 'var(--mantine-color-body)', zIndex: 1, boxShadow: '-1px 0 0 var(--mantine-color-default-border)' }
      : {}),
  };
};

export interface Paging {
  page: number;
  pageSize?: number;
  pageCount: number;
  totalCount?: number;
  /** Offer a page-size selector with these sizes. */
  pageSizes?: readonly number[];
  onPageChange: (page: number) => void;
  onPageSizeChange?: (size: number) => void;
}

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
  error?: unknown;
  onRetry?: () => void;
  empty: { title: string; description?: string; action?: ReactNode };
  selection?: Selection<T>;
  paging?: Paging;
  updatedAt?: number;
  onRefresh?: () => void;
  refreshing?: boolean;
  /** Above the table: filters, bulk actions. */
  toolbar?: ReactNode;
  /** A discreet note beside "updated": e.g. "filtered locally". */
  note?: ReactNode;
  /** Rows that open to show more (VDC networks). */
  expand?: (row: T) => ReactNode;
}

const SKELETON_ROWS = 5;

/** A list of resources with the states every list needs: loading, error, empty, paging, selection. */
export function ResourceTable<T>(props: ResourceTableProps<T>) {
  const { label, columns, rows, rowKey, rowName, rowAttributes, loading, error, onRetry, empty, selection } = props;
  const t = useT();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const selectable = (rows ?? []).filter((r) => selection?.isSelectable?.(r) ?? true).map(rowKey);
  const selectedHere = selectable.filter((k) => selection?.selected.includes(k));
  const allSelected = selectable.length > 0 && selectedHere.length === selectable.length;
  const colCount = columns.length + (selection ? 1 : 0) + (props.expand ? 1 : 0);

  const head = (
    <Table.Tr>
      {props.expand ? <Table.Th w={40} aria-label={t('table.details')} /> : null}
      {selection ? (
        <Table.Th w={40}>
          <Checkbox
            aria-label={t('table.selectAll')}
            checked={allSelected}
            indeterminate={selectedHere.length > 0 && !allSelected}
            disabled={selectable.length === 0}
            onChange={() =>
              selection.onChange(
                allSelected
                  ? selection.selected.filter((k) => !selectable.includes(k))
                  : [...new Set([...selection.selected, ...selectable])],
              )
            }
          />
        </Table.Th>
      ) : null}
      {columns.map((c) => (
        <Table.Th key={c.key} w={c.width} visibleFrom={c.visibleFrom} style={cellStyle(c, true)}>
          {c.header}
        </Table.Th>
      ))}
    </Table.Tr>
  );

  let body: ReactNode;
  if (loading && !rows) {
    body = Array.from({ length: SKELETON_ROWS }, (_, i) => (
      <Table.Tr key={`skeleton-${i}`} data-testid="skeleton-row">
        {Array.from({ length: colCount }, (_, j) => (
          <Table.Td key={j}>
            <Skeleton height={14} radius="sm" width={j === 0 && (selection || props.expand) ? 16 : '80%'} />
          </Table.Td>
        ))}
      </Table.Tr>
    ));
  } else if (rows && rows.length > 0) {
    body = rows.map((row) => {
      const key = rowKey(row);
      const isOpen = open.has(key);
      const canSelect = selection?.isSelectable?.(row) ?? true;
      return (
        <Fragment key={key}>
          <Table.Tr
            {...rowAttributes?.(row)}
            bg={selection?.selected.includes(key) ? 'var(--mantine-primary-color-light)' : undefined}
          >
            {props.expand ? (
              <Table.Td>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-expanded={isOpen}
                  aria-label={t(isOpen ? 'table.collapse' : 'table.expand', { name: rowName(row) })}
                  onClick={() => toggle(key)}
                >
                  {isOpen ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                </ActionIcon>
              </Table.Td>
            ) : null}
            {selection ? (
              <Table.Td>
                <Checkbox
                  aria-label={t('table.selectRow', { name: rowName(row) })}
                  checked={selection.selected.includes(key)}
                  disabled={!canSelect}
                  onChange={(e) =>
                    selection.onChange(
                      e.currentTarget.checked
                        ? [...selection.selected, key]
                        : selection.selected.filter((k) => k !== key),
                    )
                  }
                />
              </Table.Td>
            ) : null}
            {columns.map((c) => (
              <Table.Td key={c.key} visibleFrom={c.visibleFrom} style={cellStyle(c)}>
                {c.render(row)}
              </Table.Td>
            ))}
          </Table.Tr>
          {props.expand && isOpen ? (
            <Table.Tr>
              <Table.Td colSpan={colCount} p={0}>
                <Box p="md" bg="var(--mantine-color-default-hover)">
                  {props.expand(row)}
                </Box>
              </Table.Td>
            </Table.Tr>
          ) : null}
        </Fragment>
      );
    });
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
    <Paper withBorder radius="md">
      {props.toolbar ? (
        <Box p="sm" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
          {props.toolbar}
        </Box>
      ) : null}
      {error ? (
        <Box p="sm">
          <ErrorNotice error={error} title={t('error.loadFailed')} onRetry={onRetry} />
        </Box>
      ) : null}
      <Table.ScrollContainer minWidth={720}>
        <Table highlightOnHover verticalSpacing="sm" aria-label={label} aria-busy={!!loading}>
          <Table.Thead>{head}</Table.Thead>
          <Table.Tbody>{body}</Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Footer {...props} />
    </Paper>
  );
}

function Footer<T>({ paging, updatedAt, onRefresh, refreshing, note }: ResourceTableProps<T>) {
  const t = useT();
  return (
    <Group justify="space-between" p="sm" gap="sm" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
      <Group gap="md">
        {onRefresh ? <UpdatedAgo updatedAt={updatedAt ?? 0} onRefresh={onRefresh} refreshing={refreshing} /> : null}
        {note ? (
          <Text size="xs" c="dimmed" data-testid="table-note">
            {note}
          </Text>
        ) : null}
      </Group>
      {paging ? (
        <Group gap="sm">
          {paging.totalCount !== undefined ? (
            <Text size="sm" c="dimmed" data-testid="total-count">
              {t('table.total', { count: paging.totalCount })}
            </Text>
          ) : null}
          {paging.pageSizes && paging.onPageSizeChange && paging.pageSize ? (
            <Select
              aria-label={t('table.pageSize')}
              data-testid="page-size"
              size="xs"
              w={110}
              allowDeselect={false}
              data={paging.pageSizes.map((s) => ({ value: String(s), label: t('table.perPage', { n: s }) }))}
              value={String(paging.pageSize)}
              onChange={(v) => v && paging.onPageSizeChange?.(Number(v))}
            />
          ) : null}
          <Pagination
            size="sm"
            total={Math.max(1, paging.pageCount)}
            value={paging.page}
            onChange={paging.onPageChange}
            getItemProps={(page) => ({ 'aria-label': t('table.page', { n: page }) })}
            getControlProps={(control) => ({ 'aria-label': t(`table.${control}`) })}
          />
        </Group>
      ) : null}
    </Group>
  );
}
