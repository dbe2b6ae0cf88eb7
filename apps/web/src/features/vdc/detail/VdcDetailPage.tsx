import { cdsNetworkOps, type Instance, type Vdc } from '@console/api-types/client';
import {
  Anchor,
  Button,
  EmptyState,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconMapQuestion, IconPlus } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useActionMutation } from '../../../api/mutation';
import { sharedSearch } from '../../../context/account';
import { regionName } from '../../../context/regions';
import { useI18n, useT } from '../../../i18n/i18n';
import type { ResourceAction } from '../../../kit/actions';
import { ActionButton } from '../../../kit/ActionButton';
import { ActionMenu } from '../../../kit/ActionMenu';
import { DetailSection, LabeledValue } from '../../../kit/DetailSection';
import { ErrorNotice } from '../../../kit/ErrorNotice';
import { StatusBadge } from '../../../kit/StatusBadge';
import { useActionRunner } from '../../../kit/useActionRunner';
import { reasonText, useVdc, useVdcInstances } from '../queries';
import { changeBlocked, deleteVdcBlocked } from '../rules';
import { AddPrivateDialog, AddPublicDialog } from './NetworkDialogs';
import { PrivateNetworks } from './PrivateNetworks';
import { PublicNetworks } from './PublicNetworks';
import { TrafficPanel } from './TrafficPanel';

/** /vdcs/:id: a VDC with its networks, the addresses and who uses them, its instances and live traffic. */
export function VdcDetailPage() {
  const { t, lang } = useI18n();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const listHref = `/vdcs${sharedSearch(params)}`;
  const { vdc, isLoading, error, refetch } = useVdc(id);
  const instancesQuery = useVdcInstances(id, !!vdc);
  const instances = useMemo(() => instancesQuery.data?.items ?? [], [instancesQuery.data]);
  const [adding, setAdding] = useState<'public' | 'private' | undefined>();
  const runner = useActionRunner<Vdc>(useCallback(() => navigate(listHref), [navigate, listHref]));
  const { mutateAsync: remove } = useActionMutation(cdsNetworkOps.DeleteVdc, {
    describe: () => ({ label: t('vdc.task.delete'), resource: vdc?.name }),
  });
  const actions = useMemo<ResourceAction<Vdc>[]>(
    () => [
      {
        id: 'delete-vdc',
        label: t('vdc.action.delete'),
        danger: true,
        catalog: cdsNetworkOps.DeleteVdc,
        disabledReason: ([v]) =>
          v
            ? reasonText(t, deleteVdcBlocked(v, instancesQuery.data ? instances.length : 1))
            : undefined,
        confirm: (items) => ({
          title: t('vdc.delete.title'),
          message: t('vdc.delete.message'),
          names: items.map((v) => v.name),
          confirmLabel: t('vdc.action.delete'),
          typeToConfirm: items[0]?.name,
        }),
        run: ([v]) => (v ? remove({ VdcId: v.id }) : Promise.resolve()),
      },
    ],
    [t, instances, instancesQuery.data, remove],
  );

  const back = (
    <Anchor component={Link} to={listHref} size="sm">
      ← {t('vdc.back')}
    </Anchor>
  );
  if (isLoading) {
    return (
      <Stack gap="md" data-testid="vdc-loading">
        {back}
        <Skeleton height={32} w={240} />
        <Skeleton height={160} />
      </Stack>
    );
  }
  if (error) {
    return (
      <Stack gap="md">
        {back}
        <ErrorNotice error={error} title={t('vdc.loadFailed')} onRetry={() => void refetch()} />
      </Stack>
    );
  }
  if (!vdc) {
    return (
      <EmptyState
        py={64}
        icon={<IconMapQuestion size={28} />}
        withIndicatorBackground
        title={t('vdc.notFound.title')}
        description={t('vdc.notFound.text')}
      >
        <Button mt="md" component={Link} to={listHref}>
          {t('vdc.back')}
        </Button>
      </EmptyState>
    );
  }
  const settled = reasonText(t, changeBlocked(vdc, { status: 'ok', name: vdc.name }));
  return (
    <Stack gap="md" data-testid="vdc-detail" data-vdc-id={vdc.id} data-status={vdc.status}>
      <div>
        {back}
        <Group justify="space-between" align="center" mt={4}>
          <Group gap="sm">
            <Title order={2} data-testid="vdc-detail-name">
              {vdc.name}
            </Title>
            <StatusBadge status={vdc.status} busy={vdc.status !== 'ok'} />
          </Group>
          <ActionMenu item={vdc} name={vdc.name} actions={actions} runner={runner} />
        </Group>
      </div>
      <DetailSection title={t('vdc.section.overview')} id="vdc-overview">
        <SimpleGrid cols={{ base: 1, sm: 4 }}>
          <LabeledValue label={t('vdc.field.id')}>
            <Text size="sm" ff="monospace">
              {vdc.id}
            </Text>
          </LabeledValue>
          <LabeledValue label={t('vdc.field.region')}>
            {regionName(vdc.regionId, lang)}
          </LabeledValue>
          <LabeledValue label={t('vdc.field.created')}>{vdc.createdAt ?? '—'}</LabeledValue>
          <LabeledValue label={t('vdc.field.status')}>
            <StatusBadge status={vdc.status} busy={vdc.status !== 'ok'} />
          </LabeledValue>
        </SimpleGrid>
      </DetailSection>
      <DetailSection
        title={t('vdc.section.public')}
        id="vdc-public"
        action={
          <ActionButton
            size="xs"
            variant="light"
            catalog={cdsNetworkOps.CreatePublicNetwork}
            disabledReason={settled}
            leftSection={<IconPlus size={14} />}
            onClick={() => setAdding('public')}
            data-testid="add-public"
          >
            {t('vdc.action.addPublic')}
          </ActionButton>
        }
      >
        <PublicNetworks vdc={vdc} instances={instances} />
      </DetailSection>
      <DetailSection
        title={t('vdc.section.private')}
        id="vdc-private"
        action={
          <ActionButton
            size="xs"
            variant="light"
            catalog={cdsNetworkOps.CreatePrivateNetwork}
            disabledReason={settled}
            leftSection={<IconPlus size={14} />}
            onClick={() => setAdding('private')}
            data-testid="add-private"
          >
            {t('vdc.action.addPrivate')}
          </ActionButton>
        }
      >
        <PrivateNetworks vdc={vdc} instances={instances} />
      </DetailSection>
      <DetailSection title={t('vdc.section.instances')} id="vdc-instances">
        <VdcInstances instances={instances} search={sharedSearch(params)} />
      </DetailSection>
      <DetailSection title={t('vdc.section.traffic')} id="vdc-traffic">
        <TrafficPanel vdc={vdc} />
      </DetailSection>
      <AddPublicDialog
        vdc={vdc}
        opened={adding === 'public'}
        onClose={() => setAdding(undefined)}
      />
      <AddPrivateDialog
        vdc={vdc}
        opened={adding === 'private'}
        onClose={() => setAdding(undefined)}
      />
      {runner.dialog}
    </Stack>
  );
}

function VdcInstances({ instances, search }: { instances: readonly Instance[]; search: string }) {
  const t = useT();
  if (instances.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('vdc.instances.none')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing={4} fz="sm" aria-label={t('vdc.section.instances')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('vdc.instances.col.name')}</Table.Th>
            <Table.Th>{t('vdc.col.status')}</Table.Th>
            <Table.Th>{t('vdc.instances.col.public')}</Table.Th>
            <Table.Th>{t('vdc.instances.col.private')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {instances.map((i) => (
            <Table.Tr key={i.id} data-testid="vdc-instance">
              <Table.Td>
                <Anchor component={Link} to={`/instances/${i.id}${search}`} size="sm">
                  {i.name || i.id}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={i.status} />
              </Table.Td>
              <Table.Td ff="monospace">{i.publicIps.join(', ') || '—'}</Table.Td>
              <Table.Td ff="monospace">{i.privateIps.join(', ') || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
