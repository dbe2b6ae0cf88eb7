import { Group } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useT } from '../../../i18n/i18n';
import { DebouncedInput } from '../../../kit/DebouncedInput';
import { StatusFilter } from '../../../kit/table/StatusFilter';
import { DB_STATUSES, type DbListState } from './list-state';

/** Statuses (any number) and search of a database list; the search is written to the URL after a pause in typing. */
export function DbListFilters({ state, setState }: { state: DbListState; setState: (s: DbListState, replace?: boolean) => void }) {
  const t = useT();
  const onSearch = useCallback((q: string | undefined) => setState({ ...state, q, page: 1 }, true), [state, setState]);
  return (
    <Group align="flex-end">
      <DebouncedInput
        label={t('db.filter.search')}
        placeholder={t('db.filter.searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={state.q}
        onCommit={onSearch}
        maxLength={64}
        w={260}
        data-testid="db-search"
      />
      <StatusFilter
        label={t('db.filter.status')}
        options={DB_STATUSES}
        value={state.status}
        onChange={(status) => setState({ ...state, status, page: 1 })}
        labelOf={(s) => t(`status.${s}`)}
        data-testid="db-status-filter"
      />
    </Group>
  );
}
