import { cdsMysql, DB_MAX_AMOUNT } from '@console/api-types/client';
import { Button, Group, NumberInput, Paper, Select, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useActionMutation } from '../../../api/mutation';
import { actionQuery } from '../../../api/query';
import { sharedSearch } from '../../../context/account';
import { useAccountId } from '../../../context/AccountContext';
import { regionFrom } from '../../../context/region';
import { useT } from '../../../i18n/i18n';
import { ErrorNotice } from '../../../kit/ErrorNotice';
import { PageHeader } from '../../../kit/PageHeader';
import { DraftRestored } from '../../../kit/DraftRestored';
import { useKeptState } from '../../../kit/useKeptState';
import { Choice } from '../shared/Choice';
import { CostLine } from '../shared/CostLine';
import { term } from '../shared/terms';
import { NetworkFields } from '../shared/NetworkFields';
import { useRegionOptions } from '../shared/useRegions';
import { choicesOf, costOf, problemsOf, withDefaults, type DbCreateForm } from './create-form';

/** /databases/mysql/new: every choice from DescribeAvailableDBConfig of the picked region. */
export function MysqlCreatePage() {
  const t = useT();
  const account = useAccountId();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { options: regions } = useRegionOptions('mysql');
  const [form, setForm, restored] = useKeptState<DbCreateForm>('create', { regionId: regionFrom(params) ?? 'CN_Beijing_A', name: '', amount: 1 });
  const [tried, setTried] = useState(false);
  const config = useQuery({ ...actionQuery(cdsMysql.DescribeAvailableDBConfig, { RegionId: form.regionId ?? '' }, account), enabled: !!form.regionId, staleTime: 5 * 60_000 });
  useEffect(() => {
    if (config.data) setForm((f) => withDefaults(config.data, f));
  }, [config.data, setForm]);
  const c = useMemo(() => choicesOf(config.data, form), [config.data, form]);
  const problems = problemsOf(form, c, true);
  const cost = costOf(c.spec, c.disk, form.diskGb, form.amount);
  const mutation = useActionMutation(cdsMysql.CreateDBInstance, { describe: (i) => ({ label: t('mysql.create'), resource: i.InstanceName }) });
  const set = (patch: Partial<DbCreateForm>) => setForm((f) => withDefaults(config.data, { ...f, ...patch }));
  const back = `/databases/mysql${sharedSearch(params)}`;

  const submit = () => {
    setTried(true);
    if (Object.keys(problems).length > 0 || !form.regionId || !form.vdcId || !form.networkId || !form.paasGoodsId || !form.diskType || !form.diskGb) return;
    mutation.mutate(
      { RegionId: form.regionId, VdcId: form.vdcId, BasePipeId: form.networkId, InstanceName: form.name, PaasGoodsId: form.paasGoodsId, DiskType: form.diskType, DiskValue: form.diskGb, Amount: form.amount },
      { onSuccess: () => void navigate(back) },
    );
  };
  const err = (k: keyof typeof problems, key: Parameters<typeof t>[0], vars?: Record<string, string | number>) => (tried && problems[k] ? t(key, vars) : undefined);

  return (
    <Stack gap="md" maw={760}>
      <PageHeader title={t('mysql.createTitle')} subtitle={t('mysql.createSubtitle')} />
      <DraftRestored shown={restored} />
      <form noValidate onSubmit={(e) => (e.preventDefault(), submit())} data-testid="mysql-create-form">
        <Stack gap="md">
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Select label={t('db.form.region')} data={regions} value={form.regionId ?? null} onChange={(r) => set({ regionId: r ?? undefined, vdcId: undefined, networkId: undefined })} allowDeselect={false} searchable comboboxProps={{ withinPortal: true }} data-testid="db-region" />
              {config.isError ? <ErrorNotice error={config.error} title={t('db.form.configFailed')} onRetry={() => void config.refetch()} /> : null}
              <Choice label={t('db.form.version')} value={form.version} options={c.products.map((p) => ({ value: p.version, label: p.version }))} onChange={(version) => set({ version })} testId="db-version" />
              <Choice label={t('db.form.architecture')} value={form.architecture} options={c.architectures.map((a) => ({ value: a.name, label: term(t, a.subProductName || a.name) }))} onChange={(architecture) => set({ architecture })} testId="db-architecture" />
              <Choice label={t('db.form.computeRole')} value={form.computeRole} options={c.computeRoles.map((r) => ({ value: r.name, label: term(t, r.name) }))} onChange={(computeRole) => set({ computeRole })} testId="db-compute" />
              <Select
                label={t('db.form.spec')}
                data={c.specs.map((s) => ({ value: s.paasGoodsId, label: s.pricePerHour !== undefined ? t('db.form.specPriced', { name: s.name, price: s.pricePerHour.toFixed(2) }) : s.name }))}
                value={form.paasGoodsId ?? null}
                onChange={(v) => v && set({ paasGoodsId: v })}
                allowDeselect={false}
                comboboxProps={{ withinPortal: true }}
                error={err('spec', 'db.form.specRequired')}
                data-testid="db-spec"
              />
              <Choice label={t('db.form.diskType')} value={form.diskType} options={c.disks.map((d) => ({ value: d.value, label: d.basicIops ? `${term(t, d.name)} (${d.basicIops} IOPS)` : term(t, d.name) }))} onChange={(diskType) => set({ diskType, diskGb: c.disks.find((d) => d.value === diskType)?.min })} testId="db-disk-type" />
              <NumberInput
                label={t('db.form.diskSize')}
                description={c.disk ? t('db.form.diskRange', { min: c.disk.min ?? '', max: c.disk.maxExpand ?? c.disk.max ?? '', step: c.disk.step ?? 1 }) : undefined}
                min={c.disk?.min}
                max={c.disk?.maxExpand ?? c.disk?.max}
                step={c.disk?.step}
                suffix=" GB"
                value={form.diskGb ?? ''}
                onChange={(v) => set({ diskGb: typeof v === 'number' ? v : undefined })}
                error={err('diskRange', 'db.form.diskOutOfRange')}
                data-testid="db-disk-size"
              />
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <NetworkFields regionId={form.regionId} value={form} onChange={(v) => set(v)} errors={{ vdc: err('vdc', 'db.form.vdcRequired'), network: err('network', 'db.form.networkRequired') }} />
              <TextInput label={t('db.form.name')} description={t('db.form.nameRule')} value={form.name} onChange={(e) => set({ name: e.currentTarget.value })} error={err('name', 'db.form.nameInvalid')} required data-testid="db-name" />
              <NumberInput label={t('db.form.amount')} description={t('db.form.amountRule', { max: DB_MAX_AMOUNT })} min={1} max={DB_MAX_AMOUNT} value={form.amount} onChange={(v) => set({ amount: typeof v === 'number' ? v : 0 })} error={err('amount', 'db.form.amountInvalid', { max: DB_MAX_AMOUNT })} allowDecimal={false} data-testid="db-amount" />
            </Stack>
          </Paper>
          <CostLine cost={cost} />
          {mutation.error ? <ErrorNotice error={mutation.error} title={t('error.actionFailed')} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void navigate(back)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="db-submit">
              {t('mysql.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
