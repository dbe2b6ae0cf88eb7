import { cdsCcsInstanceOps, type Instance, type NetworkInterface } from '@console/api-types/client';
import { Badge, Text, VisuallyHidden } from '@mantine/core';
import { IconEdit, IconPlugConnected, IconPlugConnectedX, IconUnlink } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useActionMutation } from '../../../api/mutation';
import { useT } from '../../../i18n/i18n';
import type { ResourceAction } from '../../../kit/actions';
import { ActionMenu } from '../../../kit/ActionMenu';
import { Copyable } from '../../../kit/Copyable';
import type { Column } from '../../../kit/ResourceTable';
import { useActionRunner } from '../../../kit/useActionRunner';
import { markInstances } from '../optimistic';
import { DetailTable } from './DetailTable';
import { IpDialog } from './IpDialog';
import { connectBlocked, disconnectBlocked, hardwareBlocked, unbindBlocked } from './rules';

interface NicItem extends NetworkInterface {
  kind: 'public' | 'private';
}

/** Public and private interfaces: connect, disconnect, bind, change or unbind the address. */
export function InterfacesSection({ instance }: { instance: Instance }) {
  const t = useT();
  const qc = useQueryClient();
  const name = instance.name || instance.id;
  const runner = useActionRunner<NicItem>();
  const [ipFor, setIpFor] = useState<NicItem | undefined>();
  const [ipOpen, setIpOpen] = useState(false);
  const mark = (input: { InstanceId: string }, account: string) => markInstances(qc, [input.InstanceId], 'updating', account);
  const { mutateAsync: connectAsync } = useActionMutation(cdsCcsInstanceOps.ConnectNetworkInterface, {
    describe: () => ({ label: t('compute.action.connect'), resource: name }),
    onMutate: mark,
  });
  const { mutateAsync: disconnectAsync } = useActionMutation(cdsCcsInstanceOps.DisconnectNetworkInterface, {
    describe: () => ({ label: t('compute.action.disconnect'), resource: name }),
    onMutate: mark,
  });
  const { mutateAsync: unbindAsync } = useActionMutation(cdsCcsInstanceOps.ModifyIpAddress, {
    describe: () => ({ label: t('compute.action.unbindIp'), resource: name }),
    onMutate: mark,
  });

  const actions = useMemo<ResourceAction<NicItem>[]>(() => {
    const reason = (rule: (i: Instance, n: NetworkInterface) => ReturnType<typeof hardwareBlocked>) => (items: NicItem[]) => {
      const key = items[0] ? rule(instance, items[0]) : undefined;
      return key ? t(key) : undefined;
    };
    return [
      {
        id: 'connect',
        label: t('compute.action.connect'),
        icon: <IconPlugConnected size={16} />,
        catalog: cdsCcsInstanceOps.ConnectNetworkInterface,
        disabledReason: reason(connectBlocked),
        run: ([n]) => (n ? connectAsync({ InstanceId: instance.id, InterfaceId: n.id }) : Promise.resolve()),
      },
      {
        id: 'change-ip',
        label: t('compute.action.changeIp'),
        icon: <IconEdit size={16} />,
        catalog: cdsCcsInstanceOps.ModifyIpAddress,
        disabledReason: reason(hardwareBlocked),
        run: async ([n]) => {
          setIpFor(n);
          setIpOpen(true);
        },
      },
      {
        id: 'unbind-ip',
        label: t('compute.action.unbindIp'),
        icon: <IconUnlink size={16} />,
        catalog: cdsCcsInstanceOps.ModifyIpAddress,
        danger: true,
        disabledReason: reason(unbindBlocked),
        confirm: (items) => ({
          title: t('compute.nic.unbindTitle'),
          message: t('compute.nic.unbindMessage'),
          names: items.map((n) => `${n.name || n.id} · ${n.ip}`),
          confirmLabel: t('compute.action.unbindIp'),
          danger: true,
        }),
        run: ([n]) => (n ? unbindAsync({ InstanceId: instance.id, InterfaceId: n.id, Address: 'None' }) : Promise.resolve()),
      },
      {
        id: 'disconnect',
        label: t('compute.action.disconnect'),
        icon: <IconPlugConnectedX size={16} />,
        catalog: cdsCcsInstanceOps.DisconnectNetworkInterface,
        danger: true,
        disabledReason: reason(disconnectBlocked),
        confirm: (items) => ({
          title: t('compute.nic.disconnectTitle'),
          message: t('compute.nic.disconnectMessage'),
          names: items.map((n) => `${n.name || n.id} · ${n.ip || '—'}`),
          confirmLabel: t('compute.action.disconnect'),
          danger: false,
        }),
        run: ([n]) => (n ? disconnectAsync({ InstanceId: instance.id, InterfaceId: n.id }) : Promise.resolve()),
      },
    ];
  }, [t, instance, connectAsync, disconnectAsync, unbindAsync]);

  const rows: NicItem[] = [
    ...instance.publicInterfaces.map((n) => ({ ...n, kind: 'public' as const })),
    ...instance.privateInterfaces.map((n) => ({ ...n, kind: 'private' as const })),
  ];
  const columns: Column<NicItem>[] = [
    { key: 'name', header: t('compute.nic.col.name'), render: (n) => <Text size="sm" fw={600}>{n.name || n.id}</Text> },
    {
      key: 'kind',
      header: t('compute.nic.col.kind'),
      nowrap: true,
      render: (n) => (
        <Badge variant="light" color={n.kind === 'public' ? 'indigo' : 'gray'} radius="sm" styles={{ label: { textTransform: 'none' } }}>
          {t(n.kind === 'public' ? 'compute.nic.public' : 'compute.nic.private')}
        </Badge>
      ),
    },
    {
      key: 'ip',
      header: t('compute.nic.col.ip'),
      nowrap: true,
      render: (n) => (n.ip ? <Copyable value={n.ip} label={n.ip} /> : <Text size="sm" c="dimmed">—</Text>),
    },
    { key: 'mac', header: t('compute.nic.col.mac'), visibleFrom: 'md', render: (n) => <Text size="sm" ff="monospace">{n.mac || '—'}</Text> },
    {
      key: 'state',
      header: t('compute.nic.col.state'),
      nowrap: true,
      render: (n) => (
        <Badge variant="dot" color={n.connected ? 'teal' : 'gray'} styles={{ label: { textTransform: 'none' } }} data-testid="nic-state">
          {t(n.connected ? 'compute.nic.connected' : 'compute.nic.disconnected')}
        </Badge>
      ),
    },
    {
      key: 'actions',
      header: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
      width: 56,
      render: (n) => <ActionMenu item={n} name={n.name || n.id} actions={actions} runner={runner} />,
    },
  ];
  return (
    <>
      <DetailTable<NicItem>
        label={t('compute.section.interfaces')}
        columns={columns}
        rows={rows}
        rowKey={(n) => n.id}
        rowAttributes={(n) => ({
          'data-testid': 'nic-row',
          'data-nic-kind': n.kind,
          'data-nic-name': n.name,
          'data-connected': String(n.connected),
          'data-ip': n.ip,
        })}
        empty={t('compute.nic.none')}
      />
      <IpDialog instance={instance} nic={ipFor} opened={ipOpen} onClose={() => setIpOpen(false)} />
      {runner.dialog}
    </>
  );
}
