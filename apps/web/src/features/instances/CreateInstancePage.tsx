import { cdsCcs, cdsCcsCommon, CDS_CPU_VALUES, CDS_RAM_VALUES, CDS_REGIONS } from '@console/api-types/client';
import {
  Anchor,
  Alert,
  Button,
  Checkbox,
  Group,
  Input,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiRequestError } from '../../api/client';
import { useActionMutation } from '../../api/mutation';
import { DraftRestored } from '../../kit/DraftRestored';
import { useKeptState } from '../../kit/useKeptState';
import { actionQuery } from '../../api/query';
import { sharedSearch } from '../../context/account';
import { useAccountId } from '../../context/AccountContext';
import { useRegion } from '../../context/region';
import { regionOptions } from '../../context/regions';
import { translateOr, useI18n } from '../../i18n/i18n';
import { useRunReason } from '../../auth/permission';
import { ActionButton } from '../../kit/ActionButton';
import { ErrorNotice } from '../../kit/ErrorNotice';
import { useVdcs } from '../vdc/public';
import { initialForm, issuesToErrors, toCreateInput, validateCreate, type CreateForm, type FormErrors } from './create-form';
import { DataDisksField } from './DataDisksField';
import { PasswordFields } from './PasswordFields';

const DEFAULT_REGION = CDS_REGIONS[0].id;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      <Stack gap="md">{children}</Stack>
    </Paper>
  );
}

/** /instances/new: the create form. Nothing typed is lost when the server says no. */
export function CreateInstancePage() {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const [pickerRegion] = useRegion();
  const [params] = useSearchParams();
  const account = useAccountId();
  const runReason = useRunReason();
  const listHref = `/instances${sharedSearch(params)}`;
  // Kept across an expired session (never the password): see useKeptState.
  const [form, setForm, restored] = useKeptState<CreateForm>('create', () => initialForm(pickerRegion ?? DEFAULT_REGION), ['password', 'confirm']);
  const [errors, setErrors] = useState<FormErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const set = (change: Partial<CreateForm>) => setForm((f) => ({ ...f, ...change }));

  const goods = useQuery({ ...actionQuery(cdsCcsCommon.DescribeAvailableResource, { RegionId: form.region }, account), staleTime: 5 * 60_000 });
  const vdcs = useVdcs(form.region);
  const instanceGoods = useMemo(() => goods.data?.instanceGoods ?? [], [goods.data]);
  const chosen = instanceGoods.find((g) => g.instanceType === form.instanceType);
  const diskGoods = useMemo(() => chosen?.disks ?? [], [chosen]);

  // Keep choices valid for the region: first instance type and public image, the only VDC.
  useEffect(() => {
    if (!goods.data) return;
    setForm((f) => {
      const type = instanceGoods.find((g) => g.instanceType === f.instanceType) ?? instanceGoods[0];
      const image = type?.images.find((i) => i.id === f.imageId) ?? type?.images.find((i) => i.visibility === 'public') ?? type?.images[0];
      const disks = f.disks.filter((d) => type?.disks.some((g) => g.type === d.type));
      if (type?.instanceType === f.instanceType && image?.id === f.imageId && disks.length === f.disks.length) return f;
      return { ...f, instanceType: type?.instanceType ?? '', imageId: image?.id ?? '', disks };
    });
  }, [goods.data, instanceGoods, form.instanceType, setForm]);
  useEffect(() => {
    const items = vdcs.data?.items;
    if (items?.length === 1 && !form.vdcId) setForm((f) => ({ ...f, vdcId: items[0]!.id }));
  }, [vdcs.data, form.vdcId, setForm]);

  // Once submitted, errors follow the fields as they change.
  useEffect(() => {
    if (submitted) setErrors(validateCreate(form, diskGoods, t));
  }, [form, diskGoods, submitted, t]);

  const create = useActionMutation(cdsCcs.CreateInstance, {
    describe: (input) => ({
      label: t('instances.action.create'),
      resource: [input.InstanceName, Number(input.Amount ?? 1) > 1 ? `×${input.Amount}` : ''].filter(Boolean).join(' ') || undefined,
    }),
    onSuccess: () => navigate(listHref),
  });

  const submit = () => {
    if (runReason(cdsCcs.CreateInstance)) return; // the button says why; Enter in a field must not get round it
    setSubmitted(true);
    const found = validateCreate(form, diskGoods, t);
    setErrors(found);
    if (Object.keys(found).length) {
      // Take keyboard and screen-reader users to the first field to fix.
      requestAnimationFrame(() => document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus());
      return;
    }
    create.mutate(toCreateInput(form), {
      onError: (err) => {
        if (err instanceof ApiRequestError && err.apiError.issues) setErrors(issuesToErrors(err.apiError.issues));
      },
    });
  };

  const imageData = chosen
    ? [
        { group: t('create.publicImages'), items: chosen.images.filter((i) => i.visibility === 'public').map((i) => ({ value: i.id, label: i.name })) },
        { group: t('create.privateImages'), items: chosen.images.filter((i) => i.visibility === 'private').map((i) => ({ value: i.id, label: i.name })) },
      ].filter((g) => g.items.length)
    : [];
  const errorCount = Object.keys(errors).length;

  return (
    <Stack gap="md" maw={880}>
      <div>
        <Anchor component={Link} to={listHref} size="sm">
          ← {t('instances.title')}
        </Anchor>
        <Title order={2}>{t('create.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('create.subtitle')}
        </Text>
      </div>
      {runReason(cdsCcs.CreateInstance) ? (
        <Alert color="gray" variant="light" data-testid="role-notice">
          {runReason(cdsCcs.CreateInstance)}
        </Alert>
      ) : null}
      <DraftRestored shown={restored} />
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        aria-label={t('create.title')}
      >
        <Stack gap="md">
          <Section title={t('create.section.location')}>
            <Group grow align="flex-start">
              <Select
                label={t('create.region')}
                data={regionOptions(lang)}
                value={form.region}
                onChange={(v) => v && set({ region: v, vdcId: '', instanceType: '', imageId: '', disks: [] })}
                allowDeselect={false}
                searchable
                error={errors.RegionId}
              />
              <Select
                label={t('create.vdc')}
                placeholder={vdcs.isLoading ? t('common.loading') : t('create.vdcPlaceholder')}
                data={(vdcs.data?.items ?? []).map((v) => ({ value: v.id, label: v.name }))}
                value={form.vdcId || null}
                onChange={(v) => set({ vdcId: v ?? '' })}
                nothingFoundMessage={t('create.noVdc')}
                error={errors.VdcId ?? (vdcs.error ? t('instances.filter.vdcLoadFailed') : undefined)}
                description={vdcs.data && vdcs.data.items.length === 0 ? t('create.noVdc') : undefined}
                required
              />
            </Group>
          </Section>

          <Section title={t('create.section.instance')}>
            {goods.error ? <ErrorNotice error={goods.error} title={t('create.goodsFailed')} onRetry={() => void goods.refetch()} /> : null}
            {goods.isLoading ? (
              <Stack gap="sm" data-testid="goods-loading">
                <Skeleton height={36} />
                <Skeleton height={36} />
              </Stack>
            ) : (
              <Group grow align="flex-start">
                <Select
                  label={t('create.instanceType')}
                  data={instanceGoods.map((g) => ({ value: g.instanceType, label: translateOr(t, `instanceType.${g.instanceType}`, g.instanceType) }))}
                  value={form.instanceType || null}
                  onChange={(v) => set({ instanceType: v ?? '', imageId: '' })}
                  allowDeselect={false}
                  error={errors.InstanceType}
                  required
                />
                <Select
                  label={t('create.image')}
                  data={imageData}
                  value={form.imageId || null}
                  onChange={(v) => set({ imageId: v ?? '' })}
                  searchable
                  allowDeselect={false}
                  error={errors.ImageId}
                  required
                />
              </Group>
            )}
            <Input.Wrapper label={t('create.cpu')} id="cpu" labelElement="div" styles={{ label: { display: 'block' } }} error={errors.Cpu}>
              <SegmentedControl
                aria-labelledby="cpu-label"
                mt={4}
                data={CDS_CPU_VALUES.map((c) => ({ value: String(c), label: String(c) }))}
                value={String(form.cpu)}
                onChange={(v) => set({ cpu: Number(v) })}
              />
            </Input.Wrapper>
            <Select
              label={t('create.ram')}
              data={CDS_RAM_VALUES.map((r) => ({ value: String(r), label: `${r} GB` }))}
              value={String(form.ram)}
              onChange={(v) => v && set({ ram: Number(v) })}
              allowDeselect={false}
              error={errors.Ram}
              w={200}
            />
          </Section>

          <Section title={t('create.section.storage')}>
            <DataDisksField disks={form.disks} goods={diskGoods} errors={errors} onChange={(disks) => set({ disks })} />
          </Section>

          <Section title={t('create.section.access')}>
            <TextInput
              label={t('create.name')}
              description={t('create.nameHint')}
              value={form.name}
              onChange={(e) => set({ name: e.currentTarget.value })}
              error={errors.InstanceName}
              maxLength={64}
            />
            <PasswordFields
              password={form.password}
              confirm={form.confirm}
              errors={{ password: errors.Password, confirm: errors.confirm }}
              onChange={(c) => set(c)}
            />
          </Section>

          <Section title={t('create.section.billing')}>
            <Group align="flex-start" gap="xl">
              <Input.Wrapper label={t('create.publicIp')} id="public-ip" labelElement="div" styles={{ label: { display: 'block' } }}>
                <SegmentedControl
                  aria-labelledby="public-ip-label"
                  mt={4}
                  data={[
                    { value: 'none', label: t('create.publicIp.none') },
                    { value: 'auto', label: t('create.publicIp.auto') },
                  ]}
                  value={form.publicIp}
                  onChange={(v) => set({ publicIp: v as CreateForm['publicIp'] })}
                />
              </Input.Wrapper>
              <Input.Wrapper label={t('create.chargeType')} id="charge" labelElement="div" styles={{ label: { display: 'block' } }}>
                <SegmentedControl
                  aria-labelledby="charge-label"
                  mt={4}
                  data={[
                    { value: 'PostPaid', label: t('charge.PostPaid') },
                    { value: 'PrePaid', label: t('charge.PrePaid') },
                  ]}
                  value={form.chargeType}
                  onChange={(v) => set({ chargeType: v as CreateForm['chargeType'] })}
                />
              </Input.Wrapper>
              <NumberInput
                label={t('create.amount')}
                value={form.amount}
                onChange={(v) => set({ amount: typeof v === 'number' ? v : v === '' ? '' : Number(v) })}
                min={1}
                max={99}
                allowDecimal={false}
                error={errors.Amount}
                w={120}
              />
            </Group>
            {form.chargeType === 'PrePaid' ? (
              <Group align="flex-end" gap="xl">
                <Select
                  label={t('create.months')}
                  data={[1, 2, 3, 6, 12, 24, 36].map((m) => ({ value: String(m), label: t('create.monthsN', { n: m }) }))}
                  value={String(form.months)}
                  onChange={(v) => v && set({ months: Number(v) })}
                  allowDeselect={false}
                  error={errors.PrepaidMonth}
                  w={160}
                />
                <Checkbox
                  label={t('create.autoRenew')}
                  checked={form.autoRenew}
                  onChange={(e) => set({ autoRenew: e.currentTarget.checked })}
                  mb={8}
                />
              </Group>
            ) : null}
          </Section>

          {submitted && errorCount > 0 ? (
            <Alert color="orange" variant="light" role="status" data-testid="form-errors">
              {t('create.fixFields', { count: errorCount })}
            </Alert>
          ) : null}
          {create.error ? (
            <ErrorNotice error={create.error} title={t('create.failed')} onClose={() => create.reset()} />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" component={Link} to={listHref}>
              {t('common.cancel')}
            </Button>
            <ActionButton catalog={cdsCcs.CreateInstance} type="submit" loading={create.isPending} data-testid="create-submit">
              {t('create.submit')}
            </ActionButton>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
