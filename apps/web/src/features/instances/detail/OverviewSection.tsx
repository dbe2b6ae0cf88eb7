import type { Instance } from '@console/api-types/client';
import { SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { regionName } from '../../../context/regions';
import { translateOr, useI18n } from '../../../i18n/i18n';
import { Copyable } from '../../../kit/Copyable';
import { RelativeTime } from '../../../kit/RelativeTime';
import { StatusBadge } from '../../../kit/StatusBadge';

function Field({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={600} component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0} data-testid={testId}>
        {children}
      </Text>
    </Stack>
  );
}

/** The instance at a glance: spec, state, billing, where it lives, when it was made, from what image. */
export function OverviewSection({ instance, imageName }: { instance: Instance; imageName?: string }) {
  const { t, lang } = useI18n();
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md" verticalSpacing="md" component="dl" m={0}>
      <Field label={t('compute.field.status')}>
        <StatusBadge status={instance.status} />
      </Field>
      <Field label={t('compute.field.spec')} testId="overview-spec">
        {instance.cpu !== undefined && instance.ram !== undefined ? t('instances.spec', { cpu: instance.cpu, ram: instance.ram }) : '—'}
      </Field>
      <Field label={t('compute.field.type')}>{instance.instanceType ? translateOr(t, `instanceType.${instance.instanceType}`, instance.instanceType) : '—'}</Field>
      <Field label={t('compute.field.charge')} testId="overview-charge">
        {translateOr(t, `charge.${instance.chargeType}`, instance.chargeType)}
      </Field>
      <Field label={t('compute.field.vdc')}>{instance.vdcName || instance.vdcId || '—'}</Field>
      <Field label={t('compute.field.region')}>{regionName(instance.regionId, lang)}</Field>
      <Field label={t('compute.field.created')}>
        <RelativeTime value={instance.createdAt} />
      </Field>
      <Field label={t('compute.field.image')} testId="overview-image">
        {imageName ?? instance.imageId ?? '—'}
      </Field>
      <Field label={t('compute.field.id')}>
        <Copyable value={instance.id} label={t('instances.idOf', { name: instance.name || instance.id })} />
      </Field>
    </SimpleGrid>
  );
}
