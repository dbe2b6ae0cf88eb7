import { cdsNetwork, cdsNetworkOps, type Vdc } from '@console/api-types/client';
import { Anchor, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { allPagesQuery } from '../../api/query';
import { keepShared, sharedSearch } from '../../context/account';
import { useAccountId } from '../../context/AccountContext';
import { regionName } from '../../context/regions';
import { useI18n } from '../../i18n/i18n';
import { ActionButton } from '../../kit/ActionButton';
import { Copyable } from '../../kit/Copyable';
import { PageHeader } from '../../kit/PageHeader';
import { PAGE_SIZES, sortAndPageLocally } from '../../kit/paging';
import { ResourceTable, type Column } from '../../kit/ResourceTable';
import { listTableProps } from '../../kit/table/list-props';
import { withRememberedSize } from '../../kit/table/prefs';
import { StatusBadge } from '../../kit/StatusBadge';
import { CreateVdcDialog } from './CreateVdcDialog';
import { vdcMoving } from './queries';
import { parseVdcState, serializeVdcState, vdcInput, type VdcListState } from './vdc-state';
import { NetworkSummary, VdcNetworks } from './VdcNetworks';

const TABLE_ID = 'vdcs';
const parseState = withRememberedSize(TABLE_ID, parseVdcState, PAGE_SIZES);

/** /vdcs: virtual data centers of the picked region, with their networks; create one, open one. */
export function VdcPage() {
  const { t, lang } = useI18n();
  const [params, setRawParams] = useSearchParams();
  const account = useAccountId();
  const state = useMemo(() => parseState(params), [params]);
  const setParams = useCallback(
    (own: URLSearchParams, opts?: { replace?: boolean }) =>
      setRawParams((prev) => keepShared(prev, own), opts),
    [setRawParams],
  );
  const setState = useCallback((s: VdcListState, replace = false) => setParams(serializeVdcState(s), { replace }), [setParams]);
  const query = useQuery({
    ...allPagesQuery(cdsNetwork.DescribeVdc, vdcInput(state), account),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.items.some(vdcMoving) ? 3_000 : 60_000),
  });
  const [creating, setCreating] = useState(false);
  const href = (v: Vdc) => `/vdcs/${v.id}${sharedSearch(params)}`;

  const [keyword, setKeyword] = useState(state.keyword ?? '');
  useEffect(() => setKeyword(state.keyword ?? ''), [state.keyword]);
  useEffect(() => {
    if ((state.keyword ?? '') === keyword.trim()) return;
    const h = setTimeout(
      () =>
        setParams(serializeVdcState({ ...state, keyword: keyword.trim() || undefined, page: 1 }), {
          replace: true,
        }),
      350,
    );
    return () => clearTimeout(h);
  }, [keyword, state, setParams]);

  const columns: Column<Vdc>[] = [
    {
      key: 'name',
      header: t('vdc.col.name'),
      sortable: true,
      sortValue: (v) => v.name || v.id,
      render: (v) => (
        <Stack gap={2}>
          <Anchor component={Link} to={href(v)} size="sm" fw={600} data-testid="vdc-link">
            {v.name || v.id}
          </Anchor>
          <Copyable value={v.id} dimmed label={t('vdc.idOf', { name: v.name || v.id })} />
        </Stack>
      ),
    },
    {
      key: 'region',
      header: t('vdc.col.region'),
      sortable: true,
      sortValue: (v) => regionName(v.regionId, lang),
      render: (v) => <Text size="sm">{regionName(v.regionId, lang)}</Text>,
    },
    {
      key: 'status',
      header: t('vdc.col.status'),
      sortable: true,
      render: (v) => <StatusBadge status={v.status} busy={v.status !== 'ok'} />,
    },
    {
      key: 'networks',
      header: t('vdc.col.networks'),
      sortable: true,
      sortValue: (v) => v.publicNetworks.length + v.privateNetworks.length,
      render: (v) => <NetworkSummary vdc={v} />,
    },
  ];
  const page = sortAndPageLocally(query.data?.items ?? [], state.sort, columns, state.page, state.size);

  return (
    <Stack gap="md">
      <PageHeader
        title={t('vdc.title')}
        subtitle={t('vdc.subtitle')}
        action={
          <ActionButton
            catalog={cdsNetworkOps.CreateVdc}
            leftSection={<IconPlus size={16} />}
            onClick={() => setCreating(true)}
            data-testid="create-vdc"
          >
            {t('vdc.create')}
          </ActionButton>
        }
      />
      <ResourceTable<Vdc>
        label={t('vdc.title')}
        columns={columns}
        rows={query.data ? page.items : undefined}
        rowKey={(v) => v.id}
        rowName={(v) => v.name || v.id}
        rowAttributes={(v) => ({ 'data-testid': 'vdc-row', 'data-vdc-name': v.name })}
        loading={query.isLoading}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={{
          title: state.keyword ? t('vdc.empty.filteredTitle') : t('vdc.empty.title'),
          description: state.keyword ? t('vdc.empty.filteredText') : t('vdc.empty.text'),
        }}
        {...listTableProps(TABLE_ID, state, setState, page)}
        updatedAt={query.dataUpdatedAt}
        onRefresh={() => void query.refetch()}
        refreshing={query.isFetching && !query.isLoading}
        expand={(v) => <VdcNetworks vdc={v} />}
        toolbar={
          <Group>
            <TextInput
              label={t('vdc.search')}
              placeholder={t('vdc.searchPlaceholder')}
              leftSection={<IconSearch size={16} />}
              value={keyword}
              onChange={(e) => setKeyword(e.currentTarget.value)}
              maxLength={64}
              w={280}
            />
          </Group>
        }
      />
      <CreateVdcDialog
        opened={creating}
        onClose={() => setCreating(false)}
        defaultRegion={state.region}
      />
    </Stack>
  );
}
