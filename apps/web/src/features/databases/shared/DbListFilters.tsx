import { Group, Select, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useT } from '../../../i18n/i18n';
import { DB_STATUSES, type DbListState } from './list-state';

/** Status and search of a database list; the search is written to the URL after a pause in typing. */
export function DbListFilters({ state, setState }: { state: DbListState; setState: (s: DbListState, replace?: boolean) => void }) {
  const t = useT();
  const [q, setQ] = useState(state.q ?? '');
  useEffect(() => setQ(state.q ?? ''), [state.q]);
  useEffect(() => {
    if ((state.q ?? '') === q.trim()) return;
    const h = setTimeout(() => setState({ ...state, q: q.trim() || undefined, page: 1 }, true), 350);
    return () => clearTimeout(h);
  }, [q, state, setState]);
  return (
    <Group align="flex-end">
      <TextInput
        label={t('db.filter.search')}
        placeholder={t('db.filter.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        maxLength={64}
        w={260}
        data-testid="db-search"
      />
      <Select
        label={t('db.filter.status')}
        data={[{ value: '', label: t('db.filter.allStatuses') }, ...DB_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
        value={state.status ?? ''}
        onChange={(v) => setState({ ...state, status: v || undefined, page: 1 })}
        allowDeselect={false}
        w={180}
        comboboxProps={{ withinPortal: true }}
        data-testid="db-status-filter"
      />
    </Group>
  );
}
