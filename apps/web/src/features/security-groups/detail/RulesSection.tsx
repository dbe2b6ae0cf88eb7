import {
  cdsCcsSecurityGroups,
  type SecurityGroupDetail,
  type SecurityGroupRule,
} from '@console/api-types/client';
import { Badge, Code, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconEdit, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useActionMutation } from '../../../api/mutation';
import { useT } from '../../../i18n/i18n';
import type { ResourceAction } from '../../../kit/actions';
import { ActionMenu } from '../../../kit/ActionMenu';
import { StatusBadge } from '../../../kit/StatusBadge';
import { useActionRunner } from '../../../kit/useActionRunner';
import { ruleBlocked, type Blocked } from '../blocked';
import { reorder } from '../priorities';
import { RuleDescriptionDialog } from './RuleDialogs';

/** The rules in the order they apply, with edit (description), move up/down (priorities) and remove. */
export function RulesSection({
  groupId,
  detail,
}: {
  groupId: string;
  detail: SecurityGroupDetail;
}) {
  const t = useT();
  const runner = useActionRunner<SecurityGroupRule>();
  const [editing, setEditing] = useState<SecurityGroupRule | undefined>();
  const [open, setOpen] = useState(false);
  const rules = detail.rules;
  const group = { name: detail.name, status: detail.status };
  const { mutateAsync: prioritize } = useActionMutation(
    cdsCcsSecurityGroups.ModifySecurityGroupRulePriority,
    { describe: () => ({ label: t('sg.section.rules'), resource: detail.name }) },
  );
  const { mutateAsync: remove } = useActionMutation(cdsCcsSecurityGroups.RemoveSecurityGroupRule, {
    describe: () => ({ label: t('sg.rule.remove'), resource: detail.name }),
  });
  const text = (b: Blocked) => (b ? t(b.key, b.vars) : undefined);
  const anyBusy = rules.find((r) => r.status && r.status !== 'ok');
  const moveReason = (r: SecurityGroupRule, by: -1 | 1): string | undefined => {
    const own = text(ruleBlocked(group, r));
    if (own) return own;
    if (anyBusy) return t('sg.blocked.ruleBusy', { status: anyBusy.status! });
    const i = rules.findIndex((x) => x.id === r.id);
    if (by === -1 && i === 0) return t('sg.blocked.first');
    if (by === 1 && i === rules.length - 1) return t('sg.blocked.last');
    return undefined;
  };
  const actions = useMemo<ResourceAction<SecurityGroupRule>[]>(() => {
    const move =
      (by: -1 | 1) =>
      async ([r]: SecurityGroupRule[]) => {
        const data = r ? reorder(rules, r.id, by) : [];
        if (data.length) await prioritize({ SecurityGroupId: groupId, BindData: data });
      };
    return [
      {
        id: 'edit-description',
        label: t('sg.rule.editDescription'),
        icon: <IconEdit size={16} />,
        catalog: cdsCcsSecurityGroups.ModifySecurityGroupRule,
        disabledReason: ([r]) => (r ? text(ruleBlocked(group, r)) : undefined),
        run: async ([r]) => {
          setEditing(r);
          setOpen(true);
        },
      },
      {
        id: 'move-up',
        label: t('sg.rule.moveUp'),
        icon: <IconArrowUp size={16} />,
        catalog: cdsCcsSecurityGroups.ModifySecurityGroupRulePriority,
        disabledReason: ([r]) => (r ? moveReason(r, -1) : undefined),
        run: move(-1),
      },
      {
        id: 'move-down',
        label: t('sg.rule.moveDown'),
        icon: <IconArrowDown size={16} />,
        catalog: cdsCcsSecurityGroups.ModifySecurityGroupRulePriority,
        disabledReason: ([r]) => (r ? moveReason(r, 1) : undefined),
        run: move(1),
      },
      {
        id: 'remove-rule',
        label: t('sg.rule.remove'),
        icon: <IconTrash size={16} />,
        danger: true,
        catalog: cdsCcsSecurityGroups.RemoveSecurityGroupRule,
        disabledReason: ([r]) => (r ? text(ruleBlocked(group, r)) : undefined),
        confirm: (items) => ({
          title: t('sg.rule.removeTitle'),
          message: t('sg.rule.removeMessage'),
          names: items.map(
            (r) => `${r.priority} · ${r.protocol} ${r.localPort || ''} · ${r.description}`,
          ),
          confirmLabel: t('sg.rule.remove'),
        }),
        run: (items) => remove({ SecurityGroupId: groupId, RuleIds: items.map((r) => r.id) }),
      },
    ];
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the reasons read the same rules and group
  }, [t, rules, group.name, group.status, groupId, prioritize, remove]);

  const port = (r: SecurityGroupRule, p: string) =>
    r.protocol === 'ICMP' ? '—' : p === '0' ? t('sg.rule.allPorts') : p;
  return (
    <>
      {rules.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('sg.rule.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="xs" fz="sm" aria-label={t('sg.section.rules')} highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('sg.rule.col.priority')}</Table.Th>
                <Table.Th>{t('sg.rule.col.action')}</Table.Th>
                <Table.Th>{t('sg.rule.col.protocol')}</Table.Th>
                <Table.Th>{t('sg.rule.col.localPort')}</Table.Th>
                <Table.Th>{t('sg.rule.col.target')}</Table.Th>
                <Table.Th>{t('sg.rule.col.targetPort')}</Table.Th>
                <Table.Th>{t('sg.rule.col.direction')}</Table.Th>
                <Table.Th>{t('sg.rule.col.description')}</Table.Th>
                <Table.Th>{t('sg.rule.col.status')}</Table.Th>
                <Table.Th w={56}>
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rules.map((r) => (
                <Table.Tr
                  key={r.id}
                  data-testid="rule-row"
                  data-description={r.description}
                  data-priority={r.priority}
                  data-status={r.status ?? 'ok'}
                >
                  <Table.Td fw={600}>{r.priority}</Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      color={r.action === 'allow' ? 'teal' : 'red'}
                      radius="sm"
                      styles={{ label: { textTransform: 'none' } }}
                    >
                      {r.action === 'allow' ? t('sg.rule.allow') : t('sg.rule.deny')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{r.protocol}</Table.Td>
                  <Table.Td>{port(r, r.localPort)}</Table.Td>
                  <Table.Td>
                    <Code>{r.targetAddress}</Code>
                  </Table.Td>
                  <Table.Td>{port(r, r.targetPort)}</Table.Td>
                  <Table.Td>{r.direction === 'all' ? t('sg.rule.all') : r.direction}</Table.Td>
                  <Table.Td>{r.description}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={r.status ?? 'ok'} busy={!!r.status && r.status !== 'ok'} />
                  </Table.Td>
                  <Table.Td>
                    <ActionMenu
                      item={r}
                      name={r.description || r.id}
                      actions={actions}
                      runner={runner}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RuleDescriptionDialog
        groupId={groupId}
        rule={editing}
        opened={open}
        onClose={() => setOpen(false)}
      />
      {runner.dialog}
    </>
  );
}
