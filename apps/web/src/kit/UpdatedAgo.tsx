import { ActionIcon, Group, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { exactTime } from './time';
import { useNow } from './useNow';
import { Tip } from './Tip';

export interface UpdatedAgoProps {
  /** When the data on screen was fetched (TanStack's dataUpdatedAt). */
  updatedAt: number;
  onRefresh: () => void;
  refreshing?: boolean;
}

/** "Updated 12 s ago" and a refresh button (lesson 4). */
export function UpdatedAgo({ updatedAt, onRefresh, refreshing }: UpdatedAgoProps) {
  const { t, lang } = useI18n();
  const now = useNow(1000);
  // The exact time in the title from the first hover on: its time format is slow to make (a phone's
  // long task as a list first answers), and only a pointer shows a title.
  const [pointed, setPointed] = useState(false);
  const seconds = Math.max(0, Math.round((now - updatedAt) / 1000));
  const text =
    updatedAt === 0
      ? t('table.notYetUpdated')
      : seconds < 60
        ? t('table.updatedSeconds', { n: seconds })
        : t('table.updatedMinutes', { n: Math.floor(seconds / 60) });
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="xs" c="dimmed" title={pointed && updatedAt ? exactTime(updatedAt, lang) : undefined} onPointerEnter={() => setPointed(true)} data-testid="updated-ago">
        {text}
      </Text>
      <Tip label={t('table.refresh')}>
        <ActionIcon variant="subtle" color="gray" onClick={onRefresh} loading={refreshing} aria-label={t('table.refresh')} data-testid="refresh">
          <IconRefresh size={16} />
        </ActionIcon>
      </Tip>
    </Group>
  );
}
