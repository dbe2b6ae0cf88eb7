import { Code, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Copyable } from '../../kit/Copyable';
import { exactTime, toMillis } from '../../kit/time';
import type { AuditEntry } from './api';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

/** An opened audit row: parameters as JSON (secrets are redacted by the server), task ids, request ids. */
export function AuditDetails({ entry }: { entry: AuditEntry }) {
  const { t, lang } = useI18n();
  const ms = toMillis(entry.time);
  return (
    <Stack gap="sm" data-testid="audit-details">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <Field label={t('audit.detail.time')}>
          <Text size="sm">{ms === undefined ? entry.time : exactTime(ms, lang)}</Text>
        </Field>
        {entry.finishedAt ? (
          <Field label={t('audit.detail.finished')}>
            <Text size="sm">{exactTime(toMillis(entry.finishedAt) ?? 0, lang)}</Text>
          </Field>
        ) : null}
        <Field label={t('audit.detail.requestId')}>
          <Copyable value={entry.requestId} />
        </Field>
        <Field label={t('audit.detail.upstreamRequestId')}>
          <Copyable value={entry.upstreamRequestId ?? ''} />
        </Field>
        <Field label={t('audit.detail.ip')}>
          <Text size="sm" ff="monospace">
            {entry.ip || '—'}
          </Text>
        </Field>
      </SimpleGrid>
      <Field label={t('audit.detail.tasks')}>
        {entry.taskIds.length ? (
          <Group gap="xs" data-testid="audit-task-ids">
            {entry.taskIds.map((id) => (
              <Copyable key={id} value={id} />
            ))}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('audit.detail.noTasks')}
          </Text>
        )}
      </Field>
      <Field label={t('audit.detail.params')}>
        <Code block data-testid="audit-params" style={{ maxHeight: 280, overflow: 'auto', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {JSON.stringify(entry.params ?? {}, null, 2)}
        </Code>
      </Field>
    </Stack>
  );
}
