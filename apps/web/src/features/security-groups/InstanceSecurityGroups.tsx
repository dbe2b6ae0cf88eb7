import {
  cdsCcsSecurityGroups,
  type Instance,
  type NetworkInterface,
} from '@console/api-types/client';
import { Anchor, Badge, Select, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconLink, IconUnlink } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useActionMutation } from '../../api/mutation';
import { sharedSearch } from '../../context/account';
import { useT } from '../../i18n/i18n';
import type { ResourceAction } from '../../kit/actions';
import { ActionMenu } from '../../kit/ActionMenu';
import { FormDialog } from '../../kit/FormDialog';
import { StatusBadge } from '../../kit/StatusBadge';
import { useActionRunner } from '../../kit/useActionRunner';
import { useWhenOpened } from '../../kit/useWhenOpened';
import { interfaceChoices } from './members';
import './messages';
import { useMembership, type Membership } from './queries';

interface Row {
  nic: NetworkInterface;
  kind: 'public' | 'private';
  member?: Membership;
}

const entryOf = (instance: Instance, row: Row) => ({
  InstanceId: instance.id,
  ...(row.kind === 'public' ? { PublicId: row.nic.networkId } : { PrivateId: row.nic.networkId }),
});

/**
 * For the instance detail page: the security group of each interface (linked), with bind and
 * unbind right there. Exported through public.ts; it registers this module's messages itself.
 */
export function InstanceSecurityGroups({ instance }: { instance: Instance }) {
  const t = useT();
  const [params] = useSearchParams();
  const membership = useMembership();
  const runner = useActionRunner<Row>();
  const [joining, setJoining] = useState<Row | undefined>();
  const [open, setOpen] = useState(false);
  const { mutateAsync: leave } = useActionMutation(cdsCcsSecurityGroups.LeaveSecurityGroup, {
    describe: () => ({ label: t('sg.member.leave'), resource: instance.name }),
  });
  const rows: Row[] = [
    ...instance.publicInterfaces.map((nic) => ({
      nic,
      kind: 'public' as const,
      member: membership.byInterface.get(nic.id),
    })),
    ...instance.privateInterfaces.map((nic) => ({
      nic,
      kind: 'private' as const,
      member: membership.byInterface.get(nic.id),
    })),
  ];
  const actions = useMemo<ResourceAction<Row>[]>(
    () => [
      {
        id: 'join',
        label: t('sg.inst.join'),
        icon: <IconLink size={16} />,
        catalog: cdsCcsSecurityGroups.JoinSecurityGroup,
        disabledReason: ([r]) => {
          if (!membership.reported) return t('sg.blocked.unreported');
          const c = r
            ? interfaceChoices(instance, r.kind, '', membership.byInterface).find(
                (x) => x.nic.id === r.nic.id,
              )
            : undefined;
          return c?.blocked ? t(c.blocked.key, c.blocked.vars) : undefined;
        },
        run: async ([r]) => {
          setJoining(r);
          setOpen(true);
        },
      },
      {
        id: 'leave',
        label: t('sg.member.leave'),
        icon: <IconUnlink size={16} />,
        danger: true,
        catalog: cdsCcsSecurityGroups.LeaveSecurityGroup,
        disabledReason: ([r]) =>
          !r?.member
            ? t('sg.inst.none')
            : r.member.binding.status !== 'ok'
              ? t('sg.blocked.memberBusy', { status: r.member.binding.status })
              : undefined,
        confirm: ([r]) => ({
          title: t('sg.member.leaveTitle', { name: r?.member?.group.name ?? '' }),
          message: t('sg.member.leaveMessage'),
          names: [`${instance.name} · ${r?.nic.name} · ${r?.nic.ip}`],
          confirmLabel: t('sg.member.leave'),
          danger: false,
        }),
        run: ([r]) =>
          r?.member
            ? leave({ SecurityGroupId: r.member.group.id, BindData: [entryOf(instance, r)] })
            : Promise.resolve(),
      },
    ],
    [t, instance, membership.reported, membership.byInterface, leave],
  );
  if (!membership.loading && !membership.reported)
    return (
      <Text size="sm" c="dimmed">
        {t('sg.inst.unreported')}
      </Text>
    );
  const search = sharedSearch(params);
  return (
    <>
      <Table
        verticalSpacing="xs"
        fz="sm"
        aria-label={t('sg.inst.title')}
        data-testid="instance-security-groups"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('sg.inst.interface')}</Table.Th>
            <Table.Th>{t('sg.member.col.ip')}</Table.Th>
            <Table.Th>{t('sg.inst.group')}</Table.Th>
            <Table.Th w={56}>
              <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr
              key={r.nic.id}
              data-testid="instance-sg-row"
              data-nic-kind={r.kind}
              data-group={r.member?.group.name ?? ''}
            >
              <Table.Td>
                {r.nic.name}{' '}
                <Badge
                  size="xs"
                  variant="light"
                  color={r.kind === 'public' ? 'indigo' : 'gray'}
                  styles={{ label: { textTransform: 'none' } }}
                >
                  {r.kind === 'public' ? t('sg.type.public') : t('sg.type.private')}
                </Badge>
              </Table.Td>
              <Table.Td ff="monospace">{r.nic.ip || '—'}</Table.Td>
              <Table.Td>
                {r.member ? (
                  <>
                    <Anchor
                      component={Link}
                      to={`/security-groups/${r.member.group.id}${search}`}
                      size="sm"
                    >
                      {r.member.group.name}
                    </Anchor>{' '}
                    {r.member.binding.status !== 'ok' ? (
                      <StatusBadge status={r.member.binding.status} busy />
                    ) : null}
                  </>
                ) : (
                  <Text size="sm" c="dimmed">
                    {membership.loading ? '…' : t('sg.inst.none')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <ActionMenu
                  item={r}
                  name={`${r.nic.name} ${r.nic.ip}`}
                  actions={actions}
                  runner={runner}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <PickGroupDialog
        instance={instance}
        row={joining}
        groups={membership.groups}
        opened={open}
        onClose={() => setOpen(false)}
      />
      {runner.dialog}
    </>
  );
}

/** Pick a group of the interface's kind and bind the interface to it. */
function PickGroupDialog({
  instance,
  row,
  groups,
  opened,
  onClose,
}: {
  instance: Instance;
  row?: Row;
  groups: { id: string; name: string; type: string }[];
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const [groupId, setGroupId] = useState<string | null>(null);
  const mutation = useActionMutation(cdsCcsSecurityGroups.JoinSecurityGroup, {
    describe: () => ({ label: t('sg.inst.join'), resource: instance.name }),
  });
  useWhenOpened(opened, () => {
    setGroupId(null);
    mutation.reset();
  });
  const kind = row?.kind ?? 'public';
  const typeName = kind === 'public' ? t('sg.type.public') : t('sg.type.private');
  const fitting = groups.filter((g) => g.type === kind);
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('sg.inst.joinTitle', { interface: row?.nic.name ?? '', name: instance.name })}
      submitLabel={t('sg.join.submit')}
      loading={mutation.isPending}
      error={mutation.error}
      submitDisabled={!groupId}
      data-testid="pick-group-dialog"
      onSubmit={() =>
        row &&
        groupId &&
        mutation.mutate(
          { SecurityGroupId: groupId, BindData: [entryOf(instance, row)] },
          { onSuccess: onClose },
        )
      }
    >
      {fitting.length === 0 ? (
        <Text size="sm">{t('sg.inst.noGroups', { type: typeName })}</Text>
      ) : (
        <Select
          label={t('sg.inst.pickGroup', { type: typeName })}
          data={fitting.map((g) => ({ value: g.id, label: g.name }))}
          value={groupId}
          onChange={setGroupId}
          comboboxProps={{ withinPortal: true }}
          data-autofocus
          data-testid="pick-group"
        />
      )}
    </FormDialog>
  );
}
