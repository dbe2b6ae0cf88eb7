import {
  cdsNetworkOps,
  type Instance,
  type PrivateNetwork,
  type Vdc,
} from '@console/api-types/client';
import { Anchor, Code, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useActionMutation } from '../../../api/mutation';
import { sharedSearch } from '../../../context/account';
import { useT } from '../../../i18n/i18n';
import type { ResourceAction } from '../../../kit/actions';
import { ActionMenu } from '../../../kit/ActionMenu';
import { StatusBadge } from '../../../kit/StatusBadge';
import { useActionRunner } from '../../../kit/useActionRunner';
import { privateInUse, privateSize, privateUse } from '../addresses';
import { reasonText } from '../queries';
import { deletePrivateBlocked } from '../rules';

/** The VDC's private networks: CIDR, addresses in use and by whom; delete when nothing is on it. */
export function PrivateNetworks({ vdc, instances }: { vdc: Vdc; instances: readonly Instance[] }) {
  const t = useT();
  const [params] = useSearchParams();
  const runner = useActionRunner<PrivateNetwork>();
  const { mutateAsync: remove } = useActionMutation(cdsNetworkOps.DeletePrivateNetwork, {
    describe: (i) => ({
      label: t('vdc.action.deletePrivate'),
      resource: vdc.privateNetworks.find((p) => p.id === i.PrivateId)?.name,
    }),
  });
  const users = (p: PrivateNetwork) => privateUse(p, instances);
  const actions = useMemo<ResourceAction<PrivateNetwork>[]>(
    () => [
      {
        id: 'delete-private',
        label: t('vdc.action.deletePrivate'),
        icon: <IconTrash size={16} />,
        danger: true,
        catalog: cdsNetworkOps.DeletePrivateNetwork,
        disabledReason: ([p]) =>
          p
            ? reasonText(t, deletePrivateBlocked(vdc, p, privateUse(p, instances).length))
            : undefined,
        confirm: (items) => ({
          title: t('vdc.deletePrivate.title'),
          message: t('vdc.deletePrivate.message'),
          names: items.map((p) => `${p.name} · ${p.cidr ?? ''}`),
          confirmLabel: t('vdc.action.deletePrivate'),
          typeToConfirm: items[0]?.name,
        }),
        run: ([p]) => (p ? remove({ PrivateId: p.id }) : Promise.resolve()),
      },
    ],
    [t, vdc, instances, remove],
  );
  if (vdc.privateNetworks.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('vdc.noPrivate')}
      </Text>
    );
  return (
    <>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing="xs" aria-label={t('vdc.privateNetworksOf', { name: vdc.name })}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('vdc.col.network')}</Table.Th>
              <Table.Th>{t('vdc.private.col.cidr')}</Table.Th>
              <Table.Th>{t('vdc.private.col.used')}</Table.Th>
              <Table.Th>{t('vdc.private.col.users')}</Table.Th>
              <Table.Th w={56}>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {vdc.privateNetworks.map((p) => (
              <Table.Tr
                key={p.id}
                data-testid="private-network"
                data-name={p.name}
                data-status={p.status}
              >
                <Table.Td>
                  <Group gap="xs">
                    <Text size="sm" fw={600}>
                      {p.name}
                    </Text>
                    <StatusBadge status={p.status} busy={p.status !== 'ok'} />
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Code>{p.cidr ?? p.segments.join(', ')}</Code>
                </Table.Td>
                <Table.Td>
                  {t('vdc.private.usedOf', { used: privateInUse(p), size: privateSize(p) ?? '—' })}
                </Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    {users(p).map((u) => (
                      <Anchor
                        key={u.ip}
                        component={Link}
                        to={`/instances/${u.instance!.id}${sharedSearch(params)}`}
                        size="xs"
                      >
                        {u.instance!.name}{' '}
                        <Text span size="xs" c="dimmed" ff="monospace">
                          {u.ip}
                        </Text>
                      </Anchor>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <ActionMenu item={p} name={p.name} actions={actions} runner={runner} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {runner.dialog}
    </>
  );
}
