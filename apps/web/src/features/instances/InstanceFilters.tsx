import { Group, TextInput } from '@mantine/core';
import { LazySelect } from '../../kit/overlays/LazySelect';
import { IconSearch } from '@tabler/icons-react';
import { memo, useEffect, useState } from 'react';
import { regionName } from '../../context/regions';
import { useI18n } from '../../i18n/i18n';
import { StatusFilter } from '../../kit/table/StatusFilter';
import { useVdcs } from '../vdc/public';
import { INSTANCE_STATUSES, type InstanceListState } from './list-state';

export interface InstanceFiltersProps {
  state: InstanceListState;
  onChange: (change: Partial<Pick<InstanceListState, 'vdc' | 'status' | 'q'>>) => void;
}

/**
 * Search, VDC and statuses (several at once); the search text reaches the URL after a short pause in
 * typing. Memoized: the list's answers draw the page again, the filters only when theirs change.
 */
export const InstanceFilters = memo(function InstanceFilters({ state, onChange }: InstanceFiltersProps) {
  const { t, lang } = useI18n();
  const vdcs = useVdcs(state.region);
  const [q, setQ] = useState(state.q ?? '');
  useEffect(() => setQ(state.q ?? ''), [state.q]);
  useEffect(() => {
    if ((state.q ?? '') === q.trim()) return;
    const h = setTimeout(() => onChange({ q: q.trim() || undefined }), 350);
    return () => clearTimeout(h);
  }, [q, state.q, onChange]);

  const vdcOptions = (vdcs.data?.items ?? []).map((v) => ({
    value: v.id,
    label: state.region ? v.name : `${v.name} · ${regionName(v.regionId, lang)}`,
  }));
  // A VDC in the URL that is not (yet) in the list keeps its id visible rather than vanishing.
  if (state.vdc && !vdcOptions.some((o) => o.value === state.vdc))
    vdcOptions.push({ value: state.vdc, label: state.vdc });

  return (
    <Group gap="sm" wrap="wrap" align="flex-end">
      <TextInput
        label={t('instances.filter.search')}
        placeholder={t('instances.filter.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onChange({ q: q.trim() || undefined });
        }}
        w={260}
        data-testid="instance-search"
      />
      <LazySelect
        label={t('instances.filter.vdc')}
        placeholder={vdcs.isLoading ? t('common.loading') : t('instances.filter.allVdcs')}
        data={vdcOptions}
        value={state.vdc ?? null}
        onChange={(v) => onChange({ vdc: v ?? undefined })}
        clearable
        searchable
        nothingFoundMessage={t('common.nothingFound')}
        w={240}
        data-testid="vdc-filter"
        error={vdcs.error ? t('instances.filter.vdcLoadFailed') : undefined}
      />
      <StatusFilter
        label={t('instances.filter.status')}
        options={INSTANCE_STATUSES}
        value={state.status ?? []}
        onChange={(status) => onChange({ status: status.length ? status : undefined })}
        labelOf={(s) => t(`status.${s}`)}
        data-testid="status-filter"
      />
    </Group>
  );
});
