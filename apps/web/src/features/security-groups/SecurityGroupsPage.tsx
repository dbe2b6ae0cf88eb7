import { cdsCcsSecurityGroups, type SecurityGroup } from '@console/api-types/client';
import { Anchor, Badge, Group, Select, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { keepShared, sharedSearch } from '../../context/account';
import { useT } from '../../i18n/i18n';
import { ActionButton } from '../../kit/ActionButton';
import { Copyable } from '../../kit/Copyable';
import { DebouncedInput } from '../../kit/DebouncedInput';
import { PageHeader } from '../../kit/PageHeader';
import { PAGE_SIZES, sortAndPageLocally } from '../../kit/paging';
import { ResourceTable, type Column } from '../../kit/ResourceTable';
import { listTableProps } from '../../kit/table/list-props';
import { withRememberedSize } from '../../kit/table/prefs';
import { StatusBadge } from '../../kit/StatusBadge';
import { GroupDialog } from './GroupDialog';
import { groupsInput, parseGroupState, serializeGroupState, type GroupListState } from './list-state';
import { useGroups } from './queries';

const TABLE_ID = 'security-groups';
const parseState = withRememberedSize(TABLE_ID, parseGroupState, PAGE_SIZES);

/** /security-groups: every group, searched and filtered by the cloud, paged here; all of it in the URL. */
export function SecurityGroupsPage() {
  const t = useT();
  const [params, setRawParams] = useSearchParams();
  const state = useMemo(() => parseState(params), [params]);
  const setState = useCallback(
    (s: GroupListState, replace = false) =>
      setRawParams((prev) => keepShared(prev, serializeGroupState(s)), { replace }),
    [setRawParams],
  );
  const query = useGroups(groupsInput(state));
  const [creating, setCreating] = useState(false);
  const filtered = !!(state.keyword || state.type);
  const columns: Column<SecurityGroup>[] = [
    {
      key: 'name',
      header: t('sg.col.name'),
      sortable: true,
      render: (g) => (
        <Stack gap={2}>
          <Group gap={6}>
            <Anchor
              component={Link}
              to={`/security-groups/${g.id}${sharedSearch(params)}`}
              size="sm"
              fw={600}
              data-testid="group-link"
            >
              {g.name}
            </Anchor>
            {g.status && g.status !== 'ok' ? <StatusBadge status={g.status} busy /> : null}
          </Group>
          <Copyable value={g.id} dimmed label={g.id} />
        </Stack>
      ),
    },
    {
      key: 'type',
      header: t('sg.col.type'),
      nowrap: true,
      sortable: true,
      render: (g) => (
        <Badge
          variant="light"
          color={g.type === 'public' ? 'indigo' : 'gray'}
          radius="sm"
          style={{ flexShrink: 0, overflow: 'visible' }}
          styles={{ label: { textTransform: 'none', overflow: 'visible' } }}
        >
          {g.type === 'public' ? t('sg.type.public') : t('sg.type.private')}
        </Badge>
      ),
    },
    {
      key: 'description',
      header: t('sg.col.description'),
      sortable: true,
      visibleFrom: 'md',
      render: (g) => (
        <Text size="sm" lineClamp={2}>
          {g.description}
        </Text>
      ),
    },
    {
      key: 'members',
      header: t('sg.col.members'),
      nowrap: true,
      sortable: true,
      sortValue: (g) => g.bindInstanceCount,
      render: (g) => (
        <Stack gap={0}>
          <Text size="sm">{t('sg.members', { instances: g.bindInstanceCount })}</Text>
          <Text size="xs" c="dimmed">
            {t('sg.membersDetail', {
              interfaces: g.bindInterfaceCount,
              vdcs: g.bindVdcCount ?? '—',
            })}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'updated',
      header: t('sg.col.updated'),
      visibleFrom: 'lg',
      nowrap: true,
      sortable: true,
      sortValue: (g) => g.updatedAt,
      render: (g) => <Text size="sm">{g.updatedAt ?? '—'}</Text>,
    },
  ];
  const page = sortAndPageLocally(query.data?.items ?? [], state.sort, columns, state.page, state.size);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('sg.title')}
        subtitle={t('sg.subtitle')}
        action={
          <ActionButton
            catalog={cdsCcsSecurityGroups.CreateSecurityGroup}
            leftSection={<IconPlus size={16} />}
            onClick={() => setCreating(true)}
            data-testid="create-group"
          >
            {t('sg.create')}
          </ActionButton>
        }
      />
      <ResourceTable<SecurityGroup>
        label={t('sg.title')}
        columns={columns}
        rows={query.data ? page.items : undefined}
        rowKey={(g) => g.id}
        rowName={(g) => g.name}
        rowAttributes={(g) => ({ 'data-testid': 'group-row', 'data-group-name': g.name })}
        loading={query.isLoading}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={{
          title: filtered ? t('sg.empty.filteredTitle') : t('sg.empty.title'),
          description: filtered ? t('sg.empty.filteredText') : t('sg.empty.text'),
        }}
        {...listTableProps(TABLE_ID, state, setState, page)}
        updatedAt={query.dataUpdatedAt}
        onRefresh={() => void query.refetch()}
        refreshing={query.isFetching && !query.isLoading}
        toolbar={
          <Group align="flex-end">
            <DebouncedInput
              label={t('sg.search')}
              placeholder={t('sg.searchPlaceholder')}
              value={state.keyword}
              onCommit={(v) => setState({ ...state, keyword: v, page: 1 }, true)}
              maxLength={64}
              w={280}
              data-testid="group-search"
            />
            <Select
              label={t('sg.filter.type')}
              data={[
                { value: '', label: t('sg.filter.all') },
                { value: 'public', label: t('sg.type.public') },
                { value: 'private', label: t('sg.type.private') },
              ]}
              value={state.type ?? ''}
              onChange={(v) =>
                setState({
                  ...state,
                  type: v === 'public' || v === 'private' ? v : undefined,
                  page: 1,
                })
              }
              allowDeselect={false}
              w={160}
              data-testid="group-type-filter"
            />
          </Group>
        }
      />
      <GroupDialog opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
