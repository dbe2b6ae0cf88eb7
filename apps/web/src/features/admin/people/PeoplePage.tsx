import { Button, Group, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconSearch, IconUserPlus } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { sessionQuery } from '../../../api/session';
import { RoleBadge } from '../../../auth/RoleBadge';
import { useUrlState } from '../../../context/useUrlState';
import { useI18n } from '../../../i18n/i18n';
import { ActionMenu } from '../../../kit/ActionMenu';
import { DebouncedInput } from '../../../kit/DebouncedInput';
import { PAGE_SIZES, type PageSize } from '../../../kit/paging';
import { RelativeTime } from '../../../kit/RelativeTime';
import { Tag } from '../../../kit/Tag';
import { ResourceTable, type Column } from '../../../kit/ResourceTable';
import { exactTime } from '../../../kit/time';
import { useActionRunner } from '../../../kit/useActionRunner';
import { useNow } from '../../../kit/useNow';
import { isLocked, peopleQuery, type Person } from './api';
import { ChangeRoleDialog } from './ChangeRoleDialog';
import { CreatePersonDialog } from './CreatePersonDialog';
import { parsePeopleState, serializePeopleState } from './people-state';
import { withRememberedSize } from '../../../kit/table/prefs';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { usePeopleActions } from './usePeopleActions';
import { PageHeader } from '../../../kit/PageHeader';

const TABLE_ID = 'people';
const parseState = withRememberedSize(TABLE_ID, parsePeopleState, PAGE_SIZES);

/** /admin/people: who may use the console, with which role; search and paging in the URL. */
export function PeoplePage() {
  const { t, lang } = useI18n();
  const [state, setState] = useUrlState(parseState, serializePeopleState);
  const list = useQuery({ ...peopleQuery(state), placeholderData: keepPreviousData });
  const me = useQuery(sessionQuery).data;
  const now = useNow(30_000);
  const [creating, setCreating] = useState(false);
  const [roleOf, setRoleOf] = useState<Person | undefined>();
  const [passwordOf, setPasswordOf] = useState<Person | undefined>();
  const runner = useActionRunner<Person>();
  const actionsFor = usePeopleActions({ me: me?.id, onChangeRole: setRoleOf, onResetPassword: setPasswordOf });
  const onSearch = useCallback((q: string | undefined) => setState({ ...state, q, page: 1 }, true), [state, setState]);

  const columns: Column<Person>[] = [
    {
      key: 'person',
      header: t('people.col.person'),
      render: (p) => (
        <Stack gap={0}>
          <Group gap={6} wrap="nowrap">
            <Text size="sm" fw={600}>
              {p.displayName || p.username}
            </Text>
            {p.id === me?.id ? (
              <Tag size="xs" variant="outline" color="gray">
                {t('people.you')}
              </Tag>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed" ff="monospace">
            {p.username}
          </Text>
        </Stack>
      ),
    },
    { key: 'role', header: t('people.col.role'), nowrap: true, render: (p) => <RoleBadge role={p.role} /> },
    {
      key: 'status',
      header: t('people.col.status'),
      nowrap: true,
      render: (p) =>
        p.disabled ? (
          <Tag color="gray" data-testid="person-status" data-status="disabled">
            {t('people.status.disabled')}
          </Tag>
        ) : isLocked(p, now) ? (
          <Tooltip label={exactTime(Date.parse(p.lockedUntil!), lang)} withArrow>
            <Tag color="orange" data-testid="person-status" data-status="locked" tabIndex={0}>
              {t('people.status.locked')}
            </Tag>
          </Tooltip>
        ) : (
          <Tag color="teal" data-testid="person-status" data-status="active">
            {t('people.status.active')}
          </Tag>
        ),
    },
    {
      key: 'lastLogin',
      header: t('people.col.lastLogin'),
      nowrap: true,
      render: (p) => (p.lastLoginAt ? <RelativeTime value={p.lastLoginAt} /> : <Text size="sm" c="dimmed">{t('people.never')}</Text>),
    },
    { key: 'created', header: t('people.col.created'), nowrap: true, visibleFrom: 'md', render: (p) => <RelativeTime value={p.createdAt} /> },
    {
      key: 'actions',
      header: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
      width: 56,
      stickyRight: true,
      render: (p) => <ActionMenu item={p} name={p.username} actions={actionsFor(p)} runner={runner} />,
    },
  ];

  const data = list.data;
  return (
    <Stack gap="md">
      <PageHeader
        title={t('people.title')}
        subtitle={t('people.subtitle')}
        action={
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => setCreating(true)} data-testid="create-person">
            {t('people.create')}
          </Button>
        }
      />
      <ResourceTable<Person>
        label={t('people.title')}
        columns={columns}
        rows={data?.items}
        rowKey={(p) => p.id}
        rowName={(p) => p.username}
        rowAttributes={(p) => ({
          'data-testid': 'people-row',
          'data-username': p.username,
          'data-role': p.role,
          'data-disabled': String(p.disabled),
          'data-locked': String(isLocked(p, now)),
        })}
        loading={list.isLoading}
        error={list.error}
        onRetry={() => void list.refetch()}
        empty={
          state.q
            ? { title: t('people.empty.filteredTitle'), description: t('people.empty.filteredText') }
            : { title: t('people.empty.title') }
        }
        tableId={TABLE_ID}
        paging={{
          page: data?.page ?? state.page,
          pageSize: state.size,
          pageCount: data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1,
          totalCount: data?.total,
          pageSizes: PAGE_SIZES,
          onPageChange: (page) => setState({ ...state, page }),
          onPageSizeChange: (size) => setState({ ...state, size: size as PageSize, page: 1 }),
        }}
        updatedAt={list.dataUpdatedAt}
        onRefresh={() => void list.refetch()}
        refreshing={list.isFetching && !list.isLoading}
        toolbar={
          <DebouncedInput
            label={t('people.search')}
            placeholder={t('people.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={state.q}
            onCommit={onSearch}
            maxLength={64}
            w={{ base: '100%', sm: 300 }}
            data-testid="people-search"
          />
        }
      />
      {runner.dialog}
      <CreatePersonDialog opened={creating} onClose={() => setCreating(false)} />
      <ChangeRoleDialog person={roleOf} onClose={() => setRoleOf(undefined)} />
      <ResetPasswordDialog person={passwordOf} onClose={() => setPasswordOf(undefined)} />
    </Stack>
  );
}
