import { cdsCcsTemplates, type Template } from '@console/api-types/client';
import { Checkbox, List, Stack, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useActionMutation } from '../../api/mutation';
import { regionName } from '../../context/regions';
import { useI18n } from '../../i18n/i18n';
import { ErrorDetails } from '../../kit/ErrorNotice';
import { asApiError } from '../../api/client';
import { FormDialog } from '../../kit/FormDialog';
import { regionOutcomes, type RegionOutcome } from './images-state';
import { markTemplate, withRegionStatus } from './optimistic';
import { TypeToConfirm } from '../../kit/TypeToConfirm';
import { useWhenOpened } from '../../kit/useWhenOpened';

/**
 * DeleteTemplate works per region: the person picks the regions, types the name, and sees the
 * outcome of each region; the failed ones stay picked so a retry sends only those.
 */
export function DeleteImageDialog({ tpl, opened, onClose }: { tpl: Template | undefined; opened: boolean; onClose: () => void }) {
  const { t, lang } = useI18n();
  const qc = useQueryClient();
  const [regions, setRegions] = useState<string[]>([]);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<RegionOutcome[]>([]);
  const { mutateAsync } = useActionMutation(cdsCcsTemplates.DeleteTemplate, {
    describe: (input) => ({ label: t('images.action.delete'), resource: `${tpl?.name ?? input.TemplateId} · ${regionName(input.RegionId, lang)}` }),
    onMutate: (input, acc) => markTemplate(qc, acc, input.TemplateId, (x) => withRegionStatus(x, input.RegionId, 'deleting')),
  });
  useWhenOpened(opened, () => {
    if (!tpl) return;
    setRegions(tpl.regions.filter((r) => r.status === 'normal').map((r) => r.regionId));
    setTyped('');
    setOutcomes([]);
  });
  if (!tpl) return null;
  const name = tpl.name || tpl.id;
  const ready = typed.trim() === name && regions.length > 0;

  const submit = async () => {
    setBusy(true);
    const results = await Promise.allSettled(regions.map((RegionId) => mutateAsync({ TemplateId: tpl.id, RegionId })));
    const { outcomes: done, failed } = regionOutcomes(regions, results);
    setBusy(false);
    if (failed.length === 0) onClose();
    setOutcomes(done);
    setRegions(failed);
  };

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('images.deleteTitle')}
      submitLabel={t('images.deleteSubmit')}
      loading={busy}
      danger
      submitDisabled={!ready}
      data-testid="delete-image-dialog"
      onSubmit={() => void submit()}
    >
      <Text size="sm">{t('images.deleteMessage')}</Text>
      <Text size="sm" fw={600}>
        {name}
      </Text>
      <Checkbox.Group label={t('images.deleteRegions')} value={regions} onChange={setRegions} error={regions.length === 0 ? t('images.err.regions') : undefined}>
        <Stack gap={6} mt={6}>
          {tpl.regions.map((r) => (
            <Checkbox key={r.regionId} value={r.regionId} label={regionName(r.regionId, lang)} disabled={r.status !== 'normal'} />
          ))}
        </Stack>
      </Checkbox.Group>
      {outcomes.length ? (
        <List size="sm" spacing={4} data-testid="delete-outcomes">
          {outcomes.map((o) => (
            <List.Item key={o.regionId} icon={o.error ? <IconX size={14} color="var(--mantine-color-red-6)" /> : <IconCheck size={14} color="var(--mantine-color-teal-6)" />}>
              <Text size="sm" span>
                {t(o.error ? 'images.result.failed' : 'images.result.ok', { region: regionName(o.regionId, lang) })}
              </Text>
              {o.error ? <ErrorDetails error={asApiError(o.error)} /> : null}
            </List.Item>
          ))}
        </List>
      ) : null}
      <TypeToConfirm word={name} value={typed} onChange={setTyped} />
    </FormDialog>
  );
}
