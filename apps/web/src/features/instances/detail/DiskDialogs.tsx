import { cdsCcsInstanceOps, type DiskGood, type Instance } from '@console/api-types/client';
import { NumberInput, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useActionMutation } from '../../../api/mutation';
import { useT } from '../../../i18n/i18n';
import type { DiskRow } from '../form-rules';
import { DataDisksField } from '../DataDisksField';
import { markInstances } from '../optimistic';
import { FormDialog } from '../../../kit/FormDialog';
import { nextSize, resizeProblem, validateNewDisks } from './forms';
import { MAX_DATA_DISKS } from './rules';
import { useWhenOpened } from '../../../kit/useWhenOpened';

interface AddProps {
  instance: Instance;
  goods: readonly DiskGood[];
  opened: boolean;
  onClose: () => void;
}

/** CreateDisk: one or more data disks of the types the region sells. */
export function AddDisksDialog({ instance, goods, opened, onClose }: AddProps) {
  const t = useT();
  const qc = useQueryClient();
  const name = instance.name || instance.id;
  const [rows, setRows] = useState<DiskRow[]>([]);
  const [tried, setTried] = useState(false);
  const mutation = useActionMutation(cdsCcsInstanceOps.CreateDisk, {
    describe: () => ({ label: t('compute.action.addDisk'), resource: name }),
    onMutate: (input, account) => markInstances(qc, [input.InstanceId], 'updating', account),
  });
  useWhenOpened(opened, () => {
    const g = goods[0];
    setRows(g ? [{ key: 'new-1', type: g.type, size: Math.max(g.minSize, 100 - ((100 - g.minSize) % g.step)) }] : []);
    setTried(false);
    mutation.reset();
  });
  const errors = validateNewDisks(rows, instance.dataDisks.length, goods, t);
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('compute.disk.addTitle', { name })}
      submitLabel={t('compute.disk.addSubmit')}
      loading={mutation.isPending}
      error={mutation.error}
      size="lg"
      data-testid="add-disk-dialog"
      onSubmit={() => {
        setTried(true);
        if (Object.keys(errors).length) return;
        const DataDisks = rows.map((r) => ({ Type: r.type, Size: Number(r.size) }));
        mutation.mutate({ InstanceId: instance.id, DataDisks }, { onSuccess: onClose });
      }}
    >
      <Text size="sm" c="dimmed">
        {t('compute.disk.left', { left: Math.max(0, MAX_DATA_DISKS - instance.dataDisks.length) })}
      </Text>
      <DataDisksField disks={rows} goods={goods} errors={tried ? errors : {}} onChange={setRows} />
      {tried && errors.DataDisks ? (
        <Text size="sm" c="red" role="alert">
          {errors.DataDisks}
        </Text>
      ) : null}
    </FormDialog>
  );
}

interface ResizeProps {
  instance: Instance;
  disk: { id: string; size: number; type?: string; label: string } | undefined;
  goods: readonly DiskGood[];
  opened: boolean;
  onClose: () => void;
}

/** ResizeDisk: a larger size only, on the region's step. */
export function ResizeDiskDialog({ instance, disk, goods, opened, onClose }: ResizeProps) {
  const t = useT();
  const qc = useQueryClient();
  const good = goods.find((g) => g.type === disk?.type);
  const [size, setSize] = useState<number | ''>('');
  const [tried, setTried] = useState(false);
  const mutation = useActionMutation(cdsCcsInstanceOps.ResizeDisk, {
    describe: () => ({ label: t('compute.action.resizeDiskOf', { name: disk?.label ?? '' }), resource: instance.name || instance.id }),
    onMutate: (input, account) => markInstances(qc, [input.InstanceId], 'updating', account),
  });
  useWhenOpened(opened, () => {
    if (!disk) return;
    setSize(nextSize(disk.size, good));
    setTried(false);
    mutation.reset();
  });
  if (!disk) return null;
  const problem = resizeProblem(disk.size, size, good, t);
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('compute.disk.resizeTitle', { disk: disk.label })}
      submitLabel={t('compute.disk.resizeSubmit')}
      loading={mutation.isPending}
      error={mutation.error}
      data-testid="resize-dialog"
      onSubmit={() => {
        setTried(true);
        if (problem) return;
        mutation.mutate({ InstanceId: instance.id, DiskId: disk.id, DataSize: Number(size) }, { onSuccess: onClose });
      }}
    >
      <Text size="sm">{t('compute.disk.resizeCurrent', { size: disk.size })}</Text>
      <NumberInput
        label={t('compute.disk.newSize')}
        value={size}
        onChange={(v) => setSize(typeof v === 'number' ? v : v === '' ? '' : Number(v))}
        min={disk.size}
        max={good?.maxSize ?? 4000}
        step={good?.step ?? 10}
        allowDecimal={false}
        suffix=" GB"
        description={good ? t('create.diskRange', { min: good.minSize, max: good.maxSize, step: good.step }) : undefined}
        error={tried ? problem : undefined}
        data-autofocus
        data-testid="resize-size"
      />
    </FormDialog>
  );
}
