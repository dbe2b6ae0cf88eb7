import type { MantineColor } from '@mantine/core';
import { translateOr, useT } from '../../i18n/i18n';
import { Tag } from '../../kit/Tag';

const COLORS: Record<string, MantineColor> = {
  success: 'teal',
  pending: 'blue',
  upstream_error: 'orange',
  // Not yellow: its light badge is unreadable on white (axe colour contrast).
  validation_error: 'grape',
  forbidden: 'red',
  denied: 'red',
  error: 'red',
};

/** An audit outcome, translated and coloured by meaning. */
export function OutcomeBadge({ outcome }: { outcome: string }) {
  const t = useT();
  return (
    <Tag color={COLORS[outcome] ?? 'gray'} data-testid="outcome-badge" data-outcome={outcome}>
      {translateOr(t, `audit.outcome.${outcome}`, outcome)}
    </Tag>
  );
}
