import { mosMcsInstanceOps as ops, type MosInstance } from '@console/api-types/client';
import { Anchor, Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useCallback } from 'react';
import { Link, useSearchParams } from 'react-router';
import { sharedSearch } from '../../context/account';
import { useUrlState } from '../../context/useUrlState';
import { useI18n } from '../../i18n/i18n';
import { ActionButton } from '../../kit/ActionButton';
import { ActionMenu } from '../../kit/ActionMenu';
import { Copyable } from '../../kit/Copyable';
import { DebouncedInput } from '../../kit/DebouncedInput';
import { PageHeader } from '../../kit/PageHeader';
import { PAGE_SIZES, sortAndPageLocally, type PageSize } from '../../kit/paging';
import { ResourceTable, type Column } from '../../kit/ResourceTable';
import { withRememberedSize } from '../../kit/table/prefs';
import { StatusFilter } from '../../kit/table/StatusFilter';
import { StatusBadge } from '../../kit/StatusBadge';
import { useClampPage } from '../../kit/useClampPage';
import { MosBalance } from './MosBalance';
import {
  isMosTransitional,
  MOS_STATUS_FILTERS,
  pageCountOf,
  parseMosListState,
  serializeMosListState,
  sizeFromMb,
} from './mos-state';
import { useMosActions } from './useMosActions';
import { useAllMosInstances, useMosInstances } from './useMos';

const TABLE_ID = 'mos-instances';
const parseState = withRememberedSize(TABLE_ID, parseMosListState, PAGE_SIZES);

/** /mos/instances: the account's MOS instances, filtered by status and name and paged by MOS (Limit/Offset). */
export function MosInstancesPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const [state, setState] = useUrlState(parseState, serializeMosListState);
  // Unsorted, MOS pages the list; sorted, the whole list is read and sorted and paged here.
  const paged = useMosInstances(state);
  const whole = useAllMosInstances(state);
  const query = state.sort ? whole : paged;
  const total = query.data?.total;
  const pageCount = pageCountOf(total, state.size);
  const toPage = useCallback(
    (page: number) => setState({ ...state, page }, true),
    [state, setState],
  );
  useClampPage(state.page, pageCount, !!query.data && !query.isFetching, toPage);
  const { actions, runner, dialogs } = useMosActions();
  const link = (i: MosInstance) =>
    `/mos/instances/${encodeURIComponent(i.id)}${sharedSearch(params)}`;

  const columns: Column<MosInstance>[] = [
    {
      key: 'name',
      header: t('mos.col.name'),
      sortable: true,
      sortValue: (i) => i.name || i.id,
      render: (i) => (
        <Stack gap={2}>
          <Anchor component={Link} to={link(i)} size="sm" fw={600} data-testid="mos-instance-link">
            {i.name || i.id}
          </Anchor>
          <Copyable value={i.id} dimmed label={t('mos.idOf', { name: i.name || i.id })} />
        </Stack>
      ),
    },
    {
      key: 'status',
      header: t('mos.col.status'),
      nowrap: true,
      sortable: true,
      render: (i) => <StatusBadge status={i.status} busy={isMosTransitional(i.status)} />,
    },
    {
      key: 'type',
      header: t('mos.col.type'),
      nowrap: true,
      sortable: true,
      sortValue: (i) => i.instanceType,
      render: (i) => <Text size="sm">{i.instanceType ?? '—'}</Text>,
    },
    {
      key: 'spec',
      header: t('mos.col.spec'),
      visibleFrom: 'md',
      sortable: true,
      sortValue: (i) => (i.cpu ?? 0) * 1e7 + (i.memoryMb ?? 0),
      nowrap: true,
      render: (i) => (
        <Text size="sm">
          {t('mos.spec', {
            cpu: i.cpu ?? '—',
            memory: sizeFromMb(i.memoryMb),
            disk: sizeFromMb(i.volumeMb),
          })}
        </Text>
      ),
    },
    {
      key: 'addresses',
      header: t('mos.col.addresses'),
      visibleFrom: 'sm',
      render: (i) => (
        <Stack gap={0}>
          {i.ipAddresses.length ? (
            i.ipAddresses.map((ip) => <Copyable key={ip} value={ip} label={ip} />)
          ) : (
            <Text size="sm" c="dimmed">
              —
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: 'actions',
      header: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
      width: 56,
      stickyRight: true,
      render: (i) => (
        <ActionMenu item={i} name={i.name || i.id} actions={actions} runner={runner} />
      ),
    },
  ];

  const createButton = (
    <ActionButton
      catalog={ops.CreateInstance}
      to={`/mos/instances/new${sharedSearch(params)}`}
      leftSection={<IconPlus size={16} />}
      data-testid="mos-create"
    >
      {t('mos.create')}
    </ActionButton>
  );
  const filtered = !!(state.q || state.status?.length);

  return (
    <Stack gap="md">
      <PageHeader
        title={t('mos.title')}
        subtitle={t('mos.subtitle')}
        action={
          <Group>
            <MosBalance />
            {createButton}
          </Group>
        }
      />
      <ResourceTable<MosInstance>
        label={t('mos.title')}
        columns={columns}
        rows={
          state.sort && whole.data
            ? sortAndPageLocally(whole.data.items, state.sort, columns, state.page, state.size)
                .items
            : query.data?.items
        }
        rowKey={(i) => i.id}
        rowName={(i) => i.name || i.id}
        rowAttributes={(i) => ({
          'data-testid': 'mos-instance-row',
          'data-instance-name': i.name,
          'data-instance-id': i.id,
          'data-status': i.status,
        })}
        loading={query.isLoading}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={
          filtered
            ? {
                title: t('mos.empty.filteredTitle'),
                description: t('mos.empty.filteredText'),
                action: (
                  <Button variant="light" onClick={() => setState({ page: 1, size: state.size })}>
                    {t('mos.empty.clear')}
                  </Button>
                ),
              }
            : {
                title: t('mos.empty.title'),
                description: t('mos.empty.text'),
                action: createButton,
              }
        }
        tableId={TABLE_ID}
        sort={state.sort}
        onSortChange={(sort) => setState({ ...state, sort, page: 1 }, true)}
        paging={{
          page: state.page,
          pageSize: state.size,
          pageCount,
          totalCount: total,
          pageSizes: PAGE_SIZES,
          onPageChange: (page) => setState({ ...state, page }),
          onPageSizeChange: (size) => setState({ ...state, size: size as PageSize, page: 1 }),
        }}
        updatedAt={query.dataUpdatedAt}
        onRefresh={() => void query.refetch()}
        refreshing={query.isFetching && !query.isLoading}
        toolbar={
          <Group align="flex-end">
            <DebouncedInput
              label={t('mos.search')}
              placeholder={t('mos.searchPlaceholder')}
              leftSection={<IconSearch size={16} />}
              value={state.q}
              onCommit={(q) => setState({ ...state, q, page: 1 }, true)}
              maxLength={64}
              w={240}
              data-testid="mos-search"
            />
            <StatusFilter
              label={t('mos.statusFilter')}
              options={MOS_STATUS_FILTERS}
              value={state.status ?? []}
              onChange={(status) =>
                setState({ ...state, status: status.length ? status : undefined, page: 1 })
              }
              labelOf={(s) => t(`status.${s}`)}
              data-testid="mos-status-filter"
            />
          </Group>
        }
      />
      {dialogs}
    </Stack>
  );
}
