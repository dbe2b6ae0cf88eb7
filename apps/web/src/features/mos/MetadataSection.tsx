import { mosMcs, mosMcsInstanceOps as ops, type MosInstance } from '@console/api-types/client';
import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useActionMutation } from '../../api/mutation';
import { actionQuery } from '../../api/query';
import { useAccountId } from '../../context/AccountContext';
import { useI18n } from '../../i18n/i18n';
import { notifyDone } from './notify';
import { ActionButton } from '../../kit/ActionButton';
import { ErrorNotice } from '../../kit/ErrorNotice';
import { metadataChanges, metadataProblems, type MetadataRow } from './mos-state';
import { Section } from './MosSections';

const rowsOf = (m: Record<string, string>): MetadataRow[] => Object.entries(m).map(([key, value]) => ({ key, value }));

/** The instance's metadata as editable key/value rows; Save sends only what changed (removed keys as empty values). */
export function MetadataSection({ instance }: { instance: MosInstance }) {
  const { t } = useI18n();
  const account = useAccountId();
  const q = useQuery(actionQuery(mosMcs.GetInstanceMetadata, { InstanceId: instance.id }, account));
  const [rows, setRows] = useState<MetadataRow[]>([]);
  const loadedAt = q.dataUpdatedAt;
  // Fresh rows from each answer (after a save too); edits in progress are kept until then.
  useEffect(() => {
    if (q.data) setRows(rowsOf(q.data));
  }, [loadedAt, q.data]);
  const save = useActionMutation(ops.PutInstanceMetadata, { describe: () => ({ label: t('mos.meta.save'), resource: instance.name }) });
  const changes = q.data ? metadataChanges(q.data, rows) : undefined;
  const problems = metadataProblems(rows);
  const set = (i: number, patch: Partial<MetadataRow>) => setRows((rs) => rs.map((r, k) => (k === i ? { ...r, ...patch } : r)));

  return (
    <Section title={t('mos.meta.title')} id="mos-metadata">
      {q.error ? <ErrorNotice error={q.error} title={t('mos.meta.title')} onRetry={() => void q.refetch()} /> : null}
      <Stack gap="xs">
        {q.data && rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('mos.meta.empty')}
          </Text>
        ) : null}
        {rows.map((r, i) => (
          <Group key={i} align="flex-start" wrap="nowrap" data-testid="mos-meta-row">
            <TextInput
              aria-label={`${t('mos.meta.key')} ${i + 1}`}
              placeholder={t('mos.meta.key')}
              value={r.key}
              onChange={(e) => set(i, { key: e.currentTarget.value })}
              error={problems.get(i) ? t(problems.get(i)!) : undefined}
              w={220}
              data-testid="mos-meta-key"
            />
            <TextInput
              aria-label={`${t('mos.meta.value')} ${i + 1}`}
              placeholder={t('mos.meta.value')}
              value={r.value}
              onChange={(e) => set(i, { value: e.currentTarget.value })}
              maxLength={1024}
              style={{ flex: 1 }}
              data-testid="mos-meta-value"
            />
            <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('mos.meta.remove', { key: r.key || String(i + 1) })} onClick={() => setRows((rs) => rs.filter((_, k) => k !== i))}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        ))}
        {save.error ? <ErrorNotice error={save.error} title={t('mos.meta.save')} /> : null}
        <Group>
          <Button variant="default" leftSection={<IconPlus size={16} />} onClick={() => setRows((rs) => [...rs, { key: '', value: '' }])} data-testid="mos-meta-add">
            {t('mos.meta.add')}
          </Button>
          <ActionButton
            catalog={ops.PutInstanceMetadata}
            loading={save.isPending}
            disabledReason={problems.size ? t([...problems.values()][0]!) : undefined}
            onClick={() => {
              if (!changes || problems.size) return;
              save.mutate(
                { InstanceId: instance.id, ...changes },
                { onSuccess: () => notifyDone(t, t('mos.meta.saved')) },
              );
            }}
            data-testid="mos-meta-save"
          >
            {t('mos.meta.save')}
          </ActionButton>
          {changes ? (
            <Button variant="subtle" onClick={() => q.data && setRows(rowsOf(q.data))}>
              {t('mos.meta.reset')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Section>
  );
}
