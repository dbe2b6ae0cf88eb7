import { CopyButton, Group, Text } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useT } from '../i18n/i18n';
import { IconButton } from './IconButton';
import { Tip } from './Tip';

/** A value (an id, an address) with a copy button next to it. */
export function Copyable({ value, dimmed, label }: { value: string; dimmed?: boolean; label?: string }) {
  const t = useT();
  if (!value) return <Text size="sm" c="dimmed">—</Text>;
  return (
    <Group gap={4} wrap="nowrap">
      <Text size="xs" c={dimmed ? 'dimmed' : undefined} ff="monospace" truncate="end" maw={200} title={value}>
        {value}
      </Text>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Tip label={copied ? t('common.copied') : t('common.copy')}>
            <IconButton
              size="xs"
              variant="subtle"
              color={copied ? 'teal' : 'gray'}
              onClick={copy}
              aria-label={t('common.copyValue', { value: label ?? value })}
            >
              {copied ? <IconCheck size={12} /> : <IconCopy size={12} />}
            </IconButton>
          </Tip>
        )}
      </CopyButton>
    </Group>
  );
}
