import '@mantine/core/styles/Tabs.layer.css';
import { Button, Group, Paper, Stack, Table, Tabs, Text, Title, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort, IconDownload } from '@tabler/icons-react';
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import { GROUPINGS, type BreakdownRow, type Grouping, type SortColumn, type SortDirection } from './aggregate';
import { breakdownColumns } from './breakdown-columns';
import { Money } from './Money';

const SORTABLE: Record<string, SortColumn> = { label: 'label', count: 'count', cost: 'cost', share: 'cost' };

export interface BreakdownProps {
  grouping: Grouping;
  rows: readonly BreakdownRow[];
  /** Rows before "top N" was applied (for the "show all" button). */
  allCount: number;
  showAll: boolean;
  sort: SortColumn;
  dir: SortDirection;
  onGrouping: (g: Grouping) => void;
  onSort: (column: SortColumn, dir: SortDirection) => void;
  onShowAll: (all: boolean) => void;
  onOpen: (row: BreakdownRow) => void;
  onExport: () => void;
  topCount: number;
}

/** The range's cost by type, VDC, region or resource: sortable, exported as shown. */
export function Breakdown(p: BreakdownProps) {
  const { t, lang } = useI18n();
  const titleId = useId();
  const columns = breakdownColumns(p.grouping, t, lang);
  const header = (id: string, text: string, numeric?: boolean) => {
    const column = SORTABLE[id];
    if (!column) return text;
    const active = p.sort === column && id !== 'share';
    const Icon = !active ? IconArrowsSort : p.dir === 'asc' ? IconArrowUp : IconArrowDown;
    const next: SortDirection = active && p.dir === 'desc' ? 'asc' : 'desc';
    return (
      <UnstyledButton onClick={() => p.onSort(column, next)} aria-label={t('cost.sortBy', { column: text })} style={{ width: '100%' }}>
        <Group gap={4} wrap="nowrap" justify={numeric ? 'flex-end' : 'flex-start'}>
          <span>{text}</span>
          <Icon size={14} aria-hidden />
        </Group>
      </UnstyledButton>
    );
  };
  const ariaSort = (id: string) => {
    const column = SORTABLE[id];
    if (!column || p.sort !== column || (id === 'share' && column === 'cost')) return undefined;
    return p.dir === 'asc' ? 'ascending' : 'descending';
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4" id={titleId}>
            {t('cost.breakdown.title')}
          </Title>
          <Button variant="default" size="xs" leftSection={<IconDownload size={14} />} onClick={p.onExport} disabled={p.rows.length === 0}>
            {t('cost.export')}
          </Button>
        </Group>
        <Tabs value={p.grouping} onChange={(v) => v && p.onGrouping(v as Grouping)}>
          <Tabs.List>
            {GROUPINGS.map((g) => (
              <Tabs.Tab key={g} value={g}>
                {t(`cost.group.${g}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </Tabs>
        {p.rows.length === 0 ? (
          <Stack gap={2} py="md" align="center">
            <Text fw={600}>{t('cost.empty.title')}</Text>
            <Text size="sm" c="dimmed">
              {t('cost.empty.text')}
            </Text>
          </Stack>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped highlightOnHover aria-labelledby={titleId} data-testid="cost-breakdown">
              <Table.Thead>
                <Table.Tr>
                  {columns.map((c) => (
                    <Table.Th key={c.id} ta={c.numeric ? 'right' : undefined} aria-sort={ariaSort(c.id)} style={{ whiteSpace: 'nowrap' }}>
                      {header(c.id, c.header, c.numeric)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {p.rows.map((row) => (
                  <Table.Tr key={row.key} data-key={row.key}>
                    {columns.map((c) => (
                      <Table.Td key={c.id} ta={c.numeric ? 'right' : undefined} style={c.numeric ? { whiteSpace: 'nowrap' } : undefined}>
                        {c.id === 'cost' ? (
                          <Money value={row.cost} />
                        ) : c.id === 'label' && p.grouping === 'resource' ? (
                          <Button variant="subtle" size="compact-sm" px={4} onClick={() => p.onOpen(row)}>
                            {c.text(row)}
                          </Button>
                        ) : (
                          c.text(row)
                        )}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {p.grouping === 'resource' && p.allCount > p.topCount ? (
          <Group>
            <Button variant="subtle" size="xs" onClick={() => p.onShowAll(!p.showAll)}>
              {p.showAll ? t('cost.showTop', { count: p.topCount }) : t('cost.showAll', { count: p.allCount })}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
