import { cdsCcs, type Instance } from '@console/api-types/client';
import { Button, Stack, VisuallyHidden } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { keepShared, sharedSearch } from '../../context/account';
import { useI18n } from '../../i18n/i18n';
import { ActionButton } from '../../kit/ActionButton';
import { ActionMenu, BulkActions } from '../../kit/ActionMenu';
import { PAGE_SIZES, type PageSize } from '../../kit/paging';
import { ResourceTable, type Column } from '../../kit/ResourceTable';
import { withRememberedSize } from '../../kit/table/prefs';
import { useActionRunner } from '../../kit/useActionRunner';
import { instanceColumns } from './columns';
import { InstanceFilters } from './InstanceFilters';
import { parseListState, serializeListState, withFilter, type InstanceListState } from './list-state';
import { useComputeActions } from './detail/useComputeActions';
import { useInstanceActions } from './useInstanceActions';
import { useInstancesList } from './useInstancesList';
import { PageHeader } from '../../kit/PageHeader';
import { useClampPage } from '../../kit/useClampPage';
import { Tip } from '../../kit/Tip';

const TABLE_ID = 'instances';
/** The URL's list state, at the page size last chosen in this browser when the URL names none. */
const parseState = withRememberedSize(TABLE_ID, parseListState, PAGE_SIZES);

const rowKey = (i: Instance) => i.id;
const rowName = (i: Instance) => i.name || i.id;
const rowAttributes = (i: Instance) => ({
  'data-testid': 'instance-row',
  'data-instance-name': i.name,
  'data-instance-id': i.id,
  'data-status': i.status,
});

/** /instances: the instances of the account, paged, filtered and sorted by the console server, with their actions. */
export function InstancesPage() {
  const { t, lang } = useI18n();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseState(params), [params]);
  const setState = useCallback(
    (next: InstanceListState, replace = false) => setParams((prev) => keepShared(prev, serializeListState(next)), { replace }),
    [setParams],
  );
  const list = useInstancesList(state);
  const rows = list.page?.items;

  const toPage = useCallback((page: number) => setState({ ...state, page }, true), [state, setState]);
  useClampPage(state.page, list.page?.pageCount, !!list.page && !list.isFetching, toPage);

  // Every instance shown so far, as last seen: names for notices, and a selection kept across pages.
  const seen = useRef(new Map<string, Instance>());
  for (const i of rows ?? []) seen.current.set(i.id, i);
  const lookupName = useCallback((id: string) => {
    const i = seen.current.get(id);
    return i?.name || id;
  }, []);

  // A selection spans pages and orders; another filter, region or account starts a new one.
  const [selected, setSelected] = useState<string[]>([]);
  const listKey = JSON.stringify([params.get('account'), state.region, state.vdc, state.status, state.q]);
  // (Kept as it is when already empty: a new array would draw the whole page again on mount.)
  useEffect(() => setSelected((s) => (s.length ? [] : s)), [listKey]);
  const selectedItems = useMemo(() => selected.flatMap((id) => seen.current.get(id) ?? []), [selected, rows]); // eslint-disable-line react-hooks/exhaustive-deps

  const baseActions = useInstanceActions(lookupName);
  const compute = useComputeActions();
  // Power and delete from the list hook, the form actions of issue #3 between them (delete last).
  const actions = useMemo(() => [...baseActions.filter((a) => a.id !== 'delete'), ...compute.actions, ...baseActions.filter((a) => a.id === 'delete')], [baseActions, compute.actions]);
  const runner = useActionRunner<Instance>(useCallback(() => setSelected([]), []));

  // What the list's answers leave alone is memoized (columns, header, toolbar, empty state), so an
  // answer draws the rows and the footer again, not the whole page (a phone's long task).
  const search = sharedSearch(params);
  const columns = useMemo<Column<Instance>[]>(
    () => [
      ...instanceColumns(t, lang, { withRegion: !state.region, href: (i) => `/instances/${encodeURIComponent(i.id)}${search}` }),
      {
        key: 'actions',
        header: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
        width: 56,
        stickyRight: true,
        render: (i) => <ActionMenu item={i} name={i.name || i.id} actions={actions} runner={runner} />,
      },
    ],
    [t, lang, state.region, search, actions, runner],
  );

  const onFilter = useCallback(
    (change: Partial<Pick<InstanceListState, 'vdc' | 'status' | 'q'>>) => setState(withFilter(state, change), 'q' in change),
    [state, setState],
  );
  const filtered = !!(state.vdc || state.status || state.q);
  const createHref = `/instances/new${search}`;

  // The server could not read the cloud again: its last list is shown, and it says so.
  // (Only then: a time format is made on each call, tens of milliseconds on a phone.)
  const asOf = list.stale && list.refreshedAt ? new Date(list.refreshedAt).toLocaleTimeString(lang) : '';
  const note = list.stale ? (
    <Tip label={t('instances.staleWhy', { code: list.stale.code, message: list.stale.message, time: asOf })} multiline w={320}>
      <span tabIndex={0} data-testid="instances-stale">
        {t('instances.stale', { time: asOf })}
      </span>
    </Tip>
  ) : undefined;

  const header = useMemo(
    () => (
      <PageHeader
        title={t('instances.title')}
        subtitle={t('instances.subtitle')}
        action={
          <ActionButton catalog={cdsCcs.CreateInstance} to={createHref} leftSection={<IconPlus size={16} />} data-testid="create-instance">
            {t('instances.create')}
          </ActionButton>
        }
      />
    ),
    [t, createHref],
  );
  const toolbar = useMemo(
    () => (
      <Stack gap="sm">
        <InstanceFilters state={state} onChange={onFilter} />
        <BulkActions items={selectedItems} actions={actions} runner={runner} />
      </Stack>
    ),
    [state, onFilter, selectedItems, actions, runner],
  );
  const empty = useMemo(
    () =>
      filtered
        ? {
            title: t('instances.empty.filteredTitle'),
            description: t('instances.empty.filteredText'),
            action: (
              <Button variant="light" onClick={() => setState(withFilter(state, { vdc: undefined, status: undefined, q: undefined }))}>
                {t('instances.empty.clear')}
              </Button>
            ),
          }
        : {
            title: state.region ? t('instances.empty.regionTitle') : t('instances.empty.title'),
            description: state.region ? t('instances.empty.regionText') : t('instances.empty.text'),
            action: (
              <ActionButton catalog={cdsCcs.CreateInstance} to={createHref} leftSection={<IconPlus size={16} />}>
                {t('instances.create')}
              </ActionButton>
            ),
          },
    [filtered, state, setState, t, createHref],
  );
  const selection = useMemo(() => ({ selected, onChange: setSelected }), [selected]);
  const onSortChange = useCallback((sort: InstanceListState['sort']) => setState(withFilter(state, { sort })), [state, setState]);
  const pageNumber = list.page?.pageNumber ?? state.page;
  const pageCount = list.page?.pageCount ?? 1;
  const totalCount = list.page?.totalCount;
  const paging = useMemo(
    () => ({
      page: pageNumber,
      pageSize: state.size,
      pageCount,
      totalCount,
      pageSizes: PAGE_SIZES,
      onPageChange: (page: number) => setState({ ...state, page }),
      onPageSizeChange: (size: number) => setState({ ...state, size: size as PageSize, page: 1 }),
    }),
    [pageNumber, pageCount, totalCount, state, setState],
  );

  return (
    <Stack gap="md">
      {header}
      <ResourceTable<Instance>
        label={t('instances.title')}
        columns={columns}
        rows={rows}
        rowKey={rowKey}
        rowName={rowName}
        rowAttributes={rowAttributes}
        loading={list.isLoading}
        error={list.error}
        onRetry={list.refetch}
        empty={empty}
        selection={selection}
        tableId={TABLE_ID}
        sort={state.sort}
        onSortChange={onSortChange}
        paging={paging}
        updatedAt={list.dataUpdatedAt}
        onRefresh={list.refetch}
        refreshing={list.isFetching && !list.isLoading}
        note={note}
        toolbar={toolbar}
      />
      {runner.dialog}
      {compute.dialogs}
    </Stack>
  );
}
