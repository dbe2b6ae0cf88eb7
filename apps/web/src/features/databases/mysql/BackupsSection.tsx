import { cdsMysql, type DbBackup, type DbInstance } from '@console/api-types/client';
import { Badge, Button, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useActionMutation } from '../../../api/mutation';
import { actionQuery } from '../../../api/query';
import { callAction } from '../../../api/client';
import { useRunReason } from '../../../auth/permission';
import { useAccountId } from '../../../context/AccountContext';
import { translateOr, useT } from '../../../i18n/i18n';
import type { ResourceAction } from '../../../kit/actions';
import { showErrorNotification } from '../../../kit/ErrorNotice';
import { FormDialog } from '../../../kit/FormDialog';
import { ResourceTable, type Column } from '../../../kit/ResourceTable';
import { useActionRunner } from '../../../kit/useActionRunner';
import { useWhenOpened } from '../../../kit/useWhenOpened';
import { formatBytes } from '../shared/units';

/** Backup sets of an instance: create (manual), download (the cloud's link), delete. */
export function BackupsSection({ db }: { db: DbInstance }) {
  const t = useT();
  const account = useAccountId();
  const runReason = useRunReason();
  const [open, setOpen] = useState(false);
  const query = useQuery({
    ...actionQuery(cdsMysql.DescribeBackups, { InstanceUuid: db.id }, account),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => ((q.state.data as DbBackup[] | undefined)?.some((b) => b.status !== 'finished') ? 3000 : 60_000),
  });
  const remove = useActionMutation(cdsMysql.DeleteBackup, { describe: () => ({ label: t('mysql.backups.delete'), resource: db.name }) });
  const runner = useActionRunner<DbBackup>();
  const download = async (b: DbBackup) => {
    try {
      const link = await callAction(cdsMysql.DownloadBackup, { InstanceUuid: db.id, BackupId: b.id }, { account });
      // The cloud's public link: the browser downloads the file from it directly.
      const a = document.createElement('a');
      a.href = link.downloadUrl;
      a.rel = 'noopener';
      a.download = '';
      document.body.append(a);
      a.click();
      a.remove();
    } catch (err) {
      showErrorNotification(err, t('mysql.backups.downloadFailed'));
    }
  };
  const deleteAction: ResourceAction<DbBackup> = {
    id: 'delete-backup',
    label: t('mysql.backups.delete'),
    danger: true,
    catalog: cdsMysql.DeleteBackup,
    disabledReason: ([b]) => (b && b.status !== 'finished' ? t('mysql.backups.notFinished') : undefined),
    confirm: ([b]) => ({ title: t('mysql.backups.deleteTitle'), message: t('mysql.backups.deleteMessage', { time: b?.startTime ?? '' }), names: [b?.startTime ?? b?.id ?? ''], confirmLabel: t('mysql.backups.delete'), danger: true }),
    run: ([b]) => remove.mutateAsync({ InstanceUuid: db.id, BackupId: b!.id }),
  };
  const createWhy = runReason(cdsMysql.CreateBackup) ?? (db.masterId ? t('mysql.backups.notOnReplica') : db.status.toLowerCase() !== 'running' ? t('db.why.notRunning') : undefined);
  const columns: Column<DbBackup>[] = [
    { key: 'start', header: t('mysql.backups.col.time'), render: (b) => <Stack gap={0}><Text size="sm">{b.startTime}</Text><Text size="xs" c="dimmed">{b.endTime ? t('mysql.backups.until', { end: b.endTime }) : ''}</Text></Stack> },
    { key: 'status', header: t('db.col.status'), render: (b) => <BackupStatus status={b.status} /> },
    { key: 'size', header: t('mysql.backups.col.size'), render: (b) => <Text size="sm">{b.sizeBytes ? formatBytes(b.sizeBytes) : '—'}</Text> },
    { key: 'type', header: t('mysql.backups.col.type'), render: (b) => <Text size="sm">{`${b.type} · ${b.mode === 'auto' ? t('mysql.backups.auto') : t('mysql.backups.manual')}`}</Text> },
    { key: 'desc', header: t('mysql.backups.col.desc'), render: (b) => <Text size="sm">{b.description || '—'}</Text>, visibleFrom: 'md' },
    {
      key: 'actions',
      header: t('common.actions'),
      stickyRight: true,
      render: (b) => (
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" variant="light" leftSection={<IconDownload size={14} />} disabled={b.status !== 'finished'} onClick={() => void download(b)} data-testid="backup-download">
            {t('mysql.backups.download')}
          </Button>
          <Button size="xs" variant="subtle" color="red" disabled={!!(runReason(cdsMysql.DeleteBackup) ?? deleteAction.disabledReason?.([b]))} onClick={() => runner.request(deleteAction, [b])} data-testid="backup-delete">
            {t('mysql.backups.delete')}
          </Button>
        </Group>
      ),
    },
  ];
  return (
    <Paper withBorder p="md" data-testid="db-backups">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t('mysql.backups.title')}</Title>
        <Button size="xs" onClick={() => setOpen(true)} disabled={!!createWhy} title={createWhy} data-testid="backup-create">
          {t('mysql.backups.create')}
        </Button>
      </Group>
      <ResourceTable<DbBackup>
        label={t('mysql.backups.title')}
        columns={columns}
        rows={query.data}
        rowKey={(b) => b.id}
        rowName={(b) => b.startTime ?? b.id}
        rowAttributes={(b) => ({ 'data-testid': 'backup-row', 'data-status': b.status, 'data-mode': b.mode })}
        loading={query.isLoading}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={{ title: t('mysql.backups.emptyTitle'), description: db.masterId ? t('mysql.backups.notOnReplica') : t('mysql.backups.emptyText') }}
        updatedAt={query.dataUpdatedAt}
        onRefresh={() => void query.refetch()}
        refreshing={query.isFetching && !query.isLoading}
      />
      <BackupDialog db={db} opened={open} onClose={() => setOpen(false)} />
      {runner.dialog}
    </Paper>
  );
}

function BackupDialog({ db, opened, onClose }: { db: DbInstance; opened: boolean; onClose: () => void }) {
  const t = useT();
  const [desc, setDesc] = useState('');
  const mutation = useActionMutation(cdsMysql.CreateBackup, { describe: () => ({ label: t('mysql.backups.create'), resource: db.name }) });
  useWhenOpened(opened, () => {
    setDesc('');
    mutation.reset();
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('mysql.backups.dialogTitle', { name: db.name })}
      submitLabel={t('mysql.backups.create')}
      loading={mutation.isPending}
      error={mutation.error}
      data-testid="backup-dialog"
      onSubmit={() => mutation.mutate({ InstanceUuid: db.id, BackupType: 'physical-backup', ...(desc.trim() ? { Desc: desc.trim() } : {}) }, { onSuccess: onClose })}
    >
      <Text size="sm" c="dimmed">
        {t('mysql.backups.explain')}
      </Text>
      <TextInput label={t('mysql.backups.col.desc')} value={desc} onChange={(e) => setDesc(e.currentTarget.value)} maxLength={256} data-testid="backup-desc" />
    </FormDialog>
  );
}

/** A backup's state: finished, or still moving (backing up, deleting) with a spinner. */
function BackupStatus({ status }: { status: string }) {
  const t = useT();
  const done = status === 'finished';
  return (
    <Badge variant="light" radius="sm" color={done ? 'teal' : 'blue'} data-status={status} styles={{ label: { textTransform: 'none' } }} leftSection={done ? undefined : <Loader size={10} color="currentColor" aria-hidden />}>
      {translateOr(t, `mysql.backups.status.${status}`, status)}
    </Badge>
  );
}
