import type { DiskGood } from '@console/api-types/client';
import { ActionIcon, Button, Group, Input, NumberInput, Select, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { translateOr, useT } from '../../i18n/i18n';
import type { DiskRow, FormErrors } from './form-rules';

export const MAX_DATA_DISKS = 14;

export interface DataDisksFieldProps {
  disks: DiskRow[];
  goods: readonly DiskGood[];
  errors: FormErrors;
  onChange: (disks: DiskRow[]) => void;
}

let nextKey = 0;
const newKey = () => `disk-${++nextKey}`;

/** Data disk rows: type from what the region sells, size checked against its min, max and step. */
export function DataDisksField({ disks, goods, errors, onChange }: DataDisksFieldProps) {
  const t = useT();
  const update = (n: number, change: Partial<DiskRow>) => onChange(disks.map((d, i) => (i === n ? { ...d, ...change } : d)));
  const add = () => {
    const g = goods[0];
    onChange([...disks, { key: newKey(), type: g?.type ?? '', size: g ? Math.max(g.minSize, 100 - ((100 - g.minSize) % g.step)) : 100 }]);
  };
  return (
    <Input.Wrapper label={t('create.dataDisks')} description={t('create.dataDisksHint', { max: MAX_DATA_DISKS })}>
      <Stack gap="xs" mt={6}>
        {disks.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('create.noDataDisks')}
          </Text>
        ) : null}
        {disks.map((d, n) => {
          const good = goods.find((g) => g.type === d.type);
          return (
            <Group key={d.key} align="flex-start" gap="sm" data-testid="data-disk-row">
              <Select
                label={t('create.diskType', { n: n + 1 })}
                data={goods.map((g) => ({ value: g.type, label: translateOr(t, `disk.${g.type}`, g.type) }))}
                value={d.type || null}
                onChange={(v) => update(n, { type: v ?? '' })}
                allowDeselect={false}
                error={errors[`DataDisks.${n}.Type`]}
                w={200}
              />
              <NumberInput
                label={t('create.diskSize', { n: n + 1 })}
                value={d.size}
                onChange={(v) => update(n, { size: typeof v === 'number' ? v : v === '' ? '' : Number(v) })}
                min={good?.minSize}
                max={good?.maxSize}
                step={good?.step ?? 10}
                suffix=" GB"
                allowDecimal={false}
                description={good ? t('create.diskRange', { min: good.minSize, max: good.maxSize, step: good.step }) : undefined}
                error={errors[`DataDisks.${n}.Size`]}
                w={220}
              />
              <ActionIcon
                mt={26}
                variant="subtle"
                color="red"
                onClick={() => onChange(disks.filter((_, i) => i !== n))}
                aria-label={t('create.removeDisk', { n: n + 1 })}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          );
        })}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            onClick={add}
            disabled={disks.length >= MAX_DATA_DISKS || goods.length === 0}
          >
            {t('create.addDisk')}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
