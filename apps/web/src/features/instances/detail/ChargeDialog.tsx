import { cdsCcsInstanceOps, type Instance } from '@console/api-types/client';
import { Checkbox, Group, Input, NumberInput, SegmentedControl, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useActionMutation } from '../../../api/mutation';
import { translateOr, useT } from '../../../i18n/i18n';
import { markInstances } from '../optimistic';
import { FormDialog } from '../../../kit/FormDialog';
import { chargeProblems, toChargeInput, type ChargeForm } from './forms';
import { useWhenOpened } from '../../../kit/useWhenOpened';

const initial = (i: Instance): ChargeForm => ({ type: i.chargeType === 'PrePaid' ? 'PostPaid' : 'PrePaid', months: 1, autoRenew: true });

/** Monthly (with months and renewal) or pay as you go. */
export function ChargeDialog({ instance, opened, onClose }: { instance: Instance; opened: boolean; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const typeLabel = useId();
  const [form, setForm] = useState<ChargeForm>(() => initial(instance));
  const [tried, setTried] = useState(false);
  const mutation = useActionMutation(cdsCcsInstanceOps.ModifyInstanceChargeType, {
    describe: () => ({ label: t('compute.action.chargeType'), resource: instance.name || instance.id }),
    onMutate: (input, account) => markInstances(qc, [input.InstanceId], 'updating', account),
  });
  useWhenOpened(opened, () => {
    setForm(initial(instance));
    setTried(false);
    mutation.reset();
  });
  const errors = chargeProblems(instance.chargeType, form, t);
  const set = (c: Partial<ChargeForm>) => setForm((f) => ({ ...f, ...c }));
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('compute.charge.title', { name: instance.name || instance.id })}
      submitLabel={t('compute.charge.submit')}
      loading={mutation.isPending}
      error={mutation.error}
      data-testid="charge-dialog"
      onSubmit={() => {
        setTried(true);
        if (Object.keys(errors).length) return;
        mutation.mutate(toChargeInput(instance.id, form), { onSuccess: onClose });
      }}
    >
      <Text size="sm">{t('compute.charge.current', { charge: translateOr(t, `charge.${instance.chargeType}`, instance.chargeType) })}</Text>
      <Input.Wrapper label={t('create.chargeType')} labelElement="div" id={typeLabel} styles={{ label: { display: 'block' } }} error={tried ? errors.type : undefined}>
        <SegmentedControl
          aria-labelledby={`${typeLabel}-label`}
          mt={4}
          data={(['PrePaid', 'PostPaid'] as const).map((v) => ({ value: v, label: t(`charge.${v}`), disabled: v === instance.chargeType }))}
          value={form.type}
          onChange={(v) => set({ type: v as ChargeForm['type'] })}
        />
      </Input.Wrapper>
      {form.type === 'PrePaid' ? (
        <Group align="flex-start" gap="xl">
          <NumberInput
            label={t('compute.charge.monthsLabel')}
            description={t('compute.charge.monthsHint')}
            value={form.months}
            onChange={(v) => set({ months: typeof v === 'number' ? v : v === '' ? '' : Number(v) })}
            min={0}
            max={36}
            allowDecimal={false}
            error={tried ? errors.months : undefined}
            w={220}
          />
          <Checkbox label={t('create.autoRenew')} checked={form.autoRenew} onChange={(e) => set({ autoRenew: e.currentTarget.checked })} mt={30} />
        </Group>
      ) : null}
    </FormDialog>
  );
}
