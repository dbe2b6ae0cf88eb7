import { cdsRedis, type DbInstance } from '@console/api-types/client';
import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useActionMutation } from '../../../api/mutation';
import { useRunReason } from '../../../auth/permission';
import { regionName } from '../../../context/regions';
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
import { term } from '../shared/terms';
import { useDbList } from '../shared/useDbList';
import { RedisCreateDialog } from './RedisCreateDialog';

const parseState = withRememberedSize('redis', parseDbListState, PAGE_SIZES);

/** /databases/redis: Redis instances with their connection address; create and delete. */
export function RedisPage() {
  const { t, lang } = useI18n();
  const [state, setState] = useUrlState(parseState, serializeDbListState);
  const setList = useCallback((s: typeof state, replace?: boolean) => setState(s, replace), [setState]);
  const query = useDbList('redis');
  const runReason = useRunReason();
  const [open, setOpen] = useState(false);
  const filtered = !!(state.q || state.status.length);
  const remove = useActionMutation(cdsRedis.DeleteDBInstance, { describe: (i) => ({ label: t('db.action.delete'), resource: query.data?.find((d) => d.id === i.InstanceUuid)?.name }) });
  const runner = useActionRunner<DbInstance>();
  const deleteAction: ResourceAction<DbInstance> = {
    id: 'delete',
    label: t('db.action.delete'),
    danger: true,
    catalog: cdsRedis.DeleteDBInstance,
    disabledReason: ([d]) => (d && isTransitional(d.status) ? t('db.why.busy') : undefined),
    confirm: ([d]) => ({ title: t('db.delete.title', { name: d!.name }), message: t('redis.delete.message'), names: [d!.name], confirmLabel: t('db.action.delete'), typeToConfirm: d!.name, danger: true }),
    run: ([d]) => remove.mutateAsync({ InstanceUuid: d!.id }),
  };
  const columns: Column<DbInstance>[] = [
    { key: 'name', header: t('db.col.name'), sortable: true, render: (d) => <Stack gap={2}><Text size="sm" fw={600}>{d.name}</Text><Copyable value={d.id} dimmed label={t('db.idOf', { name: d.name })} /></Stack> },
    { key: 'status', header: t('db.col.status'), sortable: true, render: (d) => <StatusBadge status={d.status} busy={isTransitional(d.status)} /> },
    { key: 'version', header: t('db.col.version'), sortable: true, sortValue: (d) => `${d.subProductName} ${d.version}`, render: (d) => <Text size="sm">{`${term(t, d.subProductName)} ${d.version}`}</Text>, visibleFrom: 'md' },
    { key: 'memory', header: t('redis.col.memory'), sortable: true, sortValue: (d) => d.ramMb, render: (d) => <Text size="sm">{d.ramMb === undefined ? '—' : `${d.ramMb / 1024} GB`}</Text> },
    { key: 'address', header: t('db.col.address'), sortable: true, sortValue: (d) => d.ip, render: (d) => <Copyable value={d.ip ? `${d.ip}:${d.port ?? ''}` : ''} label={t('db.addressOf', { name: d.name })} /> },
    { key: 'where', header: t('db.col.where'), sortable: true, sortValue: (d) => `${regionName(d.regionId, lang)} ${d.vdcName}`, render: (d) => <Text size="sm">{`${regionName(d.regionId, lang)} · ${d.vdcName}`}</Text>, visibleFrom: 'lg' },
    {
      key: 'actions',
      header: t('common.actions'),
      stickyRight: true,
      render: (d) => (
        <Button size="xs" variant="subtle" color="red" disabled={!!(runReason(cdsRedis.DeleteDBInstance) ?? deleteAction.disabledReason?.([d]))} onClick={() => runner.request(deleteAction, [d])} data-testid="db-delete">
          {t('db.action.delete')}
        </Button>
      ),
    },
  ];
  const rows = filterDbRows(query.data ?? [], state, (d) => ({ ...d, address: d.ip }));
  const page = sortAndPageLocally(rows, state.sort, columns, state.page, state.size);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('redis.title')}
        subtitle={t('redis.subtitle')}
        action={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setOpen(true)} disabled={!!runReason(cdsRedis.CreateDBInstance)} data-testid="redis-create">
            {t('redis.create')}
          </Button>
        }
      />
      <ResourceTable<DbInstance>
        label={t('redis.title')}
        columns={columns}
        rows={query.data ? page.items : undefined}
        rowKey={(d) => d.id}
        rowName={(d) => d.name || d.id}
        rowAttributes={(d) => ({ 'data-testid': 'db-row', 'data-name': d.name, 'data-status': d.status.toLowerCase() })}
        loading={query.isLoading}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={{ title: filtered ? t('db.empty.filteredTitle') : t('redis.empty.title'), description: filtered ? t('db.empty.filteredText') : t('redis.empty.text') }}
        {...listTableProps('redis', state, setState, page)}
        updatedAt={query.dataUpdatedAt}
        onRefresh={() => void query.refetch()}
        refreshing={query.isFetching && !query.isLoading}
        toolbar={<DbListFilters state={state} setState={setList} />}
        expand={(d) => (
          <SimpleGrid cols={{ base: 1, sm: 3 }} p="sm">
            <Group gap={4}><Text size="xs" c="dimmed">{t('db.field.address')}</Text><Copyable value={d.ip} /></Group>
            <Group gap={4}><Text size="xs" c="dimmed">{t('db.field.port')}</Text><Copyable value={String(d.port ?? '')} /></Group>
            <Group gap={4}><Text size="xs" c="dimmed">{t('db.field.created')}</Text><RelativeTime value={d.createdAt} /></Group>
          </SimpleGrid>
        )}
      />
      <RedisCreateDialog opened={open} onClose={() => setOpen(false)} />
      {runner.dialog}
    </Stack>
  );
}
