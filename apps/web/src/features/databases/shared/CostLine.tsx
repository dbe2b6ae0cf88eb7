import { Text } from '@mantine/core';
import { useT } from '../../../i18n/i18n';
import type { Cost } from '../mysql/create-form';

/** What an order costs, or why no cost is shown (the cloud's answer states no price). */
export function CostLine({ cost }: { cost: Cost | undefined }) {
  const t = useT();
  return (
    <Text size="sm" c={cost ? undefined : 'dimmed'} data-testid="db-cost">
      {cost ? t('db.cost', { hour: cost.perHour.toFixed(2), month: cost.perMonth.toFixed(2) }) : t('db.costUnknown')}
    </Text>
  );
}
