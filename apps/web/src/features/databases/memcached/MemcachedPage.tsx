import { cdsMemcached, type MemcachedInstance, type MemcachedList } from '@console/api-types/client';
import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useActionMutation } from '../../../api/mutation';
import { actionQuery } from '../../../api/query';
import { useRunReason } from '../../../auth/permission';
import { useAccountId } from '../../../context/AccountContext';
import { useUrlState } from '../../../context/useUrlState';
import { useI18n } from '../../../i18n/i18n';
import type { ResourceAction } from '../../../kit/actions';
import { Copyable } from '../../../kit/Copyable';
import { PageHeader } from '../../../kit/PageHeader';
import { PAGE_SIZES, sortAndPageLocally } from '../../../kit/paging';
import { listTableProps } from '../../../kit/table/list-props';
import { withRememberedSize } from '../../../kit/table/prefs';
import { RelativeTime } from '../../../kit/RelativeTime';
import { ResourceTable, type Column } from '../../../kit/ResourceTable';
import { StatusBadge } from '../../../kit/StatusBadge';
import { useActionRunner } from '../../../kit/useActionRunner';
import { DbListFilters } from '../shared/DbListFilters';
import { filterDbRows, isTransitional, parseDbListState, serializeDbListState } from '../shared/list-state';
import { MemcachedCreateDialog } from './MemcachedCreateDialog';
import { MemcachedDetail } from './MemcachedDetail';
import { ResizeDialog } from './ResizeDialog';

const parseState = withRememberedSize('memcached', parseDbListState, PAGE_SIZES);

/** /databases/memcached: instances with address, size and state; create, resize, clear (data lost), delete. */
export function MemcachedPage() {
  const { t, lang } = useI18n();
  const account = useAccountId();
  const [state, setState] = useUrlState(parseState, serializeDbListState);
  const setList = useCallback((s: typeof state, replace?: boolean) => setState(s, replace), [setState]);
  const query = useQuery({
    ...actionQuery(cdsMemcached.MemcachedInstanceList, {}, account),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => ((q.state.data as MemcachedList | undefined)?.items.some((m) => isTransitional(m.status)) ? 3000 : 30_000),
  });
  const runReason = useRunReason();
  const [creating, setCreating] = useState(false);
  const [resizing, setResizing] = useState<MemcachedInstance | undefined>();
  const filtered = !!(state.q || state.status.length);
  const describe = (id: string) => query.data?.items.find((m) => m.id === id)?.name;
  const remove = useActionMutation(cdsMemcached.DeleteMemcachedInstance, { describe: (i) => ({ label: t('db.action.delete'), resource: describe(i.InstanceId) }) });
  const clear = useActionMutation(cdsMemcached.ClearMemcachedInstance, { describe: (i) => ({ label: t('memcached.action.clear'), resource: describe(i.InstanceId) }) });
  const runner = useActionRunner<MemcachedInstance>();
  const busy = ([m]: MemcachedInstance[]) => (m && m.status !== 'running' ? (m.status === 'error' ? undefined : t('db.why.busy')) : undefined);
  const actions: ResourceAction<MemcachedInstance>[] = [
    {
      id: 'clear',
      label: t('memcached.action.clear'),
      danger: true,
      catalog: cdsMemcached.ClearMemcachedInstance,
      disabledReason: ([m]) => (m && m.status !== 'running' ? t('db.why.notRunning') : undefined),
      confirm: ([m]) => ({ title: t('memcached.clear.title', { name: m!.name }), message: t('memcached.clear.message'), names: [m!.name], confirmLabel: t('memcached.action.clear'), typeToConfirm: m!.name, danger: true }),
      run: ([m]) => clear.mutateAsync({ InstanceId: m!.id }),
    },
    {
      id: 'delete',
      label: t('db.action.delete'),
      danger: true,
      catalog: cdsMemcached.DeleteMemcachedInstance,
      disabledReason: busy,
      confirm: ([m]) => ({ title: t('db.delete.title', { name: m!.name }), message: t('memcached.delete.message'), names: [m!.name], confirmLabel: t('db.action.delete'), typeToConfirm: m!.name, danger: true }),
      run: ([m]) => remove.mutateAsync({ InstanceId: m!.id }),
    },
  ];
  const why = (a: ResourceAction<MemcachedInstance>, m: MemcachedInstance) => runReason(a.catalog) ?? a.disabledReason?.([m]);
  const resizeWhy = (m: MemcachedInstance) => runReason(cdsMemcached.UpdateMemcachedInstance) ?? (m.status !== 'running' ? t('db.why.notRunning') : undefined);
  const columns: Column<MemcachedInstance>[] = [
    { key: 'name', header: t('db.col.name'), sortable: true, render: (m) => <Stack gap={2}><Text size="sm" fw={600}>{m.name}</Text><Copyable value={m.id} dimmed label={t('db.idOf', { name: m.name })} /></Stack> },
    { key: 'status', header: t('db.col.status'), sortable: true, render: (m) => <StatusBadge status={m.status} busy={isTransitional(m.status)} /> },
    { key: 'conf', header: t('memcached.col.size'), sortable: true, render: (m) => <Text size="sm">{m.conf}</Text> },
    { key: 'address', header: t('db.col.address'), sortable: true, render: (m) => <Copyable value={m.address ? `${m.address}:${m.port ?? ''}` : ''} label={t('db.addressOf', { name: m.name })} /> },
    { key: 'where', header: t('db.col.where'), sortable: true, sortValue: (m) => `${m.siteName ?? ''} ${m.vdcName ?? ''}`, render: (m) => <Text size="sm">{lang === 'en' ? (m.vdcName ?? '—') : `${m.siteName ?? ''} · ${m.vdcName ?? ''}`}</Text>, visibleFrom: 'lg' },
    { key: 'created', header: t('db.col.created'), sortable: true, sortValue: (m) => m.createdAt, render: (m) => <RelativeTime value={m.createdAt} />, visibleFrom: 'lg' },
    {
      key: 'actions',
      header: t('common.actions'),
      stickyRight: true,
      render: (m) => (
        <Group gap={4} wrap="nowrap">
          <Button size="xs" variant="subtle" disabled={!!resizeWhy(m)} title={resizeWhy(m)} onClick={() => setResizing(m)} data-testid="memcached-resize">
            {t('memcached.action.resize')}
          </Button>
          {actions.map((a) => (
            <Button key={a.id} size="xs" variant="subtle" color="red" disabled={!!why(a, m)} title={why(a, m)} onClick={() => runner.request(a, [m])} data-testid={`memcached-${a.id}`}>
              {a.label}
            </Button>
          ))}
        </Group>
      ),
    },
  ];
  const rows = filterDbRows(query.data?.items ?? [], state, (m) => ({ ...m, address: m.address }));
  const page = sortAndPageLocally(rows, state.sort, columns, state.page, state.size);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('memcached.title')}
        subtitle={t('memcached.subtitle')}
        action={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} disabled={!!runReason(cdsMemcached.CreateMemcachedInstance)} data-testid="memcached-create">
            {t('memcached.create')}
          </Button>
        }
      />
      {query.data ? (
        <SimpleGrid cols={{ base: 2, sm: 5 }} data-testid="memcached-counts">
          {(['running', 'creating', 'updating', 'deleting', 'error'] as const).map((s) => (
            <Group key={s} gap={6}>
              <StatusBadge status={s} busy={false} />
              <Text size="sm" fw={600}>{query.data.counts[s]}</Text>
            </Group>
          ))}
        </SimpleGrid>
      ) : null}
      <ResourceTable<MemcachedInstance>
        label={t('memcached.title')}
        columns={columns}
        rows={query.data ? page.items : undefined}
        rowKey={(m) => m.id}
        rowName={(m) => m.name || m.id}
        rowAttributes={(m) => ({ 'data-testid': 'db-row', 'data-name': m.name, 'data-status': m.status })}
        loading={query.isLoading}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={{ title: filtered ? t('db.empty.filteredTitle') : t('memcached.empty.title'), description: filtered ? t('db.empty.filteredText') : t('memcached.empty.text') }}
        {...listTableProps('memcached', state, setState, page)}
        updatedAt={query.dataUpdatedAt}
        onRefresh={() => void query.refetch()}
        refreshing={query.isFetching && !query.isLoading}
        toolbar={<DbListFilters state={state} setState={setList} />}
        expand={(m) => <MemcachedDetail id={m.id} />}
      />
      <MemcachedCreateDialog opened={creating} onClose={() => setCreating(false)} />
      {resizing ? <ResizeDialog instance={resizing} opened onClose={() => setResizing(undefined)} /> : null}
      {runner.dialog}
    </Stack>
  );
}
