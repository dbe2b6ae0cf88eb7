import { cdsMemcached } from '@console/api-types/client';
import { Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { actionQuery } from '../../../api/query';
import { useAccountId } from '../../../context/AccountContext';
import { useT } from '../../../i18n/i18n';
import { Copyable } from '../../../kit/Copyable';
import { ErrorNotice } from '../../../kit/ErrorNotice';
import { term } from '../shared/terms';

const Field = ({ label, children }: { label: string; children: ReactNode }) => (
  <Stack gap={2}>
    <Text size="xs" c="dimmed">{label}</Text>
    <div>{children}</div>
  </Stack>
);

/** DescribeMemcachedInstance, shown when a row is opened: connection, size, limits, running time. */
export function MemcachedDetail({ id }: { id: string }) {
  const t = useT();
  const account = useAccountId();
  const query = useQuery(actionQuery(cdsMemcached.DescribeMemcachedInstance, { InstanceId: id }, account));
  if (query.isLoading) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (query.error || !query.data) return <ErrorNotice error={query.error} title={t('db.loadFailed')} onRetry={() => void query.refetch()} />;
  const m = query.data;
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} p="sm" data-testid="memcached-detail">
      <Field label={t('db.field.address')}><Copyable value={m.address} /></Field>
      <Field label={t('db.field.port')}><Copyable value={m.port === undefined ? '' : String(m.port)} /></Field>
      <Field label={t('db.field.version')}><Text size="sm">{`${term(t, m.confName)} ${m.version ?? ''}`}</Text></Field>
      <Field label={t('memcached.col.size')}><Text size="sm">{m.conf}</Text></Field>
      <Field label={t('memcached.maxConnections')}><Text size="sm">{m.maxConnections ?? '—'}</Text></Field>
      <Field label={t('memcached.runningTime')}><Text size="sm">{m.runningTime ?? '—'}</Text></Field>
      <Field label={t('db.field.region')}><Text size="sm">{m.siteName ?? m.regionId ?? '—'}</Text></Field>
      <Field label={t('db.field.vdc')}><Text size="sm">{m.vdcName ?? '—'}</Text></Field>
    </SimpleGrid>
  );
}
