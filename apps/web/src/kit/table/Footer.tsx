import { Group, Pagination, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n';
import { LazySelect } from '../overlays/LazySelect';
import { UpdatedAgo } from '../UpdatedAgo';
import { writeTablePrefs } from './prefs';

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

export interface FooterProps {
  paging?: Paging;
  updatedAt?: number;
  onRefresh?: () => void;
  refreshing?: boolean;
  note?: ReactNode;
  /** The list whose page size is remembered in this browser. */
  tableId?: string;
}

/** Under the table: when the rows are from, a note, the total, the page size and the pages. */
export function Footer({ paging, updatedAt, onRefresh, refreshing, note, tableId }: FooterProps) {
  const t = useT();
  const changeSize = (size: number) => {
    // Remembered before the URL changes, so the list's parser (withRememberedSize) already sees it.
    if (tableId) writeTablePrefs(tableId, { pageSize: size });
    paging?.onPageSizeChange?.(size);
  };
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
            <LazySelect
              aria-label={t('table.pageSize')}
              data-testid="page-size"
              size="xs"
              w={110}
              allowDeselect={false}
              data={paging.pageSizes.map((s) => ({ value: String(s), label: t('table.perPage', { n: s }) }))}
              value={String(paging.pageSize)}
              onChange={(v) => v && changeSize(Number(v))}
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
