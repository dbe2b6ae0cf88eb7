import { mosMcsInstanceOps as ops, type MosInstance } from '@console/api-types/client';
import { Checkbox, Group, NumberInput, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useActionMutation } from '../../api/mutation';
import { useI18n } from '../../i18n/i18n';
import { notifyDone } from './notify';
import { FormDialog } from '../../kit/FormDialog';
import { TypeToConfirm } from '../../kit/TypeToConfirm';
import { useWhenOpened } from '../../kit/useWhenOpened';
import { durationOf, sizeFromMb } from './mos-state';
import { useMosChoices } from './useMos';

interface DialogProps {
  instance: MosInstance | undefined;
  opened: boolean;
  onClose: () => void;
}

/** A Duration picker: a number and hours or months (1M by default, as MOS). */
export function DurationField({ count, unit, onChange }: { count: number | string; unit: 'H' | 'M'; onChange: (count: number | string, unit: 'H' | 'M') => void }) {
  const { t } = useI18n();
  const invalid = durationOf(count, unit) === undefined;
  return (
    <Group align="flex-start" grow>
      <NumberInput
        label={t('mos.duration')}
        aria-label={t('mos.durationCount')}
        value={count}
        // No min/max here: Mantine would clamp on blur (72 typed while the unit is still months
        // would become 36); the error below says what is allowed instead.
        allowDecimal={false}
        allowNegative={false}
        onChange={(v) => onChange(v, unit)}
        error={invalid ? t('mos.durationInvalid') : undefined}
        data-testid="duration-count"
      />
      <Select
        label={t('mos.durationUnit')}
        value={unit}
        allowDeselect={false}
        data={[
          { value: 'M', label: t('mos.unit.M') },
          { value: 'H', label: t('mos.unit.H') },
        ]}
        onChange={(v) => v && onChange(count, v as 'H' | 'M')}
        comboboxProps={{ withinPortal: true }}
        data-testid="duration-unit"
      />
    </Group>
  );
}

export function StopDialog({ instance, opened, onClose }: DialogProps) {
  const { t } = useI18n();
  const [force, setForce] = useState(false);
  useWhenOpened(opened, () => setForce(false));
  const m = useActionMutation(ops.StopInstance, { describe: (i) => ({ label: t('mos.done.stop', { name: i.InstanceId }) }) });
  useWhenOpened(opened, m.reset);
  const name = instance?.name ?? '';
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('mos.stopTitle', { name })}
      submitLabel={t('mos.submit.stop')}
      loading={m.isPending}
      error={m.error}
      danger={force}
      data-testid="mos-stop-dialog"
      onSubmit={() =>
        instance &&
        m.mutate({ InstanceId: instance.id, ...(force ? { Force: true } : {}) }, { onSuccess: () => (notifyDone(t, t('mos.done.stop', { name })), onClose()) })
      }
    >
      <Text size="sm">{t('mos.stopText')}</Text>
      <Checkbox label={t('mos.force')} description={t('mos.forceHint')} checked={force} onChange={(e) => setForce(e.currentTarget.checked)} data-testid="mos-force" />
    </FormDialog>
  );
}

export function RenewDialog({ instance, opened, onClose }: DialogProps) {
  const { t } = useI18n();
  const [count, setCount] = useState<number | string>(1);
  const [unit, setUnit] = useState<'H' | 'M'>('M');
  useWhenOpened(opened, () => (setCount(1), setUnit('M')));
  const m = useActionMutation(ops.RenewInstance, { describe: (i) => ({ label: t('mos.action.renew'), resource: i.InstanceId }) });
  useWhenOpened(opened, m.reset);
  const duration = durationOf(count, unit);
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('mos.renewTitle', { name: instance?.name ?? '' })}
      submitLabel={t('mos.submit.renew')}
      loading={m.isPending}
      error={m.error}
      submitDisabled={!duration}
      data-testid="mos-renew-dialog"
      onSubmit={() => instance && duration && m.mutate({ InstanceId: instance.id, Duration: duration }, { onSuccess: () => (notifyDone(t, t('mos.action.renew') + ' · ' + instance.name), onClose()) })}
    >
      <Text size="sm">{t('mos.renewText')}</Text>
      <DurationField count={count} unit={unit} onChange={(c, u) => (setCount(c), setUnit(u))} />
    </FormDialog>
  );
}

export function ChangeTypeDialog({ instance, opened, onClose }: DialogProps) {
  const { t } = useI18n();
  const { types } = useMosChoices();
  const [type, setType] = useState<string | null>(null);
  const [count, setCount] = useState<number | string>(1);
  const [unit, setUnit] = useState<'H' | 'M'>('M');
  useWhenOpened(opened, () => (setType(null), setCount(1), setUnit('M')));
  const m = useActionMutation(ops.ChangeInstanceType, { describe: (i) => ({ label: t('mos.action.changeType'), resource: i.InstanceId }) });
  useWhenOpened(opened, m.reset);
  const duration = durationOf(count, unit);
  const options = (types.data?.items ?? [])
    .filter((x) => x.id !== instance?.instanceTypeId && x.name !== instance?.instanceType)
    .map((x) => ({ value: x.name, label: t('mos.typeOption', { name: x.name, cpu: x.cpu, memory: sizeFromMb(x.memoryMb) }) }));
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('mos.changeTypeTitle', { name: instance?.name ?? '' })}
      submitLabel={t('mos.submit.changeType')}
      loading={m.isPending}
      error={m.error}
      submitDisabled={!type || !duration}
      data-testid="mos-change-type-dialog"
      onSubmit={() =>
        instance && type && duration && m.mutate({ InstanceId: instance.id, InstanceType: type, Duration: duration }, { onSuccess: () => (notifyDone(t, `${t('mos.action.changeType')} · ${instance.name}`), onClose()) })
      }
    >
      <Text size="sm">{t('mos.changeTypeText')}</Text>
      <Select
        label={t('mos.instanceType')}
        data={options}
        value={type}
        onChange={setType}
        searchable
        disabled={types.isLoading}
        comboboxProps={{ withinPortal: true }}
        data-testid="mos-type-select"
      />
      <DurationField count={count} unit={unit} onChange={(c, u) => (setCount(c), setUnit(u))} />
    </FormDialog>
  );
}

/** The system disk is wiped: the instance's name must be typed first. */
export function RebuildDialog({ instance, opened, onClose }: DialogProps) {
  const { t } = useI18n();
  const { templates } = useMosChoices();
  const [template, setTemplate] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  useWhenOpened(opened, () => (setTemplate(null), setTyped('')));
  const m = useActionMutation(ops.RebuildInstanceRootImage, { describe: (i) => ({ label: t('mos.action.rebuild'), resource: i.InstanceId }) });
  useWhenOpened(opened, m.reset);
  const name = instance?.name ?? '';
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('mos.rebuildTitle', { name })}
      submitLabel={t('mos.submit.rebuild')}
      loading={m.isPending}
      error={m.error}
      danger
      submitDisabled={typed.trim() !== name}
      data-testid="mos-rebuild-dialog"
      onSubmit={() =>
        instance && m.mutate({ InstanceId: instance.id, ...(template ? { ImageId: template } : {}) }, { onSuccess: () => (notifyDone(t, `${t('mos.action.rebuild')} · ${name}`), onClose()) })
      }
    >
      <Text size="sm">{t('mos.rebuildText')}</Text>
      <Select
        label={t('mos.template')}
        placeholder={t('mos.templateKeep')}
        data={(templates.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
        value={template}
        onChange={setTemplate}
        clearable
        searchable
        comboboxProps={{ withinPortal: true }}
        data-testid="mos-template-select"
      />
      <TypeToConfirm word={name} value={typed} onChange={setTyped} />
    </FormDialog>
  );
}
