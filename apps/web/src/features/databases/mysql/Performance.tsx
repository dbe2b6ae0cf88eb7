import '@mantine/charts/styles.layer.css';
import { cdsMysql, MYSQL_METRICS, type DbInstance, type MysqlMetricKey } from '@console/api-types/client';
import { LineChart } from '@mantine/charts';
import { Group, Loader, Paper, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { actionQuery } from '../../../api/query';
import { useAccountId } from '../../../context/AccountContext';
import { translateOr, useI18n } from '../../../i18n/i18n';
import { ErrorNotice } from '../../../kit/ErrorNotice';
import { useNow } from '../../../kit/useNow';
import { axisNumber, chartRows, formatValue, isPerfRange, metricUnit, perfWindow, PERF_RANGES, type PerfRange } from './perf';

const COLORS = ['blue.6', 'orange.6'];

/** The six metrics of the document's table over a range kept in the URL (?range=), one chart each. */
export function Performance({ db }: { db: DbInstance }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const raw = params.get('range');
  const range: PerfRange = isPerfRange(raw) ? raw : '1h';
  const now = useNow(60_000);
  const window = useMemo(() => perfWindow(range, now), [range, now]);
  return (
    <Stack gap="md" data-testid="db-performance">
      <Group justify="space-between">
        <SegmentedControl
          aria-label={t('mysql.perf.range')}
          data={Object.keys(PERF_RANGES).map((r) => ({ value: r, label: t(`mysql.perf.range.${r as PerfRange}`) }))}
          value={range}
          onChange={(v) => setParams((p) => (p.set('range', v), p), { replace: true })}
          data-testid="perf-range"
        />
        <Text size="sm" c="dimmed" data-testid="perf-period">
          {t('mysql.perf.period', { seconds: window.period })}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        {MYSQL_METRICS.map((m) => (
          <MetricChart key={m.key} id={db.id} metric={m.key} window={window} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

function MetricChart({ id, metric, window }: { id: string; metric: MysqlMetricKey; window: ReturnType<typeof perfWindow> }) {
  const { t, lang } = useI18n();
  const account = useAccountId();
  const unit = metricUnit(metric);
  const query = useQuery({
    ...actionQuery(cdsMysql.DescribeDBInstancePerformance, { InstanceUuid: id, MetricKey: metric, StartTime: window.StartTime, EndTime: window.EndTime }, account),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const { rows, series } = useMemo(() => chartRows(query.data), [query.data]);
  const timeFmt = new Intl.DateTimeFormat(lang, window.end - window.start > 48 * 3600_000 ? { month: 'numeric', day: 'numeric', hour: '2-digit' } : { hour: '2-digit', minute: '2-digit' });
  const title = `${t(`mysql.perf.metric.${metric}`)} (${t(`mysql.perf.unit.${unit}`)})`;
  const titleId = useId();
  return (
    <Paper component="section" aria-labelledby={titleId} withBorder p="sm" data-testid="perf-chart" data-metric={metric} data-points={rows.length}>
      <Group justify="space-between" mb="xs">
        <Text id={titleId} size="sm" fw={600}>
          {title}
        </Text>
        {query.isFetching ? <Loader size="xs" aria-label={t('common.loading')} /> : null}
      </Group>
      {query.error ? (
        <ErrorNotice error={query.error} title={t('mysql.perf.failed')} onRetry={() => void query.refetch()} />
      ) : rows.length === 0 && !query.isLoading ? (
        <Text size="sm" c="dimmed" h={180}>
          {t('mysql.perf.noData')}
        </Text>
      ) : (
        <LineChart
          h={180}
          data={rows}
          dataKey="t"
          series={series.map((s, i) => ({ name: s, label: translateOr(t, `mysql.perf.series.${s}`, s), color: COLORS[i % COLORS.length]! }))}
          withDots={false}
          connectNulls={false}
          curveType="linear"
          withLegend={series.length > 1}
          xAxisProps={{ type: 'number', scale: 'time', domain: [window.start, window.end], tickFormatter: (v: number) => timeFmt.format(v) }}
          yAxisProps={{ width: 56, tickFormatter: (v: number) => axisNumber(v) }}
          valueFormatter={(v) => formatValue(v, unit)}
          tooltipProps={{ labelFormatter: (v) => new Date(Number(v)).toLocaleString(lang) }}
        />
      )}
    </Paper>
  );
}
