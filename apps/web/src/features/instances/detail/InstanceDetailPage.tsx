import type { Instance } from '@console/api-types/client';
import { Anchor, Button, EmptyState, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconMapQuestion, IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import { Suspense, useCallback, type ReactNode } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { sharedSearch } from '../../../context/account';
import { useRunReason } from '../../../auth/permission';
import { useT } from '../../../i18n/i18n';
import { reasonDisabled, type ResourceAction } from '../../../kit/actions';
import { ActionMenu } from '../../../kit/ActionMenu';
import { ErrorNotice } from '../../../kit/ErrorNotice';
import { StatusBadge } from '../../../kit/StatusBadge';
import { useActionRunner } from '../../../kit/useActionRunner';
import { useInstanceActions } from '../useInstanceActions';
import { DisksSection } from './DisksSection';
import { InterfacesSection } from './InterfacesSection';
import { OverviewSection } from './OverviewSection';
import { useComputeActions } from './useComputeActions';
import { useInstanceGoods } from './useImageChoices';
import { useInstance } from './useInstance';
import { InstanceMonitoring } from '../../monitoring/public';
import { InstanceSecurityGroups } from '../../security-groups/public';

// The charts (recharts) are most of the bundle's weight: fetched only when a detail page opens.

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={id}>
      <Title order={3} size="h5" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The power button that fits the state: power on a stopped instance, power off a running one. */
function PowerButton({ instance, actions, request }: { instance: Instance; actions: ResourceAction<Instance>[]; request: (a: ResourceAction<Instance>) => void }) {
  const runReason = useRunReason();
  const id = instance.status === 'stop' ? 'power-on' : 'stop';
  const action = actions.find((a) => a.id === id);
  if (!action || reasonDisabled(action, [instance], runReason)) return null;
  return (
    <Button variant="light" leftSection={id === 'stop' ? <IconPlayerStop size={16} /> : <IconPlayerPlay size={16} />} onClick={() => request(action)} data-testid={`detail-${id}`}>
      {action.label}
    </Button>
  );
}

/** /instances/:id: one instance with its disks, interfaces and charts, and every action on it. */
export function InstanceDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const listHref = `/instances${sharedSearch(params)}`;
  const { instance, isLoading, error, refetch } = useInstance(id);
  const lookupName = useCallback((x: string) => (x === instance?.id ? instance.name || x : x), [instance]);
  const base = useInstanceActions(lookupName);
  const current = useCallback((x: string) => (x === instance?.id ? instance : undefined), [instance]);
  const compute = useComputeActions(current);
  const [stop, powerOn, remove] = ['stop', 'power-on', 'delete'].map((a) => base.find((b) => b.id === a));
  const actions = [stop, powerOn, ...compute.actions, remove].filter((a): a is ResourceAction<Instance> => !!a);
  const runner = useActionRunner<Instance>(useCallback((a: ResourceAction<Instance>) => a.id === 'delete' && navigate(listHref), [navigate, listHref]));
  const goods = useInstanceGoods(instance, !!instance);
  const imageName = goods.images.find((i) => i.id === instance?.imageId)?.name;

  const back = (
    <Anchor component={Link} to={listHref} size="sm">
      ← {t('compute.back')}
    </Anchor>
  );
  if (isLoading) {
    return (
      <Stack gap="md" data-testid="detail-loading">
        {back}
        <Skeleton height={32} w={240} />
        <Skeleton height={120} />
      </Stack>
    );
  }
  if (error) {
    return (
      <Stack gap="md">
        {back}
        <ErrorNotice error={error} title={t('compute.loadFailed')} onRetry={() => void refetch()} />
      </Stack>
    );
  }
  if (!instance) {
    return (
      <EmptyState py={64} icon={<IconMapQuestion size={28} />} withIndicatorBackground title={t('compute.notFound.title')} description={t('compute.notFound.text')}>
        <Button mt="md" component={Link} to={listHref}>
          {t('compute.back')}
        </Button>
      </EmptyState>
    );
  }
  const name = instance.name || instance.id;
  return (
    <Stack gap="md" data-testid="instance-detail" data-instance-id={instance.id} data-status={instance.status}>
      <div>
        {back}
        <Group justify="space-between" align="center" mt={4} gap="sm">
          <Group gap="sm" align="center">
            <Title order={2} data-testid="detail-name">
              {name}
            </Title>
            <StatusBadge status={instance.status} />
          </Group>
          <Group gap="xs" role="group" aria-label={t('compute.headerActions')}>
            <PowerButton instance={instance} actions={actions} request={(a) => runner.request(a, [instance])} />
            <ActionMenu item={instance} name={name} actions={actions} runner={runner} />
          </Group>
        </Group>
        <Text size="xs" c="dimmed" ff="monospace">
          {instance.id}
        </Text>
      </div>
      <Section title={t('compute.section.overview')} id="section-overview">
        <OverviewSection instance={instance} imageName={imageName} />
      </Section>
      <Section title={t('compute.section.disks')} id="section-disks">
        <DisksSection instance={instance} />
      </Section>
      <Section title={t('compute.section.interfaces')} id="section-interfaces">
        <InterfacesSection instance={instance} />
      </Section>
      <Section title={t('compute.section.securityGroups')} id="section-security-groups">
        <InstanceSecurityGroups instance={instance} />
      </Section>
      <Section title={t('compute.section.monitoring')} id="section-monitoring">
        <Suspense fallback={<Skeleton h={240} />}>
          <InstanceMonitoring instance={instance} />
        </Suspense>
      </Section>
      {runner.dialog}
      {compute.dialogs}
    </Stack>
  );
}
