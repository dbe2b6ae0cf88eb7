import { CDS_CPU_VALUES, CDS_RAM_VALUES, cdsCcsInstanceOps, type Instance } from '@console/api-types/client';
import { Input, SegmentedControl, Select, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useActionMutation } from '../../../api/mutation';
import { useT } from '../../../i18n/i18n';
import { markInstances } from '../optimistic';
import { FormDialog } from '../../../kit/FormDialog';
import { specProblem, toSpecInput } from './forms';
import { useWhenOpened } from '../../../kit/useWhenOpened';

/** Change CPU and RAM, among the values the catalog allows; only what changes is sent. */
export function SpecDialog({ instance, opened, onClose }: { instance: Instance; opened: boolean; onClose: () => void }) {
  const t = useT();
  const qc = useQueryClient();
  const cpuLabel = useId();
  const [cpu, setCpu] = useState(instance.cpu ?? 2);
  const [ram, setRam] = useState(instance.ram ?? 4);
  const [tried, setTried] = useState(false);
  const mutation = useActionMutation(cdsCcsInstanceOps.ModifyInstanceSpec, {
    describe: () => ({ label: t('compute.action.changeSpec'), resource: instance.name || instance.id }),
    onMutate: (input, account) => markInstances(qc, [input.InstanceId], 'updating', account),
  });
  useWhenOpened(opened, () => {
    setCpu(instance.cpu ?? 2);
    setRam(instance.ram ?? 4);
    setTried(false);
    mutation.reset();
  });
  const problem = specProblem(instance, cpu, ram, t);
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('compute.spec.title', { name: instance.name || instance.id })}
      submitLabel={t('compute.spec.submit')}
      loading={mutation.isPending}
      error={mutation.error}
      data-testid="spec-dialog"
      onSubmit={() => {
        setTried(true);
        if (problem) return;
        mutation.mutate(toSpecInput(instance, cpu, ram), { onSuccess: onClose });
      }}
    >
      <Text size="sm">{t('compute.spec.current', { cpu: instance.cpu ?? '—', ram: instance.ram ?? '—' })}</Text>
      <Input.Wrapper label={t('create.cpu')} labelElement="div" id={cpuLabel} styles={{ label: { display: 'block' } }}>
        <SegmentedControl
          aria-labelledby={`${cpuLabel}-label`}
          mt={4}
          fullWidth
          data={CDS_CPU_VALUES.map((c) => ({ value: String(c), label: String(c) }))}
          value={String(cpu)}
          onChange={(v) => setCpu(Number(v))}
        />
      </Input.Wrapper>
      <Select
        label={t('create.ram')}
        data={CDS_RAM_VALUES.map((r) => ({ value: String(r), label: `${r} GB` }))}
        value={String(ram)}
        onChange={(v) => v && setRam(Number(v))}
        allowDeselect={false}
        comboboxProps={{ withinPortal: true }}
        error={tried ? problem : undefined}
      />
    </FormDialog>
  );
}
