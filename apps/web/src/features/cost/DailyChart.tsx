import '@mantine/core/styles/ColorSwatch.layer.css';
import '@mantine/charts/styles.layer.css';
import '@mantine/core/styles/Progress.layer.css';
import { BarChart } from '@mantine/charts';
import { Group, Loader, Paper, Progress, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useId, useMemo } from 'react';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../kit/ErrorNotice';
import { dailyByType, typesByCost } from './aggregate';
import { SERIES_COLORS, typeLabel } from './labels';
import { formatMoney } from './money';
import type { DayRange } from './range';
import { useDailyBills } from './useBills';

const CHART_HEIGHT = 280;

/** Cost per day, stacked by resource type; drawn when every day is in, with the progress meanwhile. */
export function DailyChart({ range, today }: { range: DayRange; today: string }) {
  const { t, lang } = useI18n();
  // The day queries live here, so an arriving day redraws this card only, not the whole page.
  const daily = useDailyBills(range, today);
  const titleId = useId();
  const types = useMemo(() => typesByCost(daily.days), [daily.days]);
  const data = useMemo(() => dailyByType(daily.days, types), [daily.days, types]);
  const loading = daily.loaded < daily.total;
  const failed = daily.errors.length;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      aria-labelledby={titleId}
      component="section"
      data-testid="daily-chart"
      data-range={`${range.from}/${range.to}`}
      data-complete={!loading && !failed}
    >
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
        {loading ? (
          // Drawn once every day is in: a redraw per arriving day keeps the page busy while the rest load.
          <Skeleton h={CHART_HEIGHT} animate={false} />
        ) : types.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('cost.chart.empty')}
          </Text>
        ) : (
          <BarChart
            h={CHART_HEIGHT}
            data={data}
            dataKey="day"
            type="stacked"
            withLegend
            legendProps={{ verticalAlign: 'bottom' }}
            series={types.map((type, i) => ({ name: type, label: typeLabel(t, type), color: SERIES_COLORS[i % SERIES_COLORS.length]! }))}
            valueFormatter={(v) => formatMoney(v, lang)}
            barProps={{ isAnimationActive: false }}
            xAxisProps={{ tickFormatter: (d: string) => d.slice(5) }}
            yAxisProps={{ width: 90 }}
            data-testid="cost-chart"
          />
        )}
      </Stack>
    </Paper>
  );
}
