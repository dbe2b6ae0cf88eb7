import { cdsCcsInstanceOps, type Instance } from '@console/api-types/client';
import { Group, Text, VisuallyHidden } from '@mantine/core';
import { IconPlus, IconResize, IconTrash } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useActionMutation } from '../../../api/mutation';
import { translateOr, useT } from '../../../i18n/i18n';
import type { ResourceAction } from '../../../kit/actions';
import { ActionButton } from '../../../kit/ActionButton';
import { ActionMenu } from '../../../kit/ActionMenu';
import type { Column } from '../../../kit/ResourceTable';
import { useActionRunner } from '../../../kit/useActionRunner';
import { markInstances } from '../optimistic';
import { DetailTable } from './DetailTable';
import { AddDisksDialog, ResizeDiskDialog } from './DiskDialogs';
import { addDiskBlocked, hardwareBlocked } from './rules';
import { useInstanceGoods } from './useImageChoices';

export interface DiskItem {
  key: string;
  id: string;
  label: string;
  size: number;
  type?: string;
  iops?: number;
  system: boolean;
}

/** The disks as rows: the system disk first, then the data disks, each with a name a person can type. */
export function diskItems(instance: Instance, t: ReturnType<typeof useT>): DiskItem[] {
  const sys = instance.systemDisk;
  const items: DiskItem[] = sys ? [{ key: sys.id ?? 'system', id: sys.id ?? '', label: t('compute.disk.system'), size: sys.size, type: sys.type, iops: sys.iops, system: true }] : [];
  instance.dataDisks.forEach((d, n) => {
    items.push({ key: d.id ?? `data-${n}`, id: d.id ?? '', label: t('compute.disk.data', { n: n + 1 }), size: d.size, type: d.type, iops: d.iops, system: false });
  });
  return items;
}

/** System and data disks, with add, grow and delete. */
export function DisksSection({ instance }: { instance: Instance }) {
  const t = useT();
  const qc = useQueryClient();
  const name = instance.name || instance.id;
  const goods = useInstanceGoods(instance, true);
  const [adding, setAdding] = useState(false);
  const [resizing, setResizing] = useState<DiskItem | undefined>();
  const [resizeOpen, setResizeOpen] = useState(false);
  const runner = useActionRunner<DiskItem>();
  const { mutateAsync: deleteAsync } = useActionMutation(cdsCcsInstanceOps.DeleteDisk, {
    describe: () => ({ label: t('compute.action.deleteDisk'), resource: name }),
    onMutate: (input, account) => markInstances(qc, [input.InstanceId], 'updating', account),
  });

  const actions = useMemo<ResourceAction<DiskItem>[]>(() => {
    const blocked = (items: DiskItem[]) => {
      if (items.some((d) => d.system)) return t('compute.reason.systemDisk');
      const key = hardwareBlocked(instance);
      return key ? t(key) : undefined;
    };
    return [
      {
        id: 'resize',
        label: t('compute.action.resizeDisk'),
        icon: <IconResize size={16} />,
        catalog: cdsCcsInstanceOps.ResizeDisk,
        disabledReason: blocked,
        run: async ([d]) => {
          setResizing(d);
          setResizeOpen(true);
        },
      },
      {
        id: 'delete-disk',
        label: t('compute.action.deleteDisk'),
        icon: <IconTrash size={16} />,
        catalog: cdsCcsInstanceOps.DeleteDisk,
        danger: true,
        disabledReason: blocked,
        confirm: (items) => ({
          title: t('compute.disk.deleteTitle'),
          message: t('compute.disk.deleteMessage'),
          names: items.map((d) => `${d.label} · ${t('compute.disk.gb', { n: d.size })} · ${d.id}`),
          confirmLabel: t('compute.action.deleteDisk'),
          typeToConfirm: items[0]?.label,
          danger: true,
        }),
        run: (items) => deleteAsync({ InstanceId: instance.id, DiskIds: items.map((d) => d.id) }),
      },
    ];
  }, [t, instance, deleteAsync]);

  const columns: Column<DiskItem>[] = [
    { key: 'disk', header: t('compute.disk.col.disk'), render: (d) => <Text size="sm" fw={600}>{d.label}</Text> },
    { key: 'type', header: t('compute.disk.col.type'), render: (d) => <Text size="sm">{d.type ? translateOr(t, `disk.${d.type}`, d.type) : '—'}</Text> },
    { key: 'size', header: t('compute.disk.col.size'), nowrap: true, render: (d) => <Text size="sm" data-testid="disk-size">{t('compute.disk.gb', { n: d.size })}</Text> },
    { key: 'iops', header: t('compute.disk.col.iops'), visibleFrom: 'sm', render: (d) => <Text size="sm">{d.iops ?? '—'}</Text> },
    {
      key: 'actions',
      header: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
      width: 56,
      render: (d) => (d.system ? null : <ActionMenu item={d} name={d.label} actions={actions} runner={runner} />),
    },
  ];
  const addReason = addDiskBlocked(instance);

  return (
    <>
      <Group justify="flex-end" mb="xs">
        <ActionButton
          catalog={cdsCcsInstanceOps.CreateDisk}
          disabledReason={addReason ? t(addReason) : undefined}
          onClick={() => setAdding(true)}
          leftSection={<IconPlus size={16} />}
          variant="light"
          size="xs"
          data-testid="add-disk"
        >
          {t('compute.action.addDisk')}
        </ActionButton>
      </Group>
      <DetailTable<DiskItem>
        label={t('compute.section.disks')}
        columns={columns}
        rows={diskItems(instance, t)}
        rowKey={(d) => d.key}
        rowAttributes={(d) => ({ 'data-testid': 'disk-row', 'data-disk-label': d.label, 'data-disk-size': String(d.size), 'data-system': String(d.system) })}
        empty={t('compute.disk.none')}
      />
      <AddDisksDialog instance={instance} goods={goods.disks} opened={adding} onClose={() => setAdding(false)} />
      <ResizeDiskDialog instance={instance} disk={resizing} goods={goods.disks} opened={resizeOpen} onClose={() => setResizeOpen(false)} />
      {runner.dialog}
    </>
  );
}
