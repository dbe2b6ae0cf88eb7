import {
  RENEWING_METHODS,
  cdsNetworkOps,
  type Instance,
  type PublicNetwork,
  type PublicSegment,
  type Vdc,
} from '@console/api-types/client';
import {
  Anchor,
  Badge,
  Code,
  Group,
  Paper,
  ScrollArea,
  SimpleGrid,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { IconArrowsUpDown, IconPlus, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useActionMutation } from '../../../api/mutation';
import { sharedSearch } from '../../../context/account';
import { translateOr, useT } from '../../../i18n/i18n';
import type { ResourceAction } from '../../../kit/actions';
import { ActionMenu } from '../../../kit/ActionMenu';
import { LabeledValue } from '../../../kit/DetailSection';
import { StatusBadge } from '../../../kit/StatusBadge';
import { useActionRunner } from '../../../kit/useActionRunner';
import { segmentUse } from '../addresses';
import { reasonText } from '../queries';
import {
  bandwidthBlocked,
  changeBlocked,
  deletePublicBlocked,
  deleteSegmentBlocked,
  renewBlocked,
} from '../rules';
import { AddIpsDialog, BandwidthDialog } from './NetworkDialogs';

/** Auto-renewal means something only for the billing methods that renew. */
const renews = (p: PublicNetwork) => !p.billingMethod || RENEWING_METHODS.includes(p.billingMethod);

type Dialog = { kind: 'bandwidth' | 'ips'; network: PublicNetwork } | undefined;

/** The VDC's public networks: bandwidth type, billing, Qos, each block's addresses and who uses them. */
export function PublicNetworks({ vdc, instances }: { vdc: Vdc; instances: readonly Instance[] }) {
  const t = useT();
  const runner = useActionRunner<PublicNetwork>();
  const segmentRunner = useActionRunner<PublicSegment & { network: PublicNetwork }>();
  const [dialog, setDialog] = useState<Dialog>();
  const [open, setOpen] = useState(false);
  const show = (kind: 'bandwidth' | 'ips', network: PublicNetwork) => {
    setDialog({ kind, network });
    setOpen(true);
  };
  const { mutateAsync: renew } = useActionMutation(cdsNetworkOps.RenewPublicNetwork, {
    describe: () => ({ label: t('vdc.field.autoRenew') }),
  });
  const { mutateAsync: remove } = useActionMutation(cdsNetworkOps.DeletePublicNetwork, {
    describe: (i) => ({
      label: t('vdc.action.deletePublic'),
      resource: vdc.publicNetworks.find((p) => p.id === i.PublicId)?.name,
    }),
  });
  const { mutateAsync: removeSegment } = useActionMutation(cdsNetworkOps.DeletePublicIp, {
    describe: () => ({ label: t('vdc.action.deleteSegment'), resource: vdc.name }),
  });

  const actions = useMemo<ResourceAction<PublicNetwork>[]>(
    () => [
      {
        id: 'bandwidth',
        label: t('vdc.action.bandwidth'),
        icon: <IconArrowsUpDown size={16} />,
        catalog: cdsNetworkOps.ModifyPublicNetwork,
        disabledReason: ([p]) => (p ? reasonText(t, bandwidthBlocked(vdc, p)) : undefined),
        run: async ([p]) => p && show('bandwidth', p),
      },
      {
        id: 'add-ips',
        label: t('vdc.action.addIps'),
        icon: <IconPlus size={16} />,
        catalog: cdsNetworkOps.AddPublicIp,
        disabledReason: ([p]) => (p ? reasonText(t, changeBlocked(vdc, p)) : undefined),
        run: async ([p]) => p && show('ips', p),
      },
      {
        id: 'renew',
        label: t('vdc.action.renew'),
        icon: <IconRefresh size={16} />,
        catalog: cdsNetworkOps.RenewPublicNetwork,
        disabledReason: ([p]) => (p ? reasonText(t, renewBlocked(p)) : undefined),
        run: ([p]) =>
          p
            ? renew({ PublicId: p.id, AutoRenew: p.autoRenew === false ? 1 : 0 })
            : Promise.resolve(),
      },
      {
        id: 'delete-public',
        label: t('vdc.action.deletePublic'),
        icon: <IconTrash size={16} />,
        danger: true,
        catalog: cdsNetworkOps.DeletePublicNetwork,
        disabledReason: ([p]) => (p ? reasonText(t, deletePublicBlocked(vdc, p)) : undefined),
        confirm: (items) => ({
          title: t('vdc.deletePublic.title'),
          message: t('vdc.deletePublic.message'),
          names: items.map((p) => p.name),
          confirmLabel: t('vdc.action.deletePublic'),
          typeToConfirm: items[0]?.name,
        }),
        run: ([p]) => (p ? remove({ PublicId: p.id }) : Promise.resolve()),
      },
    ],
    [t, vdc, renew, remove],
  );
  const segmentActions = useMemo<ResourceAction<PublicSegment & { network: PublicNetwork }>[]>(
    () => [
      {
        id: 'delete-segment',
        label: t('vdc.action.deleteSegment'),
        icon: <IconTrash size={16} />,
        danger: true,
        catalog: cdsNetworkOps.DeletePublicIp,
        disabledReason: ([s]) =>
          s
            ? reasonText(
                t,
                deleteSegmentBlocked(
                  vdc,
                  s.network,
                  s,
                  segmentUse(s, instances).filter((a) => a.instance).length,
                ),
              )
            : undefined,
        confirm: (items) => ({
          title: t('vdc.deleteSegment.title'),
          message: t('vdc.deleteSegment.message'),
          names: items.map((s) => `${s.address}/${s.mask}`),
          confirmLabel: t('vdc.action.deleteSegment'),
        }),
        run: ([s]) => (s ? removeSegment({ SegmentId: s.id }) : Promise.resolve()),
      },
    ],
    [t, vdc, instances, removeSegment],
  );

  if (vdc.publicNetworks.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('vdc.noPublic')}
      </Text>
    );
  return (
    <Stack gap="md">
      {vdc.publicNetworks.map((p) => (
        <Paper
          key={p.id}
          withBorder
          radius="sm"
          p="sm"
          data-testid="public-network"
          data-name={p.name}
          data-status={p.status}
          data-qos={p.qos}
        >
          <Group justify="space-between" mb="xs">
            <Group gap="xs">
              <Text fw={600}>{p.name}</Text>
              <StatusBadge status={p.status} busy={p.status !== 'ok'} />
            </Group>
            <ActionMenu item={p} name={p.name} actions={actions} runner={runner} />
          </Group>
          <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs" mb="sm">
            <LabeledValue label={t('vdc.field.type')}>{p.type ?? '—'}</LabeledValue>
            <LabeledValue label={t('vdc.field.method')}>
              {p.billingMethod
                ? translateOr(t, `vdc.method.${p.billingMethod}`, p.billingMethod)
                : '—'}
            </LabeledValue>
            <LabeledValue label={t('vdc.field.qos')} testId="public-qos">
              {p.billingMethod === 'DataPackage'
                ? t('vdc.gb', { n: p.qos })
                : t('vdc.mbps', { n: p.qos })}
            </LabeledValue>
            <LabeledValue label={t('vdc.field.autoRenew')}>
              {p.autoRenew === undefined || !renews(p)
                ? '—'
                : t(p.autoRenew ? 'vdc.on' : 'vdc.off')}
            </LabeledValue>
            <LabeledValue label={t('vdc.field.free')}>{p.unusedIpCount}</LabeledValue>
          </SimpleGrid>
          <Stack gap="xs">
            {p.segments.map((s) => (
              <Segment
                key={s.id}
                segment={s}
                instances={instances}
                menu={
                  <ActionMenu
                    item={{ ...s, network: p }}
                    name={`${s.address}/${s.mask}`}
                    actions={segmentActions}
                    runner={segmentRunner}
                  />
                }
              />
            ))}
          </Stack>
        </Paper>
      ))}
      {dialog ? (
        <>
          <BandwidthDialog
            vdc={vdc}
            network={dialog.network}
            opened={open && dialog.kind === 'bandwidth'}
            onClose={() => setOpen(false)}
          />
          <AddIpsDialog
            network={dialog.network}
            opened={open && dialog.kind === 'ips'}
            onClose={() => setOpen(false)}
          />
        </>
      ) : null}
      {runner.dialog}
      {segmentRunner.dialog}
    </Stack>
  );
}

/** One block: its range and gateway, and each usable address with the instance on it. */
function Segment({
  segment,
  instances,
  menu,
}: {
  segment: PublicSegment;
  instances: readonly Instance[];
  menu: React.ReactNode;
}) {
  const t = useT();
  const [params] = useSearchParams();
  const uses = segmentUse(segment, instances);
  const label = `${segment.address}/${segment.mask}`;
  return (
    <div data-testid="segment" data-segment={label}>
      <Group justify="space-between" gap="xs">
        <Group gap="xs">
          <Code>{label}</Code>
          <Text size="xs" c="dimmed">
            {t('vdc.segment.gateway', { gateway: segment.gateway })}
          </Text>
        </Group>
        {menu}
      </Group>
      <ScrollArea.Autosize mah={180} type="auto">
        <Table fz="xs" verticalSpacing={2} aria-label={t('vdc.addressesOf', { segment: label })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('vdc.address.col.ip')}</Table.Th>
              <Table.Th>{t('vdc.address.col.user')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {uses.map((u) => (
              <Table.Tr key={u.ip}>
                <Table.Td ff="monospace">{u.ip}</Table.Td>
                <Table.Td>
                  {u.instance ? (
                    <Anchor
                      component={Link}
                      to={`/instances/${u.instance.id}${sharedSearch(params)}`}
                      size="xs"
                    >
                      {u.instance.name}
                    </Anchor>
                  ) : (
                    <Badge
                      size="xs"
                      variant="outline"
                      color="gray"
                      styles={{ label: { textTransform: 'none' } }}
                    >
                      {t('vdc.address.free')}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </div>
  );
}
