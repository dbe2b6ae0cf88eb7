import '@mantine/core/styles/Radio.layer.css';
import { cdsCcsSecurityGroups, type Instance } from '@console/api-types/client';
import { Radio, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useActionMutation } from '../../../api/mutation';
import { useT } from '../../../i18n/i18n';
import { FormDialog } from '../../../kit/FormDialog';
import { useWhenOpened } from '../../../kit/useWhenOpened';
import { interfaceChoices } from '../members';
import { useAllInstances, useMembership } from '../queries';

/**
 * JoinSecurityGroup: an instance, then one of its interfaces of the group's kind. An interface
 * already in a group is shown disabled with the group's name, as the cloud refuses it.
 */
export function JoinDialog({
  group,
  opened,
  onClose,
}: {
  group: { id: string; name: string; type: string };
  opened: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const instances = useAllInstances(opened);
  const membership = useMembership(opened);
  const [instanceId, setInstanceId] = useState<string | null>(null);
  const [interfaceId, setInterfaceId] = useState<string | undefined>();
  const mutation = useActionMutation(cdsCcsSecurityGroups.JoinSecurityGroup, {
    describe: () => ({ label: t('sg.member.join'), resource: group.name }),
  });
  useWhenOpened(opened, () => {
    setInstanceId(null);
    setInterfaceId(undefined);
    mutation.reset();
  });
  const list: Instance[] = instances.data?.items ?? [];
  const instance = list.find((i) => i.id === instanceId);
  const kind = group.type === 'private' ? 'private' : 'public';
  const choices = instance
    ? interfaceChoices(instance, kind, group.id, membership.byInterface)
    : [];
  const chosen = choices.find((c) => c.nic.id === interfaceId && !c.blocked);
  const typeName = kind === 'public' ? t('sg.type.public') : t('sg.type.private');
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('sg.join.title', { name: group.name })}
      submitLabel={t('sg.join.submit')}
      loading={mutation.isPending}
      error={mutation.error}
      submitDisabled={!chosen}
      data-testid="join-dialog"
      onSubmit={() => {
        if (!instance || !chosen) return;
        const network =
          kind === 'public'
            ? { PublicId: chosen.nic.networkId }
            : { PrivateId: chosen.nic.networkId };
        mutation.mutate(
          { SecurityGroupId: group.id, BindData: [{ InstanceId: instance.id, ...network }] },
          { onSuccess: onClose },
        );
      }}
    >
      <Select
        label={t('sg.join.instance')}
        data={list.map((i) => ({ value: i.id, label: `${i.name || i.id} · ${i.vdcName}` }))}
        value={instanceId}
        onChange={(v) => {
          setInstanceId(v);
          setInterfaceId(undefined);
        }}
        searchable
        nothingFoundMessage="—"
        disabled={instances.isLoading}
        comboboxProps={{ withinPortal: true }}
        data-testid="join-instance"
        data-autofocus
      />
      {instance ? (
        choices.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('sg.join.noInterface', { name: instance.name, type: typeName })}
          </Text>
        ) : (
          <Radio.Group
            label={t('sg.join.interface')}
            value={interfaceId ?? null}
            onChange={setInterfaceId}
          >
            <Stack gap={6} mt={4}>
              {choices.map((c) => (
                <Radio
                  key={c.nic.id}
                  value={c.nic.id}
                  disabled={!!c.blocked}
                  label={`${c.nic.name} · ${c.nic.ip || '—'}`}
                  description={c.blocked ? t(c.blocked.key, c.blocked.vars) : undefined}
                  data-testid="join-interface"
                />
              ))}
            </Stack>
          </Radio.Group>
        )
      ) : null}
    </FormDialog>
  );
}
