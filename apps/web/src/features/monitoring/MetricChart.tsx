import '@mantine/charts/styles.layer.css';
import { cdsCcsInstanceOps } from '@console/api-types/client';
import { LineChart } from '@mantine/charts';
import { Box, Group, Loader, Paper, Text, Tooltip } from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import { IconAlertTriangle } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useMemo } from 'react';
import { asApiError } from '../../api/client';
import { actionQuery } from '../../api/query';
import { useAccountId } from '../../context/AccountContext';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../kit/ErrorNotice';
import { timeTickFormatter, timeTicks } from './axis';
import { MonitorTooltip } from './ChartTooltip';
import { axisFormatter } from './format';
import type { MetricInfo } from './metrics';
import { prepareSeries } from './prepare';
import { cdsTime, type Period } from './range';

export interface MetricChartProps {
  instanceId: string;
  metric: MetricInfo;
  from: number;
  to: number;
  period: Period;
  /** DiskId or InterfaceId, for the metrics that read one device. */
  device?: { DiskId?: string; InterfaceId?: string };
}

const CHART_HEIGHT = 180;
/** Room the y axis takes from the plot: the rest is the width the series is downsampled to. */
const Y_AXIS_WIDTH = 80;

/** One metric over the window: fetched, downsampled to the plot's width, drawn with gaps kept. */
export function MetricChart({ instanceId, metric, from, to, period, device }: MetricChartProps) {
  const { t, lang } = useI18n();
  const account = useAccountId();
  const titleId = useId();
  const { ref, width } = useElementSize();
  const input = {
    InstanceId: instanceId,
    MetricName: metric.name,
    Period: period,
    StartTime: cdsTime(from),
    EndTime: cdsTime(to),
    ...device,
  };
  const query = useQuery({
    ...actionQuery(cdsCcsInstanceOps.DescribeInstanceMonitor, input, account),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const points = query.data?.points;
  const plotWidth = Math.max(100, width - Y_AXIS_WIDTH);
  const answeredPeriod = query.data?.period || period;
  const prepared = useMemo(
    () => (points ? prepareSeries(points, plotWidth, answeredPeriod) : undefined),
    [points, plotWidth, answeredPeriod],
  );
  const ticks = useMemo(() => timeTicks(from, to), [from, to]);
  const xFormat = useMemo(() => timeTickFormatter(from, to, lang), [from, to, lang]);
  const yFormat = useMemo(
    () => axisFormatter(metric.unit, metric.unit === 'percent' ? 100 : prepared?.max ?? 0, lang),
    [metric.unit, prepared?.max, lang],
  );
  const title = t(`monitor.metric.${metric.name}`);

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={titleId} data-testid={`chart-${metric.name}`}>
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Text id={titleId} fw={600} size="sm">
          {title}
        </Text>
        <Group gap="xs" wrap="nowrap">
          {query.isFetching ? <Loader size={12} aria-hidden /> : null}
          {query.error && prepared ? (
            // Old data stays readable, but never passes for fresh.
            <Tooltip label={t('monitor.refreshFailed', { code: asApiError(query.error).code })}>
              <IconAlertTriangle size={14} color="var(--mantine-color-orange-6)" role="img" aria-label={t('monitor.refreshFailed', { code: asApiError(query.error).code })} data-testid="chart-stale" />
            </Tooltip>
          ) : null}
          {prepared ? (
            <Text size="xs" c="dimmed" data-testid="chart-points">
              {t('monitor.points', { n: prepared.all.length.toLocaleString(lang) })}
            </Text>
          ) : null}
        </Group>
      </Group>
      <Box ref={ref} h={CHART_HEIGHT}>
        {query.error && !prepared ? (
          <ErrorNotice error={query.error} />
        ) : prepared && prepared.all.length === 0 ? (
          <Text size="sm" c="dimmed" ta="center" pt="xl">
            {t('monitor.noData')}
          </Text>
        ) : prepared && width > 0 ? (
          // Drawn once the box is measured: the plot width decides how far to downsample.
          <LineChart
            h={CHART_HEIGHT}
            data={prepared.rows}
            dataKey="t"
            series={[{ name: 'value', label: title, color: 'blue.6' }]}
            curveType="linear"
            connectNulls={false}
            withDots={false}
            strokeWidth={1.5}
            gridAxis="xy"
            gridProps={{ strokeOpacity: 0.6 }}
            valueFormatter={yFormat}
            xAxisProps={{ type: 'number', scale: 'time', domain: [from, to], ticks, tickFormatter: xFormat, allowDataOverflow: true }}
            yAxisProps={{ width: Y_AXIS_WIDTH, domain: metric.unit === 'percent' ? [0, 100] : [0, 'auto'], tickFormatter: yFormat }}
            tooltipProps={{ content: ({ active, payload }) => <MonitorTooltip active={active} payload={payload} unit={metric.unit} /> }}
            lineProps={{ activeDot: { r: 3 } }}
          />
        ) : null}
      </Box>
      {prepared && prepared.gaps > 0 ? (
        <Text size="xs" c="dimmed" data-testid="chart-gaps">
          {t('monitor.gaps', { n: prepared.gaps })}
        </Text>
      ) : null}
    </Paper>
  );
}
