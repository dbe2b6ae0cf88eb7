import { BarChart } from '@mantine/charts';
import { Group, Loader, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useId, useMemo } from 'react';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../kit/ErrorNotice';
import { dailyByType, typesByCost } from './aggregate';
import { SERIES_COLORS, typeLabel } from './labels';
import { formatMoney } from './money';
import type { DailyBills } from './useBills';

/** Cost per day, stacked by resource type; drawn as the days arrive. */
export function DailyChart({ daily }: { daily: DailyBills }) {
  const { t, lang } = useI18n();
  const titleId = useId();
  const types = useMemo(() => typesByCost(daily.days), [daily.days]);
  const data = useMemo(() => dailyByType(daily.days, types), [daily.days, types]);
  const loading = daily.loaded < daily.total;
  const failed = daily.errors.length;
  return (
    <Paper withBorder p="md" radius="md" aria-labelledby={titleId} component="section">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4" id={titleId}>
            {t('cost.chart.title')}
          </Title>
          {loading && !failed ? (
            <Group gap="xs" role="status">
              <Loader size="xs" />
              <Text size="sm" c="dimmed">
                {t('cost.chart.loading', { loaded: daily.loaded, total: daily.total })}
              </Text>
            </Group>
          ) : null}
        </Group>
        {loading ? <Progress value={(daily.loaded / Math.max(1, daily.total)) * 100} size="xs" aria-hidden /> : null}
        {failed ? <ErrorNotice error={daily.errors[0]} title={t('cost.chart.failed', { count: failed })} onRetry={daily.retry} /> : null}
        {!loading && types.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('cost.chart.empty')}
          </Text>
        ) : (
          <BarChart
            h={280}
            data={data}
            dataKey="day"
            type="stacked"
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            series={types.map((type, i) => ({ name: type, label: typeLabel(t, type), color: SERIES_COLORS[i % SERIES_COLORS.length]! }))}
            valueFormatter={(v) => formatMoney(v, lang)}
            xAxisProps={{ tickFormatter: (d: string) => d.slice(5) }}
            yAxisProps={{ width: 90 }}
            data-testid="cost-chart"
          />
        )}
      </Stack>
    </Paper>
  );
}
