import { CDS_TEST_REGIONS, cdsNetworkOps } from '@console/api-types/client';
import { Checkbox, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useActionMutation } from '../../api/mutation';
import { regionOptions } from '../../context/regions';
import { useI18n } from '../../i18n/i18n';
import { FormDialog } from '../../kit/FormDialog';
import { useWhenOpened } from '../../kit/useWhenOpened';
import { emptyPublicForm, publicFormProblems, toPublicInput, type PublicForm } from './public-form';
import { PublicNetworkFields } from './PublicNetworkFields';
import { useRegionWan } from './queries';

/**
 * CreateVdc: a region of appendix 1 (the test regions shown but refused, as the cloud refuses
 * them), a name, and optionally the public network with the document's fields.
 */
export function CreateVdcDialog({
  opened,
  onClose,
  defaultRegion,
}: {
  opened: boolean;
  onClose: () => void;
  defaultRegion?: string;
}) {
  const { t, lang } = useI18n();
  const [region, setRegion] = useState<string | undefined>(defaultRegion);
  const [name, setName] = useState('');
  const [withPublic, setWithPublic] = useState(false);
  const [form, setForm] = useState<PublicForm | undefined>();
  const [tried, setTried] = useState(false);
  const wan = useRegionWan(withPublic ? region : undefined);
  const current = form ?? emptyPublicForm(wan.goods);
  const mutation = useActionMutation(cdsNetworkOps.CreateVdc, {
    describe: (input) => ({
      label: t('vdc.task.create'),
      resource: input.VdcName ?? input.RegionId,
    }),
  });
  useWhenOpened(opened, () => {
    setRegion(
      defaultRegion && !CDS_TEST_REGIONS.includes(defaultRegion) ? defaultRegion : undefined,
    );
    setName('');
    setWithPublic(false);
    setForm(undefined);
    setTried(false);
    mutation.reset();
  });
  const notOnSale =
    region && CDS_TEST_REGIONS.includes(region) ? t('vdc.create.notOnSale', { region }) : undefined;
  const problems = withPublic ? publicFormProblems(current, wan.goods) : [];
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('vdc.create.title')}
      submitLabel={t('vdc.create.submit')}
      loading={mutation.isPending}
      error={mutation.error}
      size="lg"
      data-testid="create-vdc-dialog"
      onSubmit={() => {
        setTried(true);
        if (!region || notOnSale || problems.length || (withPublic && wan.goods.length === 0))
          return;
        mutation.mutate(
          {
            RegionId: region,
            ...(name.trim() ? { VdcName: name.trim() } : {}),
            ...(withPublic ? { PublicNetwork: toPublicInput(current) } : {}),
          },
          { onSuccess: onClose },
        );
      }}
    >
      <Select
        label={t('vdc.create.region')}
        data={regionOptions(lang).map((o) => ({
          ...o,
          label: CDS_TEST_REGIONS.includes(o.value)
            ? `${o.label} · ${t('vdc.create.notOnSale', { region: o.label })}`
            : o.label,
        }))}
        value={region ?? null}
        onChange={(v) => {
          setRegion(v ?? undefined);
          setForm(undefined);
        }}
        searchable
        allowDeselect={false}
        required
        comboboxProps={{ withinPortal: true }}
        error={tried && !region ? t('vdc.required') : notOnSale}
        data-testid="vdc-region"
      />
      <TextInput
        label={t('vdc.create.name')}
        description={t('vdc.create.nameHint')}
        value={name}
        maxLength={64}
        onChange={(e) => setName(e.currentTarget.value)}
        data-testid="vdc-name"
      />
      <Checkbox
        label={t('vdc.create.withPublic')}
        checked={withPublic}
        onChange={(e) => setWithPublic(e.currentTarget.checked)}
        disabled={!region || !!notOnSale}
        data-testid="vdc-with-public"
      />
      {withPublic && region ? (
        <PublicNetworkFields
          form={current}
          onChange={setForm}
          goods={wan.goods}
          loading={wan.isLoading}
          tried={tried}
        />
      ) : null}
    </FormDialog>
  );
}
