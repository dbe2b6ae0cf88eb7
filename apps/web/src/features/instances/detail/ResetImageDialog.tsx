import { cdsCcsInstanceOps, type Instance } from '@console/api-types/client';
import { Alert, Select } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useActionMutation } from '../../../api/mutation';
import { useT } from '../../../i18n/i18n';
import { ErrorNotice } from '../../../kit/ErrorNotice';
import { markInstances } from '../optimistic';
import { FormDialog } from '../../../kit/FormDialog';
import { useInstanceGoods } from './useImageChoices';
import { TypeToConfirm } from '../../../kit/TypeToConfirm';
import { useWhenOpened } from '../../../kit/useWhenOpened';

/** Reinstall with a public or private image. The system disk is wiped: the name is typed to confirm. */
export function ResetImageDialog({ instance, opened, onClose }: { instance: Instance; opened: boolean; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const name = instance.name || instance.id;
  const choices = useInstanceGoods(instance, opened);
  const [imageId, setImageId] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [tried, setTried] = useState(false);
  const mutation = useActionMutation(cdsCcsInstanceOps.ResetImage, {
    describe: () => ({ label: t('compute.action.resetImage'), resource: name }),
    onMutate: (input, account) => markInstances(qc, [input.InstanceId], 'updating', account),
  });
  useWhenOpened(opened, () => {
    setImageId(null);
    setTyped('');
    setTried(false);
    mutation.reset();
  });
  const groups = [
    { group: t('create.publicImages'), items: choices.images.filter((i) => i.visibility === 'public') },
    { group: t('create.privateImages'), items: choices.images.filter((i) => i.visibility === 'private') },
  ]
    .filter((g) => g.items.length)
    .map((g) => ({ group: g.group, items: g.items.map((i) => ({ value: i.id, label: i.name || i.id })) }));
  const ready = typed.trim() === name;
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('compute.reset.title', { name })}
      submitLabel={t('compute.reset.submit')}
      loading={mutation.isPending}
      error={mutation.error}
      danger
      submitDisabled={!ready}
      data-testid="reset-dialog"
      onSubmit={() => {
        setTried(true);
        if (!imageId) return;
        mutation.mutate({ InstanceId: instance.id, ImageId: imageId }, { onSuccess: onClose });
      }}
    >
      <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="reset-warning">
        {t('compute.reset.warning')}
      </Alert>
      {choices.error ? <ErrorNotice error={choices.error} title={t('create.goodsFailed')} onRetry={choices.refetch} /> : null}
      <Select
        label={t('compute.reset.image')}
        placeholder={choices.isLoading ? t('common.loading') : undefined}
        data={groups}
        value={imageId}
        onChange={setImageId}
        searchable
        allowDeselect={false}
        nothingFoundMessage={t('compute.reset.noImages')}
        error={tried && !imageId ? t('compute.err.imageRequired') : undefined}
        required
        data-testid="reset-image"
      />
      <TypeToConfirm word={name} value={typed} onChange={setTyped} />
    </FormDialog>
  );
}
