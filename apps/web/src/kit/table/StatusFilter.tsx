import type { StyleProp } from '@mantine/core';
import { LazyMultiSelect } from '../overlays/LazySelect';
import { useT } from '../../i18n/i18n';

export interface StatusFilterProps<V extends string> {
  /** The statuses one can pick, in the order offered. */
  options: readonly V[];
  value: readonly V[];
  onChange: (value: V[]) => void;
  /** The words for a status (the product's own, or the shared `status.*`). */
  labelOf: (status: V) => string;
  label?: string;
  w?: StyleProp<number | string>;
  'data-testid'?: string;
}

/** Any number of statuses at once (none = all); its value lives in the URL as a comma list (parseListParam/listParam). */
export function StatusFilter<V extends string>({ options, value, onChange, labelOf, label, w = 260, ...rest }: StatusFilterProps<V>) {
  const t = useT();
  return (
    <LazyMultiSelect
      label={label ?? t('table.statusFilter')}
      placeholder={value.length ? undefined : t('table.allStatuses')}
      data={options.map((s) => ({ value: s, label: labelOf(s) }))}
      value={[...value]}
      onChange={(v) => onChange(options.filter((o) => v.includes(o)))}
      clearable
      clearButtonProps={{ 'aria-label': t('table.clearStatuses') }}
      w={w}
      comboboxProps={{ withinPortal: true }}
      data-testid={rest['data-testid'] ?? 'status-filter'}
    />
  );
}
