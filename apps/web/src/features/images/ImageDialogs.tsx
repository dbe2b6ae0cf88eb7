import { cdsCcs, cdsCcsTemplates, type Template } from '@console/api-types/client';
import { Select, TextInput } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useActionMutation } from '../../api/mutation';
import { allPagesQuery } from '../../api/query';
import { useAccountId } from '../../context/AccountContext';
import { useRegion } from '../../context/region';
import { regionName } from '../../context/regions';
import { translateOr, useI18n } from '../../i18n/i18n';
import { FormDialog } from '../../kit/FormDialog';
import { markInstances } from '../instances/public';
import { imageSourceBlocked, powerOnFor, syncTargets } from './images-state';
import { markTemplate, withRegionStatus } from './optimistic';
import { useWhenOpened } from '../../kit/useWhenOpened';

/** CreateTemplate: an image from one of the instances (of the picked region, when one is picked). */
export function CreateImageDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const account = useAccountId();
  const [region] = useRegion();
  const instances = useQuery({ ...allPagesQuery(cdsCcs.DescribeInstances, {}, account, 100), enabled: opened, staleTime: 15_000 });
  const choices = (instances.data?.items ?? []).filter((i) => !region || i.regionId === region);
  const [instanceId, setInstanceId] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const mutation = useActionMutation(cdsCcsTemplates.CreateTemplate, {
    describe: (input) => ({ label: t('images.create'), resource: input.DisplayName }),
    onMutate: (input, acc) => markInstances(qc, [input.InstanceId], 'updating', acc),
  });
  useWhenOpened(opened, () => {
    setInstanceId(null);
    setName('');
    setTried(false);
    mutation.reset();
  });
  const source = choices.find((i) => i.id === instanceId);
  const errors = {
    instance: instanceId ? undefined : t('images.err.instance'),
    name: name.trim() && name.trim().length <= 64 ? undefined : t('images.err.name'),
  };
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('images.createTitle')}
      submitLabel={t('images.createSubmit')}
      loading={mutation.isPending}
      error={mutation.error}
      data-testid="create-image-dialog"
      onSubmit={() => {
        setTried(true);
        if (!instanceId || errors.name) return;
        mutation.mutate({ InstanceId: instanceId, DisplayName: name.trim(), PowerOn: source ? powerOnFor(source) : false }, { onSuccess: onClose });
      }}
    >
      <Select
        label={t('images.instance')}
        placeholder={instances.isLoading ? t('common.loading') : t('images.instancePlaceholder')}
        data={choices.map((i) => ({ value: i.id, label: `${i.name || i.id} · ${translateOr(t, `status.${i.status}`, i.status)}`, disabled: !!imageSourceBlocked(i) }))}
        description={source ? t(powerOnFor(source) ? 'images.fromRunning' : 'images.fromStopped') : undefined}
        value={instanceId}
        onChange={setInstanceId}
        searchable
        nothingFoundMessage={t('common.nothingFound')}
        error={tried ? errors.instance : undefined}
        required
        data-testid="image-instance"
      />
      <TextInput
        label={t('images.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        maxLength={64}
        error={tried ? errors.name : undefined}
        required
        data-testid="image-name"
      />
    </FormDialog>
  );
}

/** SyncTemplate: a copy in a region the template is not in yet. */
export function SyncImageDialog({ tpl, opened, onClose }: { tpl: Template | undefined; opened: boolean; onClose: () => void }) {
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const [target, setTarget] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const mutation = useActionMutation(cdsCcsTemplates.SyncTemplate, {
    describe: (input) => ({ label: t('images.action.sync'), resource: `${tpl?.name ?? input.TemplateId} → ${regionName(input.RegionId, lang)}` }),
    onMutate: (input, acc) => markTemplate(qc, acc, input.TemplateId, (x) => withRegionStatus(x, input.RegionId, 'syncing')),
  });
  useWhenOpened(opened, () => {
    setTarget(null);
    setTried(false);
    mutation.reset();
  });
  if (!tpl) return null;
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('images.syncTitle', { name: tpl.name || tpl.id })}
      submitLabel={t('images.syncSubmit')}
      loading={mutation.isPending}
      error={mutation.error}
      data-testid="sync-image-dialog"
      onSubmit={() => {
        setTried(true);
        if (!target) return;
        mutation.mutate({ TemplateId: tpl.id, RegionId: target }, { onSuccess: onClose });
      }}
    >
      <Select
        label={t('images.syncRegion')}
        data={syncTargets(tpl).map((id) => ({ value: id, label: regionName(id, lang) }))}
        value={target}
        onChange={setTarget}
        searchable
        error={tried && !target ? t('images.err.region') : undefined}
        required
        data-testid="sync-region"
      />
    </FormDialog>
  );
}
