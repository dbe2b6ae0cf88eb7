import type { MosInstance } from '@console/api-types/client';
import { Anchor, Button, EmptyState, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { useCallback } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useRunReason } from '../../auth/permission';
import { sharedSearch } from '../../context/account';
import { useI18n } from '../../i18n/i18n';
import { reasonDisabled } from '../../kit/actions';
import { ActionMenu } from '../../kit/ActionMenu';
import { ErrorNotice } from '../../kit/ErrorNotice';
import { StatusBadge } from '../../kit/StatusBadge';
import { MetadataSection } from './MetadataSection';
import { MosBalance } from './MosBalance';
import { InterfacesSection, OverviewSection, PasswordSection, VolumesSection } from './MosSections';
import { isMosTransitional } from './mos-state';
import { useMosActions } from './useMosActions';
import { useMosInstance } from './useMos';

/** /mos/instances/:id: one MOS instance — overview and lease, disks, interfaces, initial password, metadata, every action. */
export function MosInstanceDetailPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const runReason = useRunReason();
  const listHref = `/mos/instances${sharedSearch(params)}`;
  const q = useMosInstance(id);
  const { actions, runner, dialogs } = useMosActions(useCallback(() => navigate(listHref), [navigate, listHref]));
  const instance = q.data;
  const back = (
    <Anchor component={Link} to={listHref} size="sm">
      ← {t('mos.detail.back')}
    </Anchor>
  );
  if (q.isLoading) {
    return (
      <Stack gap="md" data-testid="detail-loading">
        {back}
        <Skeleton height={32} w={240} />
        <Skeleton height={120} />
      </Stack>
    );
  }
  if (q.error) return <Stack gap="md">{back}<ErrorNotice error={q.error} title={t('mos.title')} onRetry={() => void q.refetch()} /></Stack>;
  if (!instance) {
    return (
      <Stack gap="md">
        {back}
        <EmptyState icon={<IconMapQuestion size={28} />} withIndicatorBackground title={t('mos.detail.notFound')} data-testid="mos-not-found" />
      </Stack>
    );
  }
  const quick = (['start', 'stop'] as const)
    .map((a) => actions.find((x) => x.id === a)!)
    .filter((a) => !reasonDisabled(a, [instance], runReason));
  return (
    <Stack gap="md" data-testid="mos-detail" data-instance-id={instance.id} data-status={instance.status}>
      {back}
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2}>{instance.name || instance.id}</Title>
            <StatusBadge status={instance.status} busy={isMosTransitional(instance.status)} />
          </Group>
          <Text size="sm" c="dimmed">
            {instance.instanceType}
          </Text>
        </Stack>
        <Group>
          <MosBalance />
          {quick.map((a) => (
            <Button key={a.id} variant="light" leftSection={a.icon} onClick={() => runner.request(a, [instance])} data-testid={`mos-detail-${a.id}`}>
              {a.label}
            </Button>
          ))}
          <ActionMenu<MosInstance> item={instance} name={instance.name || instance.id} actions={actions} runner={runner} />
        </Group>
      </Group>
      <OverviewSection instance={instance} />
      <PasswordSection instance={instance} />
      <MetadataSection instance={instance} />
      <VolumesSection instance={instance} />
      <InterfacesSection instance={instance} />
      {dialogs}
    </Stack>
  );
}
