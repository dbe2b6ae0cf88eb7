import type { DbInstance } from '@console/api-types/client';
import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { sharedSearch } from '../../../context/account';
import { regionName } from '../../../context/regions';
import { useI18n } from '../../../i18n/i18n';
import { Copyable } from '../../../kit/Copyable';
import { RelativeTime } from '../../../kit/RelativeTime';
import { term } from '../shared/terms';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

/** What the instance is and how to reach it: the address and the port each with a copy button. */
export function OverviewSection({ db }: { db: DbInstance }) {
  const { t, lang } = useI18n();
  const [params] = useSearchParams();
  return (
    <Paper withBorder p="md" data-testid="db-overview">
      <Title order={4} mb="sm">
        {t('mysql.overview')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
        <Field label={t('db.field.address')}>
          <Copyable value={db.ip} label={t('db.addressOf', { name: db.name })} />
        </Field>
        <Field label={t('db.field.port')}>
          <Copyable value={db.port === undefined ? '' : String(db.port)} label={t('db.portOf', { name: db.name })} />
        </Field>
        <Field label={t('db.field.id')}>
          <Copyable value={db.id} label={t('db.idOf', { name: db.name })} />
        </Field>
        <Field label={t('db.field.version')}>
          <Text size="sm">{`${term(t, db.subProductName)} · MySQL ${db.version}`}</Text>
        </Field>
        <Field label={t('db.field.spec')}>
          <Text size="sm">{t('mysql.specLong', { cpu: db.cpu ?? '—', ram: (db.ramMb ?? 0) / 1024 })}</Text>
        </Field>
        <Field label={t('db.field.disk')}>
          <Text size="sm">{db.diskGb === undefined ? '—' : `${db.diskGb} GB`}</Text>
        </Field>
        <Field label={t('db.field.region')}>
          <Text size="sm">{`${regionName(db.regionId, lang)}${db.regionName && lang !== 'en' ? ` · ${db.regionName}` : ''}`}</Text>
        </Field>
        <Field label={t('db.field.vdc')}>
          <Text size="sm">{db.vdcName || db.vdcId}</Text>
        </Field>
        <Field label={t('db.field.link')}>
          <Text size="sm">{term(t, db.linkTypeText || db.linkType) || '—'}</Text>
        </Field>
        <Field label={t('db.field.created')}>
          <RelativeTime value={db.createdAt} />
        </Field>
        {db.masterId ? (
          <Field label={t('mysql.field.primary')}>
            <Anchor component={Link} to={`/databases/mysql/${db.masterId}${sharedSearch(params)}`} size="sm">
              {db.masterId}
            </Anchor>
          </Field>
        ) : null}
      </SimpleGrid>
    </Paper>
  );
}
