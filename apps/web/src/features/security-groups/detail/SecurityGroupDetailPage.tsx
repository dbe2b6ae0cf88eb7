import { cdsCcsSecurityGroups, type SecurityGroup } from '@console/api-types/client';
import {
  Anchor,
  Button,
  EmptyState,
  Group,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import {
  IconEdit,
  IconLink,
  IconMapQuestion,
  IconPlus,
  IconTrash,
  IconTrashX,
} from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useActionMutation } from '../../../api/mutation';
import { sharedSearch } from '../../../context/account';
import { useT } from '../../../i18n/i18n';
import type { ResourceAction } from '../../../kit/actions';
import { ActionButton } from '../../../kit/ActionButton';
import { ActionMenu } from '../../../kit/ActionMenu';
import { DetailSection, LabeledValue } from '../../../kit/DetailSection';
import { ErrorNotice } from '../../../kit/ErrorNotice';
import { StatusBadge } from '../../../kit/StatusBadge';
import { useActionRunner } from '../../../kit/useActionRunner';
import { deleteBlocked, groupBlocked, type Blocked } from '../blocked';
import { GroupDialog } from '../GroupDialog';
import { useGroup, useGroups } from '../queries';
import { JoinDialog } from './JoinDialog';
import { MembersSection } from './MembersSection';
import { AddRuleDialog } from './RuleDialogs';
import { RulesSection } from './RulesSection';

type Open = 'edit' | 'rule' | 'join' | undefined;

/** /security-groups/:id: attributes, rules (add, edit, re-order, remove), bound interfaces (bind, unbind), delete. */
export function SecurityGroupDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const listHref = `/security-groups${sharedSearch(params)}`;
  const query = useGroup(id);
  const list = useGroups();
  const summary = list.data?.items.find((g) => g.id === id);
  const detail = query.data;
  const [open, setOpen] = useState<Open>();
  const runner = useActionRunner<SecurityGroup>(
    useCallback(() => navigate(listHref), [navigate, listHref]),
  );
  const { mutateAsync: remove } = useActionMutation(cdsCcsSecurityGroups.DeleteSecurityGroup, {
    describe: () => ({ label: t('sg.action.delete'), resource: detail?.name }),
  });
  const { mutateAsync: forceRemove } = useActionMutation(
    cdsCcsSecurityGroups.ForceDeleteSecurityGroup,
    { describe: () => ({ label: t('sg.action.forceDelete'), resource: detail?.name }) },
  );
  const text = useCallback((b: Blocked) => (b ? t(b.key, b.vars) : undefined), [t]);
  const actions = useMemo<ResourceAction<SecurityGroup>[]>(
    () => [
      {
        id: 'edit',
        label: t('sg.action.edit'),
        icon: <IconEdit size={16} />,
        catalog: cdsCcsSecurityGroups.ModifySecurityGroupAttribute,
        disabledReason: ([g]) => (g ? text(groupBlocked(g)) : undefined),
        run: async () => setOpen('edit'),
      },
      {
        id: 'delete',
        label: t('sg.action.delete'),
        icon: <IconTrash size={16} />,
        danger: true,
        catalog: cdsCcsSecurityGroups.DeleteSecurityGroup,
        disabledReason: ([g]) => (g ? text(deleteBlocked(g, detail)) : undefined),
        confirm: (items) => ({
          title: t('sg.delete.title'),
          message: t('sg.delete.message'),
          names: items.map((g) => g.name),
          confirmLabel: t('sg.action.delete'),
          typeToConfirm: items[0]?.name,
        }),
        run: ([g]) => (g ? remove({ SecurityGroupId: g.id }) : Promise.resolve()),
      },
      {
        id: 'force-delete',
        label: t('sg.action.forceDelete'),
        icon: <IconTrashX size={16} />,
        danger: true,
        catalog: cdsCcsSecurityGroups.ForceDeleteSecurityGroup,
        disabledReason: ([g]) => (g ? text(groupBlocked(g)) : undefined),
        confirm: (items) => ({
          title: t('sg.forceDelete.title'),
          message: t('sg.forceDelete.message', {
            count: detail?.bindings?.length ?? items[0]?.bindInterfaceCount ?? 0,
          }),
          names: items.map((g) => g.name),
          confirmLabel: t('sg.action.forceDelete'),
          typeToConfirm: items[0]?.name,
        }),
        run: ([g]) => (g ? forceRemove({ SecurityGroupId: g.id }) : Promise.resolve()),
      },
    ],
    [t, text, detail, remove, forceRemove],
  );

  const back = (
    <Anchor component={Link} to={listHref} size="sm">
      ← {t('sg.back')}
    </Anchor>
  );
  if (query.isLoading) {
    return (
      <Stack gap="md" data-testid="group-loading">
        {back}
        <Skeleton height={32} w={240} />
        <Skeleton height={160} />
      </Stack>
    );
  }
  if (query.error && (query.error as { code?: string }).code !== 'SecurityGroupNotFound') {
    return (
      <Stack gap="md">
        {back}
        <ErrorNotice
          error={query.error}
          title={t('sg.loadFailed')}
          onRetry={() => void query.refetch()}
        />
      </Stack>
    );
  }
  if (!detail) {
    return (
      <EmptyState
        py={64}
        icon={<IconMapQuestion size={28} />}
        withIndicatorBackground
        title={t('sg.notFound.title')}
        description={t('sg.notFound.text')}
      >
        <Button mt="md" component={Link} to={listHref}>
          {t('sg.back')}
        </Button>
      </EmptyState>
    );
  }
  const group: SecurityGroup = summary ?? {
    id,
    name: detail.name,
    description: detail.description ?? '',
    type: detail.type,
    status: detail.status,
    bindInstanceCount: 0,
    bindInterfaceCount: detail.bindings?.length ?? 0,
  };
  const settled = text(groupBlocked({ name: detail.name, status: detail.status }));
  return (
    <Stack
      gap="md"
      data-testid="group-detail"
      data-group-id={id}
      data-status={detail.status ?? 'ok'}
    >
      <div>
        {back}
        <Group justify="space-between" align="center" mt={4}>
          <Group gap="sm">
            <Title order={2} data-testid="group-detail-name">
              {detail.name}
            </Title>
            {detail.status ? (
              <StatusBadge status={detail.status} busy={detail.status !== 'ok'} />
            ) : null}
          </Group>
          <ActionMenu
            item={{ ...group, name: detail.name, status: detail.status }}
            name={detail.name}
            actions={actions}
            runner={runner}
          />
        </Group>
      </div>
      <DetailSection title={t('sg.section.attributes')} id="group-attributes">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <LabeledValue label={t('sg.field.name')}>{detail.name}</LabeledValue>
          <LabeledValue label={t('sg.field.type')}>
            {detail.type === 'private' ? t('sg.type.private') : t('sg.type.public')}
          </LabeledValue>
          <LabeledValue label={t('sg.field.id')}>
            <Text size="sm" ff="monospace">
              {id}
            </Text>
          </LabeledValue>
          <LabeledValue label={t('sg.field.description')} testId="group-description-value">
            {detail.description ?? '—'}
          </LabeledValue>
          <LabeledValue label={t('sg.field.created')}>{detail.createdAt ?? '—'}</LabeledValue>
          <LabeledValue label={t('sg.field.updated')}>{detail.updatedAt ?? '—'}</LabeledValue>
        </SimpleGrid>
      </DetailSection>
      <DetailSection
        title={t('sg.section.rules')}
        id="group-rules"
        action={
          <ActionButton
            size="xs"
            variant="light"
            catalog={cdsCcsSecurityGroups.AddSecurityGroupRule}
            disabledReason={settled}
            leftSection={<IconPlus size={14} />}
            onClick={() => setOpen('rule')}
            data-testid="add-rule"
          >
            {t('sg.rule.add')}
          </ActionButton>
        }
      >
        <RulesSection groupId={id} detail={detail} />
      </DetailSection>
      <DetailSection
        title={t('sg.section.members')}
        id="group-members"
        action={
          <ActionButton
            size="xs"
            variant="light"
            catalog={cdsCcsSecurityGroups.JoinSecurityGroup}
            disabledReason={settled}
            leftSection={<IconLink size={14} />}
            onClick={() => setOpen('join')}
            data-testid="join-group"
          >
            {t('sg.member.join')}
          </ActionButton>
        }
      >
        <MembersSection
          groupId={id}
          detail={detail}
          counts={{ interfaces: group.bindInterfaceCount, instances: group.bindInstanceCount }}
        />
      </DetailSection>
      <GroupDialog
        opened={open === 'edit'}
        onClose={() => setOpen(undefined)}
        editing={{ id, name: detail.name, description: detail.description ?? '' }}
      />
      <AddRuleDialog
        group={{ id, name: detail.name, rules: detail.rules }}
        opened={open === 'rule'}
        onClose={() => setOpen(undefined)}
      />
      <JoinDialog
        group={{ id, name: detail.name, type: detail.type }}
        opened={open === 'join'}
        onClose={() => setOpen(undefined)}
      />
      {runner.dialog}
    </Stack>
  );
}
