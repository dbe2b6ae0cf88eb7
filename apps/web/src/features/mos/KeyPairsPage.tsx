import { mosMcs, type MosKeyPair } from '@console/api-types/client';
import { Group, Stack, Text, Textarea, TextInput, VisuallyHidden } from '@mantine/core';
import { IconKey, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useActionMutation } from '../../api/mutation';
import { actionQuery } from '../../api/query';
import { useAccountId } from '../../context/AccountContext';
import { useI18n } from '../../i18n/i18n';
import { notifyDone } from './notify';
import type { ResourceAction } from '../../kit/actions';
import { ActionButton } from '../../kit/ActionButton';
import { ActionMenu } from '../../kit/ActionMenu';
import { Copyable } from '../../kit/Copyable';
import { FormDialog } from '../../kit/FormDialog';
import { PageHeader } from '../../kit/PageHeader';
import { ResourceTable, type Column } from '../../kit/ResourceTable';
import { columnSortValue, sortRows } from '../../kit/table/sort';
import { useSortParam } from '../../kit/table/useSortParam';
import { useActionRunner } from '../../kit/useActionRunner';
import { useWhenOpened } from '../../kit/useWhenOpened';
import { MosBalance } from './MosBalance';
import { publicKeyProblem } from './mos-state';

function ImportKeyPairDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [material, setMaterial] = useState('');
  const [tried, setTried] = useState(false);
  const m = useActionMutation(mosMcs.ImportKeyPair, { describe: (i) => ({ label: t('mos.keys.import'), resource: i.KeyName }) });
  useWhenOpened(opened, () => (setName(''), setMaterial(''), setTried(false), m.reset()));
  const nameError = !name.trim() || name.trim().length > 64 ? t('mos.keys.nameInvalid') : undefined;
  const materialProblem = publicKeyProblem(material);
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('mos.keys.importTitle')}
      submitLabel={t('mos.keys.import')}
      loading={m.isPending}
      error={m.error}
      size="lg"
      data-testid="mos-import-key-dialog"
      onSubmit={() => {
        setTried(true);
        if (nameError || materialProblem) return;
        m.mutate(
          { KeyName: name.trim(), PublicKeyMaterial: material.trim() },
          { onSuccess: ({ res }) => (notifyDone(t, t('mos.keys.imported', { name: res.data.name })), onClose()) },
        );
      }}
    >
      <TextInput label={t('mos.keys.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={tried ? nameError : undefined} data-autofocus data-testid="mos-key-name" />
      <Textarea
        label={t('mos.keys.material')}
        description={t('mos.keys.materialHint')}
        placeholder={t('mos.keys.materialPlaceholder')}
        value={material}
        onChange={(e) => setMaterial(e.currentTarget.value)}
        error={(tried || material.length > 20) && materialProblem ? t(materialProblem) : undefined}
        autosize
        minRows={3}
        ff="monospace"
        data-testid="mos-key-material"
      />
    </FormDialog>
  );
}

const KEY_SORT_KEYS = ['name', 'fingerprint', 'id'];

/** /mos/key-pairs: the account's SSH key pairs, import (checked before sending) and delete. */
export function KeyPairsPage() {
  const { t } = useI18n();
  const account = useAccountId();
  const query = useQuery(actionQuery(mosMcs.DescribeKeyPairs, {}, account));
  const [sort, setSort] = useSortParam(KEY_SORT_KEYS);
  const [importing, setImporting] = useState(false);
  const runner = useActionRunner<MosKeyPair>();
  const remove = useActionMutation(mosMcs.DeleteKeyPair, { describe: (i) => ({ label: t('mos.keys.delete'), resource: i.KeyName }) });
  const actions = useMemo<ResourceAction<MosKeyPair>[]>(
    () => [
      {
        id: 'delete',
        label: t('mos.keys.delete'),
        icon: <IconTrash size={16} />,
        danger: true,
        catalog: mosMcs.DeleteKeyPair,
        confirm: ([k]) => ({ title: t('mos.keys.deleteTitle', { name: k!.name }), message: t('mos.keys.deleteText'), names: [k!.name], confirmLabel: t('mos.keys.delete') }),
        run: async ([k]) => {
          await remove.mutateAsync({ KeyName: k!.name });
        },
      },
    ],
    [t, remove],
  );
  const importButton = (
    <ActionButton catalog={mosMcs.ImportKeyPair} onClick={() => setImporting(true)} leftSection={<IconKey size={16} />} data-testid="mos-import-key">
      {t('mos.keys.import')}
    </ActionButton>
  );
  const columns: Column<MosKeyPair>[] = [
    { key: 'name', header: t('mos.keys.col.name'), sortable: true, render: (k) => <Text size="sm" fw={600}>{k.name}</Text> },
    { key: 'fingerprint', header: t('mos.keys.col.fingerprint'), sortable: true, render: (k) => <Text size="xs" ff="monospace" data-testid="mos-key-fingerprint">{k.fingerprint}</Text> },
    { key: 'id', header: t('mos.keys.col.id'), visibleFrom: 'md', sortable: true, render: (k) => <Copyable value={k.id} dimmed label={k.id} /> },
    {
      key: 'actions',
      header: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
      width: 56,
      stickyRight: true,
      render: (k) => <ActionMenu item={k} name={k.name} actions={actions} runner={runner} />,
    },
  ];
  const rows = query.data && sortRows(query.data.items, sort, columnSortValue(columns));
  return (
    <Stack gap="md">
      <PageHeader
        title={t('mos.keys.title')}
        subtitle={t('mos.keys.subtitle')}
        action={
          <Group>
            <MosBalance />
            {importButton}
          </Group>
        }
      />
      <ResourceTable<MosKeyPair>
        label={t('mos.keys.title')}
        columns={columns}
        rows={rows}
        rowKey={(k) => k.id}
        tableId="mos-key-pairs"
        sort={sort}
        onSortChange={setSort}
        rowName={(k) => k.name}
        rowAttributes={(k) => ({ 'data-testid': 'mos-key-row', 'data-key-name': k.name })}
        loading={query.isLoading}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={{ title: t('mos.keys.empty.title'), description: t('mos.keys.empty.text'), action: importButton }}
        updatedAt={query.dataUpdatedAt}
        onRefresh={() => void query.refetch()}
        refreshing={query.isFetching && !query.isLoading}
      />
      <ImportKeyPairDialog opened={importing} onClose={() => setImporting(false)} />
      {runner.dialog}
    </Stack>
  );
}
