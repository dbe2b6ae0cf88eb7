import type { BillItem } from '@console/api-types/client';
import { Stack } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useUrlState } from '../../context/useUrlState';
import { useI18n } from '../../i18n/i18n';
import { PageHeader } from '../../kit/PageHeader';
import { breakdown, sortRows, type BreakdownRow } from './aggregate';
import { Breakdown } from './Breakdown';
import { breakdownCsvRows } from './breakdown-columns';
import { CostTotals } from './CostTotals';
import { parseCostState, serializeCostState, TOP_RESOURCES, type CostState } from './cost-state';
import { downloadText, toCsv } from './csv';
import { DailyChart } from './DailyChart';
import { beijingToday, dayCount, previousPeriod } from './range';
import { RangePicker } from './RangePicker';
import { ResourceDrawer } from './ResourceDrawer';
import { useRangeBill } from './useBills';

/** /cost: where the money went, for a range in the URL, day by day and broken down, with drill-down and export. */
export function CostExplorerPage() {
  const { t, lang } = useI18n();
  const today = beijingToday();
  const parse = useCallback((p: URLSearchParams) => parseCostState(p, today), [today]);
  const [state, setState] = useUrlState(parse, serializeCostState);
  const set = (change: Partial<CostState>) => setState({ ...state, ...change, problem: undefined });

  const bill = useRangeBill(state.range, today);
  const previousRange = previousPeriod(state.range);
  const previous = useRangeBill(previousRange, today);
  const [opened, setOpened] = useState<BillItem>();

  const allRows = useMemo(
    () => sortRows(breakdown(bill.data?.items ?? [], state.group), state.sort, state.dir),
    [bill.data, state.group, state.sort, state.dir],
  );
  const rows = state.group === 'resource' && !state.all ? allRows.slice(0, TOP_RESOURCES) : allRows;

  const exportCsv = () => {
    const { header, body } = breakdownCsvRows(state.group, rows, t, lang);
    const name = t('cost.exportName', { group: state.group, from: state.range.from, to: state.range.to });
    downloadText(name, toCsv(header, body));
  };

  return (
    <Stack gap="lg">
      <PageHeader title={t('cost.title')} subtitle={t('cost.subtitle')} />
      <RangePicker
        preset={state.preset}
        range={state.range}
        today={today}
        urlProblem={state.problem}
        onChange={(preset, range) => set({ preset, range })}
      />
      <CostTotals
        bill={bill.data}
        previous={previous.data}
        previousDays={dayCount(previousRange)}
        loading={bill.isPending || previous.isPending}
        error={bill.error ?? previous.error}
        onRetry={() => {
          void bill.refetch();
          void previous.refetch();
        }}
      />
      <DailyChart range={state.range} today={today} />
      <Breakdown
        grouping={state.group}
        rows={rows}
        allCount={allRows.length}
        showAll={state.all}
        topCount={TOP_RESOURCES}
        sort={state.sort}
        dir={state.dir}
        onGrouping={(group) => set({ group })}
        onSort={(sort, dir) => set({ sort, dir })}
        onShowAll={(all) => set({ all })}
        onOpen={(row: BreakdownRow) => setOpened(row.item)}
        onExport={exportCsv}
      />
      <ResourceDrawer item={opened} range={state.range} today={today} onClose={() => setOpened(undefined)} />
    </Stack>
  );
}
