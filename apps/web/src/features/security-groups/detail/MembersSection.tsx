import {
  cdsCcsSecurityGroups,
  type SecurityGroupBinding,
  type SecurityGroupDetail,
} from '@console/api-types/client';
import { Anchor, Badge, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconUnlink } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useActionMutation } from '../../../api/mutation';
import { sharedSearch } from '../../../context/account';
import { useT } from '../../../i18n/i18n';
import type { ResourceAction } from '../../../kit/actions';
import { ActionMenu } from '../../../kit/ActionMenu';
import { StatusBadge } from '../../../kit/StatusBadge';
import { useActionRunner } from '../../../kit/useActionRunner';
import { groupBlocked } from '../blocked';

/** The interfaces bound to the group, linked to their instance and VDC, each with Unbind. */
export function MembersSection({
  groupId,
  detail,
  counts,
}: {
  groupId: string;
  detail: SecurityGroupDetail;
  counts: { interfaces: number; instances: number };
}) {
  const t = useT();
  const [params] = useSearchParams();
  const runner = useActionRunner<SecurityGroupBinding>();
  const { mutateAsync: leave } = useActionMutation(cdsCcsSecurityGroups.LeaveSecurityGroup, {
    describe: () => ({ label: t('sg.member.leave'), resource: detail.name }),
  });
  const actions = useMemo<ResourceAction<SecurityGroupBinding>[]>(
    () => [
      {
        id: 'leave',
        label: t('sg.member.leave'),
        icon: <IconUnlink size={16} />,
        danger: true,
        catalog: cdsCcsSecurityGroups.LeaveSecurityGroup,
        disabledReason: ([b]) => {
          const g = groupBlocked({ name: detail.name, status: detail.status });
          if (g) return t(g.key, g.vars);
          return b && b.status !== 'ok'
            ? t('sg.blocked.memberBusy', { status: b.status })
            : undefined;
        },
        confirm: (items) => ({
          title: t('sg.member.leaveTitle', { name: detail.name }),
          message: t('sg.member.leaveMessage'),
          names: items.map((b) => `${b.instanceName} · ${b.networkName ?? ''} · ${b.ip}`),
          confirmLabel: t('sg.member.leave'),
          danger: false,
        }),
        run: ([b]) =>
          b
            ? leave({
                SecurityGroupId: groupId,
                BindData: [
                  {
                    InstanceId: b.instanceId,
                    ...(b.networkKind === 'public'
                      ? { PublicId: b.networkId }
                      : { PrivateId: b.networkId }),
                  },
                ],
              })
            : Promise.resolve(),
      },
    ],
    [t, detail.name, detail.status, groupId, leave],
  );
  if (detail.bindings === undefined) {
    return (
      <Text size="sm" c="dimmed">
        {t('sg.member.unreported', counts)}
      </Text>
    );
  }
  if (detail.bindings.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('sg.member.none')}
      </Text>
    );
  }
  const search = sharedSearch(params);
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" fz="sm" aria-label={t('sg.section.members')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sg.member.col.instance')}</Table.Th>
              <Table.Th>{t('sg.member.col.interface')}</Table.Th>
              <Table.Th>{t('sg.member.col.ip')}</Table.Th>
              <Table.Th>{t('sg.member.col.vdc')}</Table.Th>
              <Table.Th>{t('sg.member.col.status')}</Table.Th>
              <Table.Th w={56}>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {detail.bindings.map((b) => (
              <Table.Tr
                key={b.interfaceId}
                data-testid="member-row"
                data-instance={b.instanceName}
                data-status={b.status}
              >
                <Table.Td>
                  <Anchor component={Link} to={`/instances/${b.instanceId}${search}`} size="sm">
                    {b.instanceName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {b.networkName ?? '—'}{' '}
                  <Badge
                    size="xs"
                    variant="light"
                    color={b.networkKind === 'public' ? 'indigo' : 'gray'}
                    styles={{ label: { textTransform: 'none' } }}
                  >
                    {b.networkKind === 'public' ? t('sg.type.public') : t('sg.type.private')}
                  </Badge>
                </Table.Td>
                <Table.Td ff="monospace">{b.ip || '—'}</Table.Td>
                <Table.Td>
                  {b.vdcId ? (
                    <Anchor component={Link} to={`/vdcs/${b.vdcId}${search}`} size="sm">
                      {b.vdcName || b.vdcId}
                    </Anchor>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={b.status} busy={b.status !== 'ok'} />
                </Table.Td>
                <Table.Td>
                  <ActionMenu
                    item={b}
                    name={`${b.instanceName} ${b.ip}`}
                    actions={actions}
                    runner={runner}
                  />
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
