import { Button, Group, Text } from '@mantine/core';
import { useT } from '../../i18n/i18n';

/** "3 selected · Clear": the count covers every page, not only the rows on screen. */
export function SelectionBar({ count, onClear }: { count: number; onClear: () => void }) {
  const t = useT();
  if (count === 0) return null;
  return (
    <Group gap="sm" px="sm" py={6} bg="var(--mantine-primary-color-light)" data-testid="selection-bar">
      <Text size="sm" fw={600} aria-live="polite" data-testid="selection-count">
        {t('table.selected', { count })}
      </Text>
      <Button size="compact-xs" variant="subtle" onClick={onClear} data-testid="selection-clear">
        {t('table.clearSelection')}
      </Button>
    </Group>
  );
}
