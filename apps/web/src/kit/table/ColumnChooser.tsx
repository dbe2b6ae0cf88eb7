import { ActionIcon, Checkbox, Stack, Text } from '@mantine/core';
import { IconColumns3 } from '@tabler/icons-react';
import { useT } from '../../i18n/i18n';
import { LazyPopover } from '../overlays/LazyMenu';
import { columnLabel, hideableKeys } from './prefs';
import type { Column } from './types';

export interface ColumnChooserProps<T> {
  columns: readonly Column<T>[];
  hidden: readonly string[];
  onChange: (hidden: string[]) => void;
}

/** A button that opens a list of the columns with a box each; the name column's box is fixed on. */
export function ColumnChooser<T>({ columns, hidden, onChange }: ColumnChooserProps<T>) {
  const t = useT();
  const hideable = new Set(hideableKeys(columns));
  const listed = columns.filter((c) => !!columnLabel(c) && !c.stickyRight);
  return (
    <LazyPopover
      position="bottom-end"
      withArrow
      shadow="md"
      trapFocus
      target={
        <ActionIcon variant="subtle" color="gray" aria-label={t('table.columns')} title={t('table.columns')} data-testid="column-chooser">
          <IconColumns3 size={16} />
        </ActionIcon>
      }
    >
        <Stack gap="xs" role="group" aria-label={t('table.columns')}>
          <Text size="xs" c="dimmed">
            {t('table.columnsHint')}
          </Text>
          {listed.map((c) => {
            const label = columnLabel(c)!;
            const fixed = !hideable.has(c.key);
            return (
              <Checkbox
                key={c.key}
                size="sm"
                label={label}
                checked={fixed || !hidden.includes(c.key)}
                disabled={fixed}
                data-testid={`column-toggle-${c.key}`}
                onChange={(e) => onChange(e.currentTarget.checked ? hidden.filter((k) => k !== c.key) : [...hidden, c.key])}
              />
            );
          })}
        </Stack>
    </LazyPopover>
  );
}
