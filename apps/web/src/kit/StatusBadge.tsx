import { Badge, Loader, type MantineColor } from '@mantine/core';
import { TRANSITIONAL_INSTANCE_STATES } from '@console/api-types/client';
import { isMessageKey, useT } from '../i18n/i18n';

/** Colour by meaning, shared by every product's status words. */
const COLORS: Record<string, MantineColor> = {
  running: 'teal',
  ok: 'teal',
  finish: 'teal',
  active: 'teal',
  stop: 'gray',
  ready: 'gray',
  error: 'red',
  new: 'blue',
  doing: 'blue',
};

export interface StatusBadgeProps {
  status: string;
  /** Show a spinner: defaults to the instance states that change by themselves. */
  busy?: boolean;
}

/** A status word, translated, coloured by meaning, spinning while it is changing. */
export function StatusBadge({ status, busy }: StatusBadgeProps) {
  const t = useT();
  const lower = status.toLowerCase();
  const moving = busy ?? TRANSITIONAL_INSTANCE_STATES.includes(lower);
  const key = `status.${lower}`;
  const label = isMessageKey(key) ? t(key) : status;
  return (
    <Badge
      data-testid="status-badge"
      data-status={lower}
      color={COLORS[lower] ?? (moving ? 'blue' : 'gray')}
      variant="light"
      radius="sm"
      leftSection={moving ? <Loader size={10} color="currentColor" aria-hidden /> : undefined}
      style={{ flexShrink: 0, overflow: 'visible' }}
      styles={{ label: { textTransform: 'none', overflow: 'visible' } }}
    >
      {label}
    </Badge>
  );
}
