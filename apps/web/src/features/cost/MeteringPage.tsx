import '@mantine/core/styles/ColorSwatch.layer.css';
import '@mantine/charts/styles.layer.css';
import { cdsBilling, type MeteringPool } from '@console/api-types/client';
import { LineChart } from '@mantine/charts';
import { Group, Loader, Paper, Select, Skeleton, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useId, useMemo } from 'react';
import { callAction } from '../../api/client';
import { actionKey } from '../../api/query';
import { useAccountId } from '../../context/AccountContext';
import { useUrlState } from '../../context/useUrlState';
import { useI18n } from '../../i18n/i18n';
import { ErrorNotice } from '../../kit/ErrorNotice';
import { PageHeader } from '../../kit/PageHeader';
import { SERIES_COLORS } from './labels';
import { createLimiter } from './limit';
import { chartDays, endTime, meteringRows, parseMeteringState, poolTotals, serializeMeteringState, usedShare } from './metering';
import { formatShare } from './money';
import { beijingToday, isDay } from './range';

const limit = createLimiter(6);
const NUMBER = { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' } as const;

function meteringQuery(account: string, day: string, uid?: string) {
  const input = { EndTime: endTime(day), ...(uid ? { Uid: uid } : {}) };
  return {
    queryKey: actionKey(cdsBilling.GetMetering, input, account),
    queryFn: ({ signal }: { signal: AbortSignal }) => limit(() => callAction(cdsBilling.GetMetering, input, { signal, account })),
    staleTime: 10 * 60_000,
  };
}

/** /metering: cold-storage pools up to a chosen day, each and all together, with their last 30 days. */
export function MeteringPage() {
  const { t, lang } = useI18n();
  const today = beijingToday();
  const parse = useCallback((p: URLSearchParams) => parseMeteringState(p, today), [today]);
  const serialize = useCallback((s: Parameters<typeof serializeMeteringState>[0]) => serializeMeteringState(s, today), [today]);
  const [state, setState] = useUrlState(parse, serialize);
  const chartId = useId();
  const account = useAccountId();
  const pools = useQuery(meteringQuery(account, state.end));
  // One pool is asked by its Uid, as the document offers; the list without it feeds the picker and the totals.
  const one = useQuery({ ...meteringQuery(account, state.end, state.pool), enabled: !!state.pool });
  const dayOptions = chartDays(state.end).map((day) => ({ day, options: meteringQuery(account, day) }));
  const series = useQueries({
    queries: dayOptions.map((d) => d.options),
    combine: (results) => ({
      days: results.flatMap((r, i) => (r.data ? [{ day: dayOptions[i]!.day, pools: r.data }] : [])),
      pending: results.filter((r) => r.isPending).length,
      error: results.find((r) => r.error)?.error,
    }),
  });
  const rows = useMemo(() => meteringRows(series.days, state.pool), [series.days, state.pool]);
  const list: MeteringPool[] = pools.data ?? [];
  const shown = state.pool ? (one.data ?? []) : list;
  const totals = poolTotals(list);
  const gb = (n: number) => t('metering.gb', { value: n.toLocaleString(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) });
  const chartSeries = state.pool
    ? [
        { name: 'cold', label: t('metering.col.cold'), color: 'blue.6' },
        { name: 'warm', label: t('metering.col.warm'), color: 'orange.6' },
      ]
    : list.map((p, i) => ({ name: p.id, label: p.name || p.id, color: SERIES_COLORS[i % SERIES_COLORS.length]! }));

  return (
    <Stack gap="lg">
      <PageHeader title={t('metering.title')} subtitle={t('metering.subtitle')} />
      <Group align="flex-end">
        <TextInput
          type="date"
          label={t('metering.endDate')}
          value={state.end}
          max={today}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (isDay(v) && v <= today) setState({ ...state, end: v });
          }}
        />
        <Select
          label={t('metering.pool')}
          value={state.pool ?? ''}
          onChange={(v) => setState({ ...state, pool: v || undefined })}
          data={[{ value: '', label: t('metering.all') }, ...list.map((p) => ({ value: p.id, label: `${p.name} (${p.id})` }))]}
          allowDeselect={false}
        />
      </Group>
      {pools.error ? <ErrorNotice error={pools.error} onRetry={() => void pools.refetch()} /> : null}
      {one.error ? <ErrorNotice error={one.error} onRetry={() => void one.refetch()} /> : null}
      {pools.isPending ? <Skeleton h={160} /> : null}
      {pools.data && list.length === 0 ? (
        <Paper withBorder p="xl" ta="center">
          <Text fw={600}>{t('metering.empty.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('metering.empty.text')}
          </Text>
        </Paper>
      ) : null}
      {list.length > 0 ? (
        <Table.ScrollContainer minWidth={560}>
          <Table striped data-testid="metering-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('metering.col.pool')}</Table.Th>
                <Table.Th ta="right">{t('metering.col.size')}</Table.Th>
                <Table.Th ta="right">{t('metering.col.cold')}</Table.Th>
                <Table.Th ta="right">{t('metering.col.warm')}</Table.Th>
                <Table.Th ta="right">{t('metering.col.used')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    {p.name} <Text span c="dimmed" size="xs">({p.id})</Text>
                  </Table.Td>
                  <Table.Td ta="right" style={NUMBER}>{gb(p.totalSize)}</Table.Td>
                  <Table.Td ta="right" style={NUMBER}>{gb(p.cold)}</Table.Td>
                  <Table.Td ta="right" style={NUMBER}>{gb(p.warm)}</Table.Td>
                  <Table.Td ta="right" style={NUMBER}>{formatShare(usedShare(p), lang)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            {!state.pool ? (
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th>{t('metering.all')}</Table.Th>
                  <Table.Th ta="right" style={NUMBER}>{gb(totals.totalSize)}</Table.Th>
                  <Table.Th ta="right" style={NUMBER}>{gb(totals.cold)}</Table.Th>
                  <Table.Th ta="right" style={NUMBER}>{gb(totals.warm)}</Table.Th>
                  <Table.Th ta="right" style={NUMBER}>{formatShare(usedShare(totals), lang)}</Table.Th>
                </Table.Tr>
              </Table.Tfoot>
            ) : null}
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {list.length > 0 ? (
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby={chartId}>
          <Group justify="space-between" mb="sm">
            <Title order={3} size="h4" id={chartId}>
              {t('metering.chart.title', { day: state.end })}
            </Title>
            {series.pending ? (
              <Group gap="xs" role="status">
                <Loader size="xs" />
                <Text size="sm" c="dimmed">
                  {t('metering.chart.loading', { loaded: dayOptions.length - series.pending, total: dayOptions.length })}
                </Text>
              </Group>
            ) : null}
          </Group>
          {series.error ? <ErrorNotice error={series.error} /> : null}
          {series.pending ? (
            <Skeleton h={260} animate={false} />
          ) : (
            <LineChart
              h={260}
              data={rows}
              dataKey="day"
              series={chartSeries}
              withLegend
              curveType="monotone"
              withDots={false}
              valueFormatter={gb}
              lineProps={{ isAnimationActive: false }}
              xAxisProps={{ tickFormatter: (d: string) => d.slice(5) }}
              yAxisProps={{ width: 100 }}
            />
          )}
        </Paper>
      ) : null}
    </Stack>
  );
}
