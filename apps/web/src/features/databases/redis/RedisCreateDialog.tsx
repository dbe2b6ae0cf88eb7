import { cdsRedis, DB_MAX_AMOUNT } from '@console/api-types/client';
import { NumberInput, PasswordInput, Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useActionMutation } from '../../../api/mutation';
import { actionQuery } from '../../../api/query';
import { useAccountId } from '../../../context/AccountContext';
import { regionFrom } from '../../../context/region';
import { useT } from '../../../i18n/i18n';
import { FormDialog } from '../../../kit/FormDialog';
import { useWhenOpened } from '../../../kit/useWhenOpened';
import { choicesOf, costOf, problemsOf, withDefaults, type DbCreateForm } from '../mysql/create-form';
import { Choice } from '../shared/Choice';
import { CostLine } from '../shared/CostLine';
import { term } from '../shared/terms';
import { NetworkFields } from '../shared/NetworkFields';
import { useRegionOptions } from '../shared/useRegions';

/** Create Redis from the region's offer (DescribeAvailableDBConfig at /redis): version, architecture, memory. */
export function RedisCreateDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const account = useAccountId();
  const [params] = useSearchParams();
  const { options: regions } = useRegionOptions('redis');
  const [form, setForm] = useState<DbCreateForm>({ name: '', amount: 1 });
  const [password, setPassword] = useState('');
  const [tried, setTried] = useState(false);
  const config = useQuery({ ...actionQuery(cdsRedis.DescribeAvailableDBConfig, { RegionId: form.regionId ?? '' }, account), enabled: opened && !!form.regionId, staleTime: 5 * 60_000 });
  const mutation = useActionMutation(cdsRedis.CreateDBInstance, { describe: (i) => ({ label: t('redis.create'), resource: i.InstanceName }) });
  useWhenOpened(opened, () => {
    setForm({ regionId: regionFrom(params) ?? 'CN_Beijing_A', name: '', amount: 1 });
    setPassword('');
    setTried(false);
    mutation.reset();
  });
  useEffect(() => {
    if (config.data) setForm((f) => withDefaults(config.data, f));
  }, [config.data]);
  const c = useMemo(() => choicesOf(config.data, form), [config.data, form]);
  const problems = problemsOf(form, c, false);
  const set = (patch: Partial<DbCreateForm>) => setForm((f) => withDefaults(config.data, { ...f, ...patch }));
  const err = (bad: boolean | undefined, key: Parameters<typeof t>[0]) => (tried && bad ? t(key, { max: DB_MAX_AMOUNT }) : undefined);
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('redis.create')}
      submitLabel={t('redis.create')}
      loading={mutation.isPending}
      error={mutation.error ?? config.error}
      size="lg"
      data-testid="redis-dialog"
      onSubmit={() => {
        setTried(true);
        if (Object.keys(problems).length || !password || !form.regionId || !form.vdcId || !form.networkId || !form.paasGoodsId) return;
        mutation.mutate(
          { RegionId: form.regionId, VdcId: form.vdcId, BasePipeId: form.networkId, InstanceName: form.name, PaasGoodsId: form.paasGoodsId, Password: password, Amount: form.amount },
          { onSuccess: onClose },
        );
      }}
    >
      <Select label={t('db.form.region')} data={regions} value={form.regionId ?? null} onChange={(r) => set({ regionId: r ?? undefined, vdcId: undefined, networkId: undefined })} allowDeselect={false} searchable comboboxProps={{ withinPortal: true }} data-testid="db-region" />
      <Choice label={t('db.form.version')} value={form.version} options={c.products.map((p) => ({ value: p.version, label: p.version }))} onChange={(version) => set({ version })} testId="db-version" />
      <Choice label={t('db.form.architecture')} value={form.architecture} options={c.architectures.map((a) => ({ value: a.name, label: term(t, a.subProductName || a.name) }))} onChange={(architecture) => set({ architecture })} testId="db-architecture" />
      <Select
        label={t('redis.col.memory')}
        data={c.specs.map((s) => ({ value: s.paasGoodsId, label: s.pricePerHour !== undefined ? t('db.form.specPriced', { name: s.name, price: s.pricePerHour.toFixed(2) }) : s.name }))}
        value={form.paasGoodsId ?? null}
        onChange={(v) => v && set({ paasGoodsId: v })}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        data-testid="db-spec"
      />
      <NetworkFields regionId={form.regionId} value={form} onChange={(v) => set(v)} errors={{ vdc: err(problems.vdc, 'db.form.vdcRequired'), network: err(problems.network, 'db.form.networkRequired') }} />
      <TextInput label={t('db.form.name')} description={t('db.form.nameRule')} value={form.name} onChange={(e) => set({ name: e.currentTarget.value })} error={err(problems.name, 'db.form.nameInvalid')} required data-testid="db-name" />
      <PasswordInput label={t('redis.password')} value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={err(!password, 'redis.passwordRequired')} required autoComplete="new-password" data-testid="redis-password" />
      <NumberInput label={t('db.form.amount')} description={t('db.form.amountRule', { max: DB_MAX_AMOUNT })} min={1} max={DB_MAX_AMOUNT} value={form.amount} onChange={(v) => set({ amount: typeof v === 'number' ? v : 0 })} error={err(problems.amount, 'db.form.amountInvalid')} allowDecimal={false} />
      <CostLine cost={costOf(c.spec, undefined, undefined, form.amount)} />
    </FormDialog>
  );
}
