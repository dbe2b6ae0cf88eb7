import type { Bill } from '@console/api-types/client';
import { Paper, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../kit/ErrorNotice';
import { billTotal, compare } from './aggregate';
import { formatMoney, formatShare } from './money';
import { Money } from './Money';
import { useChangeColor } from './useChangeColor';

function Card({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <Paper withBorder p="md" radius="md" data-testid={testId}>
      <Stack gap={4} align="flex-end">
        <Text size="sm" c="dimmed" style={{ alignSelf: 'flex-start' }}>
          {label}
        </Text>
        {children}
      </Stack>
    </Paper>
  );
}

export interface CostTotalsProps {
  bill?: Bill;
  previous?: Bill;
  previousDays: number;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

/** The range's totals as the cloud answers them (main and secondary account), and the previous period's. */
export function CostTotals({ bill, previous, previousDays, loading, error, onRetry }: CostTotalsProps) {
  const { t, lang } = useI18n();
  const changeColor = useChangeColor();
  if (error) return <ErrorNotice error={error} onRetry={onRetry} />;
  const amount = (v: number | undefined) => (v === undefined || loading ? <Skeleton h={28} w={120} /> : <Money value={v} size="xl" fw={700} />);
  const total = bill ? billTotal(bill) : undefined;
  const before = previous ? billTotal(previous) : undefined;
  const change = total !== undefined && before !== undefined ? compare(total, before) : undefined;
  const changeText = () => {
    if (!change) return '';
    const abs = formatMoney(Math.abs(change.change), lang);
    if (change.change === 0) return t('cost.change.same');
    if (change.ratio === undefined) return t('cost.change.new', { amount: abs });
    const ratio = formatShare(Math.abs(change.ratio), lang);
    return t(change.change > 0 ? 'cost.change.up' : 'cost.change.down', { amount: abs, ratio });
  };
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
      <Card label={t('cost.total')} testId="cost-total">
        {amount(total)}
      </Card>
      <Card label={t('cost.master')} testId="cost-master">
        {amount(bill?.totalMasterCost)}
      </Card>
      <Card label={t('cost.vice')} testId="cost-vice">
        {amount(bill?.totalViceCost)}
      </Card>
      <Card label={t('cost.previous', { count: previousDays })} testId="cost-previous">
        {amount(before)}
        <Text size="xs" c={changeColor(change?.change ?? 0)}>
          {changeText()}
        </Text>
      </Card>
    </SimpleGrid>
  );
}
