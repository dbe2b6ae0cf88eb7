import { cdsBilling, type Bill } from '@console/api-types/client';
import { useQueries, useQuery } from '@tanstack/react-query';
import { callAction } from '../../api/client';
import { actionKey } from '../../api/query';
import { useAccountId } from '../../context/AccountContext';
import type { DayBill } from './aggregate';
import { createLimiter } from './limit';
import { dateFromTo, daysOf, type DayRange } from './range';

/**
 * Bills as the explorer asks them: one DescribeBill for a range (totals, breakdowns) and one per
 * day (the chart). Every call goes through one limiter, so a month is sent six at a time, and
 * is cached under the action's usual key; a past day's bill does not change, so it stays fresh.
 */

const limit = createLimiter(6);
const PAST_FRESH_MS = 10 * 60_000;
const TODAY_FRESH_MS = 30_000;

export function billQuery(range: DayRange, account: string, today: string) {
  const input = { DateFromTo: dateFromTo(range) };
  return {
    queryKey: actionKey(cdsBilling.DescribeBill, input, account),
    queryFn: ({ signal }: { signal: AbortSignal }) => limit(() => callAction(cdsBilling.DescribeBill, input, { signal, account })) as Promise<Bill>,
    staleTime: range.to < today ? PAST_FRESH_MS : TODAY_FRESH_MS,
  };
}

export function useRangeBill(range: DayRange, today: string, enabled = true) {
  const account = useAccountId();
  return useQuery({ ...billQuery(range, account, today), enabled });
}

export interface DailyBills {
  days: DayBill[];
  /** Days answered so far, of all. */
  loaded: number;
  total: number;
  errors: unknown[];
  retry: () => void;
}

export function useDailyBills(range: DayRange, today: string): DailyBills {
  const account = useAccountId();
  const days = daysOf(range);
  return useQueries({
    queries: days.map((day) => billQuery({ from: day, to: day }, account, today)),
    combine: (results) => ({
      days: results.flatMap((r, i) => (r.data ? [{ day: days[i]!, bill: r.data }] : [])),
      loaded: results.filter((r) => r.data).length,
      total: days.length,
      errors: results.flatMap((r) => (r.error ? [r.error] : [])),
      retry: () => results.forEach((r) => r.error && void r.refetch()),
    }),
  });
}

export function useBillDetail(resourceId: string | undefined, range: DayRange, today: string) {
  const account = useAccountId();
  const input = { DateFrom: range.from.replaceAll('-', '.'), DateTo: range.to.replaceAll('-', '.'), ResourceId: resourceId ?? '' };
  return useQuery({
    queryKey: actionKey(cdsBilling.DescribeBillInfo, input, account),
    queryFn: ({ signal }) => limit(() => callAction(cdsBilling.DescribeBillInfo, input, { signal, account })),
    staleTime: range.to < today ? PAST_FRESH_MS : TODAY_FRESH_MS,
    enabled: !!resourceId,
  });
}
