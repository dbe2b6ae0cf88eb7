import { cdsCcsSecurityGroups, type SecurityGroupDetail } from '@console/api-types/client';
import { SegmentedControl, Input, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useActionMutation } from '../../api/mutation';
import { useT } from '../../i18n/i18n';
import { FormDialog } from '../../kit/FormDialog';
import { useWhenOpened } from '../../kit/useWhenOpened';

/**
 * Create a group (name, description, type) or edit one (ModifySecurityGroupAttribute needs both
 * the name and the description, so both are sent).
 */
export function GroupDialog({
  opened,
  onClose,
  editing,
}: {
  opened: boolean;
  onClose: () => void;
  editing?: { id: string } & Pick<SecurityGroupDetail, 'name' | 'description'>;
}) {
  const t = useT();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [type, setType] = useState<'public' | 'private'>('public');
  const [tried, setTried] = useState(false);
  const create = useActionMutation(cdsCcsSecurityGroups.CreateSecurityGroup, {
    describe: (i) => ({ label: t('sg.create'), resource: i.SecurityGroupName }),
  });
  const modify = useActionMutation(cdsCcsSecurityGroups.ModifySecurityGroupAttribute, {
    describe: (i) => ({ label: t('sg.action.edit'), resource: i.SecurityGroupName }),
  });
  const mutation = editing ? modify : create;
  useWhenOpened(opened, () => {
    setName(editing?.name ?? '');
    setDescription(editing?.description ?? '');
    setType('public');
    setTried(false);
    create.reset();
    modify.reset();
  });
  const nameProblem = name.trim() ? undefined : t('sg.required', { field: t('sg.field.name') });
  const descriptionProblem = description.trim()
    ? undefined
    : t('sg.required', { field: t('sg.field.description') });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={editing ? t('sg.edit.title', { name: editing.name }) : t('sg.create.title')}
      submitLabel={editing ? t('sg.edit.submit') : t('sg.create.submit')}
      loading={mutation.isPending}
      error={mutation.error}
      data-testid="group-dialog"
      onSubmit={() => {
        setTried(true);
        if (nameProblem || descriptionProblem) return;
        const fields = { SecurityGroupName: name.trim(), Description: description.trim() };
        if (editing)
          modify.mutate({ SecurityGroupId: editing.id, ...fields }, { onSuccess: onClose });
        else create.mutate({ ...fields, SecurityGroupType: type }, { onSuccess: onClose });
      }}
    >
      <TextInput
        label={t('sg.field.name')}
        value={name}
        maxLength={64}
        required
        onChange={(e) => setName(e.currentTarget.value)}
        error={tried ? nameProblem : undefined}
        data-testid="group-name"
        data-autofocus
      />
      <Textarea
        label={t('sg.field.description')}
        value={description}
        maxLength={256}
        required
        autosize
        minRows={2}
        onChange={(e) => setDescription(e.currentTarget.value)}
        error={tried ? descriptionProblem : undefined}
        data-testid="group-description"
      />
      {editing ? null : (
        <Input.Wrapper label={t('sg.field.type')} description={t('sg.field.typeHint')}>
          <SegmentedControl
            mt={4}
            fullWidth
            aria-label={t('sg.field.type')}
            data={[
              { value: 'public', label: t('sg.type.public') },
              { value: 'private', label: t('sg.type.private') },
            ]}
            value={type}
            onChange={(v) => setType(v as 'public' | 'private')}
            data-testid="group-type"
          />
        </Input.Wrapper>
      )}
    </FormDialog>
  );
}
