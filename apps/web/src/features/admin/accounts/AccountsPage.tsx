import { Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconEdit, IconPlus, IconStar, IconTrash } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { accountsQuery, type CloudAccount } from '../../../api/accounts';
import { useI18n } from '../../../i18n/i18n';
import type { ResourceAction } from '../../../kit/actions';
import { ActionMenu } from '../../../kit/ActionMenu';
import { Copyable } from '../../../kit/Copyable';
import { RelativeTime } from '../../../kit/RelativeTime';
import { Tag } from '../../../kit/Tag';
import { ResourceTable, type Column } from '../../../kit/ResourceTable';
import { useActionRunner } from '../../../kit/useActionRunner';
import { AccountDialog, type AccountDialogState } from './AccountDialog';
import { deleteAccount, makeDefaultAccount, refreshAccounts } from './api';
import { TestConnection } from './TestConnection';
import { PageHeader } from '../../../kit/PageHeader';
import { notifyDone } from '../../../kit/notify';

/** /admin/accounts: the AccessKey pairs the console acts with. Secrets are write-only: only their hint shows. */
export function AccountsPage() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const list = useQuery(accountsQuery);
  const [dialog, setDialog] = useState<AccountDialogState | undefined>();
  const runner = useActionRunner<CloudAccount>();

  const actions = useMemo<ResourceAction<CloudAccount>[]>(
    () => [
      {
        id: 'edit',
        label: t('accounts.edit'),
        icon: <IconEdit size={16} />,
        run: async ([a]) => a && setDialog({ mode: 'edit', account: a }),
      },
      {
        id: 'make-default',
        label: t('accounts.makeDefault'),
        icon: <IconStar size={16} />,
        disabledReason: ([a]) => (a?.isDefault ? t('accounts.alreadyDefault', { provider: a.provider.toUpperCase() }) : undefined),
        confirm: ([a]) => ({
          title: t('accounts.confirmDefault.title', { provider: a?.provider.toUpperCase() ?? '' }),
          message: t('accounts.confirmDefault.message'),
          names: [a?.name ?? ''],
          confirmLabel: t('accounts.makeDefault'),
          danger: false,
        }),
        run: async ([a]) => {
          if (!a) return;
          await makeDefaultAccount(a);
          await refreshAccounts(qc);
          notifyDone(t, t('accounts.done.default', { name: a.name, provider: a.provider.toUpperCase() }));
        },
      },
      {
        id: 'delete',
        label: t('accounts.delete'),
        icon: <IconTrash size={16} />,
        danger: true,
        confirm: ([a]) => ({
          title: t('accounts.confirmDelete.title'),
          message: t('accounts.confirmDelete.message'),
          names: [a?.name ?? ''],
          confirmLabel: t('accounts.delete'),
          typeToConfirm: a?.name,
          danger: true,
        }),
        run: async ([a]) => {
          if (!a) return;
          await deleteAccount(a.id);
          await refreshAccounts(qc, a.id);
        },
      },
    ],
    [t, qc],
  );

  const columns: Column<CloudAccount>[] = [
    {
      key: 'name',
      header: t('accounts.col.name'),
      render: (a) => (
        <Stack gap={0}>
          <Group gap={6} wrap="nowrap">
            <Text size="sm" fw={600}>
              {a.name}
            </Text>
            {a.isDefault ? (
              <Tag color="teal" data-testid="default-account-badge">
                {t('accounts.default')}
              </Tag>
            ) : null}
          </Group>
          <Text size="xs" c="dimmed">
            {a.createdBy ? t('accounts.createdBy', { name: a.createdBy }) : null}
          </Text>
        </Stack>
      ),
    },
    {
      key: 'provider',
      header: t('accounts.col.provider'),
      nowrap: true,
      render: (a) => (
        <Tag color={a.provider === 'cds' ? 'blue' : 'grape'}>{a.provider.toUpperCase()}</Tag>
      ),
    },
    { key: 'key', header: t('accounts.col.keyId'), render: (a) => <Copyable value={a.accessKeyId} label={t('accounts.keyIdOf', { name: a.name })} /> },
    {
      key: 'secret',
      header: t('accounts.col.secret'),
      nowrap: true,
      render: (a) => (
        <Text size="xs" ff="monospace" c="dimmed" data-testid="secret-hint">
          {a.secretHint}
        </Text>
      ),
    },
    {
      key: 'endpoint',
      header: t('accounts.col.endpoint'),
      render: (a) => (
        <Stack gap={0}>
          <Text size="sm">{t(`accounts.area.${a.endpointArea}`)}</Text>
          {a.endpointUrl ? (
            <Text size="xs" ff="monospace" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {a.endpointUrl}
            </Text>
          ) : null}
          {a.region ? (
            <Text size="xs" c="dimmed" data-testid="account-region-shown">
              {a.region}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    { key: 'updated', header: t('accounts.col.updated'), nowrap: true, visibleFrom: 'lg', render: (a) => <RelativeTime value={a.updatedAt} /> },
    { key: 'test', header: t('accounts.col.test'), render: (a) => <TestConnection account={a} /> },
    {
      key: 'actions',
      header: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
      width: 56,
      stickyRight: true,
      render: (a) => <ActionMenu item={a} name={a.name} actions={actions} runner={runner} />,
    },
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={t('accounts.title')}
        subtitle={t('accounts.subtitle')}
        action={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ mode: 'create' })} data-testid="add-account">
            {t('accounts.add')}
          </Button>
        }
      />
      <ResourceTable<CloudAccount>
        label={t('accounts.title')}
        columns={columns}
        rows={list.data}
        rowKey={(a) => a.id}
        rowName={(a) => a.name}
        rowAttributes={(a) => ({ 'data-testid': 'account-row', 'data-account-name': a.name, 'data-account-id': a.id, 'data-provider': a.provider })}
        loading={list.isLoading}
        error={list.error}
        onRetry={() => void list.refetch()}
        empty={{
          title: t('accounts.empty.title'),
          description: t('accounts.empty.text'),
          action: (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ mode: 'create' })}>
              {t('accounts.add')}
            </Button>
          ),
        }}
        updatedAt={list.dataUpdatedAt}
        onRefresh={() => void list.refetch()}
        refreshing={list.isFetching && !list.isLoading}
      />
      {runner.dialog}
      <AccountDialog state={dialog} onClose={() => setDialog(undefined)} />
    </Stack>
  );
}
