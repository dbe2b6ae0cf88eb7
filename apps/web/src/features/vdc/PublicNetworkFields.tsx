import '@mantine/core/styles/Switch.layer.css';
import type { BillingMethodName, WanGood } from '@console/api-types/client';
import { Loader, NumberInput, Select, SimpleGrid, Switch, Text, TextInput } from '@mantine/core';
import { translateOr, useT } from '../../i18n/i18n';
import {
  IP_CHOICES,
  maxQos,
  methodsOf,
  minQos,
  publicFormProblems,
  usableOf,
  type PublicForm,
} from './public-form';

interface Props {
  form: PublicForm;
  onChange: (form: PublicForm) => void;
  goods: readonly WanGood[];
  loading?: boolean;
  /** Show problems (after a first submit). */
  tried: boolean;
}

/** The fields of a public network: only what the region sells, in the steps the document allows. */
export function PublicNetworkFields({ form, onChange, goods, loading, tried }: Props) {
  const t = useT();
  if (loading) {
    return (
      <Text size="sm" c="dimmed">
        <Loader size="xs" mr={6} />
        {t('vdc.pub.typeLoading')}
      </Text>
    );
  }
  if (goods.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('vdc.pub.noTypes')}
      </Text>
    );
  const problems = tried ? publicFormProblems(form, goods) : [];
  const problemOf = (field: string) => {
    const p = problems.find((x) => x.field === field);
    if (!p) return undefined;
    if (p.key === 'qosOver') return t('vdc.pub.qosOver', p.vars);
    if (p.key === 'qosRule') return t('vdc.pub.qosHint', p.vars);
    if (p.key === 'floatLow') return t('vdc.pub.floatLow');
    return t('vdc.required');
  };
  const methods = methodsOf(goods, form.type);
  const max = maxQos(goods, form.type, form.method);
  const step = form.method === 'Bandwidth_95' ? 50 : form.method === 'Bandwidth' ? 5 : 1;
  const qosLabel =
    form.method === 'DataPackage'
      ? t('vdc.pub.qosPackage')
      : form.method === 'Bandwidth_95'
        ? t('vdc.pub.qosFloor')
        : t('vdc.pub.qos');
  const setType = (type: string) => {
    const next = methodsOf(goods, type);
    const method = next.includes(form.method) ? form.method : (next[0] ?? form.method);
    onChange({
      ...form,
      type,
      method,
      qos: Math.max(minQos(method), Math.min(form.qos, maxQos(goods, type, method))),
    });
  };
  const setMethod = (method: BillingMethodName) =>
    onChange({ ...form, method, qos: minQos(method), float: undefined });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
      <TextInput
        label={t('vdc.pub.name')}
        value={form.name}
        maxLength={64}
        onChange={(e) => onChange({ ...form, name: e.currentTarget.value })}
      />
      <Select
        label={t('vdc.pub.type')}
        data={goods.map((g) => ({ value: g.type, label: g.type }))}
        value={form.type}
        onChange={(v) => v && setType(v)}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        error={problemOf('type')}
        data-testid="pub-type"
      />
      <Select
        label={t('vdc.pub.method')}
        data={methods.map((m) => ({ value: m, label: translateOr(t, `vdc.method.${m}`, m) }))}
        value={methods.includes(form.method) ? form.method : null}
        onChange={(v) => v && setMethod(v as BillingMethodName)}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        error={problemOf('method')}
        data-testid="pub-method"
      />
      <NumberInput
        label={qosLabel}
        description={t('vdc.pub.qosHint', { min: minQos(form.method), max, step })}
        min={minQos(form.method)}
        max={max}
        step={step}
        allowDecimal={false}
        value={form.qos}
        onChange={(v) => onChange({ ...form, qos: Number(v) || 0 })}
        error={problemOf('qos')}
        data-testid="pub-qos"
      />
      {form.method === 'Bandwidth_95' ? (
        <NumberInput
          label={t('vdc.pub.float')}
          description={t('vdc.pub.floatHint')}
          min={form.qos}
          max={max}
          allowDecimal={false}
          value={form.float ?? ''}
          onChange={(v) => onChange({ ...form, float: v === '' ? undefined : Number(v) })}
          error={problemOf('float')}
        />
      ) : null}
      <Select
        label={t('vdc.pub.ipNum')}
        description={t('vdc.pub.ipNumHint', { usable: usableOf(form.ipNum) })}
        data={IP_CHOICES.map((n) => ({ value: String(n), label: String(n) }))}
        value={String(form.ipNum)}
        onChange={(v) => v && onChange({ ...form, ipNum: Number(v) })}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        data-testid="pub-ipnum"
      />
      {form.method === 'DataPackage' || form.method === 'Bandwidth_95' ? (
        <Switch
          label={t('vdc.pub.autoRenew')}
          checked={form.autoRenew}
          onChange={(e) => onChange({ ...form, autoRenew: e.currentTarget.checked })}
        />
      ) : null}
    </SimpleGrid>
  );
}
