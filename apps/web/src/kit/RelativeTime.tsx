import { Text } from '@mantine/core';
import { useI18n } from '../i18n/i18n';
import { exactTime, relativeTime, toMillis } from './time';
import { useNow } from './useNow';
import { Tip } from './Tip';

export interface RelativeTimeProps {
  value: string | number | Date | undefined | null;
  size?: 'xs' | 'sm' | 'md';
}

/** "5 minutes ago" in tables; the exact time on hover and focus (lesson 9). */
export function RelativeTime({ value, size = 'sm' }: RelativeTimeProps) {
  const { lang } = useI18n();
  const now = useNow(30_000);
  const ms = toMillis(value);
  if (ms === undefined) return <Text size={size} c="dimmed">—</Text>;
  const exact = exactTime(ms, lang);
  return (
    <Tip label={exact} openDelay={200}>
      <Text component="time" dateTime={new Date(ms).toISOString()} size={size} tabIndex={0} aria-label={exact}>
        {relativeTime(ms, now, lang)}
      </Text>
    </Tip>
  );
}
