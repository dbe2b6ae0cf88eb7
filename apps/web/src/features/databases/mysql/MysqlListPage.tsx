import { cdsMysql, type DbInstance } from '@console/api-types/client';
import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { sharedSearch } from '../../../context/account';
import { useUrlState } from '../../../context/useUrlState';
import { regionName } from '../../../context/regions';
import { useI18n } from '../../../i18n/i18n';
import { Copyable } from '../../../kit/Copyable';
import { PageHeader } from '../../../kit/PageHeader';
import { PAGE_SIZES, sortAndPageLocally } from '../../../kit/paging';
import { listTableProps } from '../../../kit/table/list-props';
import { withRememberedSize } from '../../../kit/table/prefs';
import { RelativeTime } from '../../../kit/RelativeTime';
import { ResourceTable, type Column } from '../../../kit/ResourceTable';
import { StatusBadge } from '../../../kit/StatusBadge';
import { useRunReason } from '../../../auth/permission';
import { DbListFilters } from '../shared/DbListFilters';
import { filterDbRows, isTransitional, parseDbListState, serializeDbListState } from '../shared/list-state';
import { term } from '../shared/terms';
import { useDbList } from '../shared/useDbList';
import { useSearchParams } from 'react-router';

const parseState = withRememberedSize('mysql', parseDbListState, PAGE_SIZES);

/** /databases/mysql: every MySQL instance (read-only ones too), by region, status and search. */
export function MysqlListPage() {
  const { t, lang } = useI18n();
  const [state, setState] = useUrlState(parseState, serializeDbListState);
  const setList = useCallback((s: typeof state, replace?: boolean) => setState(s, replace), [setState]);
  const [params] = useSearchParams();
  const query = useDbList('mysql');
  const runReason = useRunReason();
  const filtered = !!(state.q || state.status.length);
  const search = sharedSearch(params);

  const columns: Column<DbInstance>[] = [
    {
      key: 'name',
      header: t('db.col.name'),
      sortable: true,
      sortValue: (d) => d.name || d.id,
      render: (d) => (
        <Stack gap={2}>
          <Group gap={6} wrap="nowrap">
            <Anchor component={Link} to={`/databases/mysql/${d.id}${search}`} fw={600} size="sm" data-testid="db-link">
              {d.name || d.id}
            </Anchor>
            {d.masterId ? <Badge size="xs" variant="outline">{t('mysql.readOnly')}</Badge> : null}
          </Group>
          <Copyable value={d.id} dimmed label={t('db.idOf', { name: d.name || d.id })} />
        </Stack>
      ),
    },
    { key: 'status', header: t('db.col.status'), sortable: true, render: (d) => <StatusBadge status={d.status} busy={isTransitional(d.status)} /> },
    { key: 'version', header: t('db.col.version'), sortable: true, sortValue: (d) => `${d.subProductName} ${d.version}`, render: (d) => <Text size="sm">{`${term(t, d.subProductName)} ${d.version}`}</Text>, visibleFrom: 'md' },
    { key: 'spec', header: t('db.col.spec'), sortable: true, sortValue: (d) => (d.cpu ?? 0) * 1e6 + (d.ramMb ?? 0), render: (d) => <Text size="sm">{t('mysql.spec', { cpu: d.cpu ?? '—', ram: (d.ramMb ?? 0) / 1024, disk: d.diskGb ?? '—' })}</Text> },
    { key: 'address', header: t('db.col.address'), sortable: true, sortValue: (d) => d.ip, render: (d) => <Copyable value={d.ip ? `${d.ip}:${d.port ?? ''}` : ''} label={t('db.addressOf', { name: d.name })} /> },
    { key: 'where', header: t('db.col.where'), sortable: true, sortValue: (d) => `${regionName(d.regionId, lang)} ${d.vdcName}`, render: (d) => <Text size="sm">{`${regionName(d.regionId, lang)} · ${d.vdcName}`}</Text>, visibleFrom: 'lg' },
    { key: 'created', header: t('db.col.created'), sortable: true, sortValue: (d) => d.createdAt, render: (d) => <RelativeTime value={d.createdAt} />, visibleFrom: 'lg' },
  ];
  const rows = filterDbRows(query.data ?? [], state, (d) => ({ ...d, address: d.ip }));
  const page = sortAndPageLocally(rows, state.sort, columns, state.page, state.size);

  return (
    <Stack gap="md">
      <PageHeader
        title={t('mysql.title')}
        subtitle={t('mysql.subtitle')}
        action={
          <Button component={Link} to={`/databases/mysql/new${search}`} leftSection={<IconPlus size={16} />} disabled={!!runReason(cdsMysql.CreateDBInstance)} data-testid="mysql-create">
            {t('mysql.create')}
          </Button>
        }
      />
      <ResourceTable<DbInstance>
        label={t('mysql.title')}
        columns={columns}
        rows={query.data ? page.items : undefined}
        rowKey={(d) => d.id}
        rowName={(d) => d.name || d.id}
        rowAttributes={(d) => ({ 'data-testid': 'db-row', 'data-name': d.name, 'data-status': d.status.toLowerCase() })}
        loading={query.isLoading}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={{
          title: filtered ? t('db.empty.filteredTitle') : t('mysql.empty.title'),
          description: filtered ? t('db.empty.filteredText') : t('mysql.empty.text'),
        }}
        {...listTableProps('mysql', state, setState, page)}
        updatedAt={query.dataUpdatedAt}
        onRefresh={() => void query.refetch()}
        refreshing={query.isFetching && !query.isLoading}
        toolbar={<DbListFilters state={state} setState={setList} />}
      />
    </Stack>
  );
}
