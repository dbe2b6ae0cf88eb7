import type { BillItem } from '@console/api-types/client';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CloudAccount } from '../../api/accounts';
import { AccountProvider } from '../../context/AccountContext';
import { I18nProvider } from '../../i18n/i18n';
import { CostExplorerPage } from './CostExplorerPage';
import './messages';
import { beijingToday, presetRange, previousPeriod } from './range';

const ACCOUNT: CloudAccount = {
  id: 'acc-1', provider: 'cds', name: 'Prod', accessKeyId: 'AK1', secretHint: '****', endpointArea: 'mainland',
  endpointUrl: null, createdBy: null, createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z',
};

const item = (id: string, type: string, cost: number): BillItem => ({
  resourceId: id, resourceName: `n-${id}`, resourceType: type, regionId: 'CN_Beijing_A', vdcId: 'v1', vdcName: 'Prod', totalCost: cost,
});

/** A fake BFF: every day costs 10.00 of "vm" and 1.50 of "disk"; it records what is asked and how many at once. */
function fakeBff() {
  const asked: string[] = [];
  let inFlight = 0;
  let peak = 0;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (!url.startsWith('/api/actions/cds/billing/DescribeBill')) return new Response('{}', { status: 404 });
      const { DateFromTo } = JSON.parse(String(init?.body)) as { DateFromTo: string };
      asked.push(DateFromTo);
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise((r) => setTimeout(r, 3));
      inFlight--;
      const [from, to] = DateFromTo.split(' - ').map((d) => Date.parse(d.replaceAll('.', '-'))) as [number, number];
      const days = Math.round((to - from) / 86_400_000) + 1;
      const data = { totalMasterCost: 0, totalViceCost: 11.5 * days, items: [item('a', 'vm', 10 * days), item('b', 'disk', 1.5 * days)] };
      return new Response(JSON.stringify({ data, requestId: 'r' }), { status: 200 });
    }),
  );
  return { asked, peak: () => peak };
}

function renderAt(path: string) {
  const router = createMemoryRouter([{ path: '/cost', element: <CostExplorerPage /> }], { initialEntries: [path] });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <MantineProvider>
      <QueryClientProvider client={client}>
        <I18nProvider language="en">
          <AccountProvider account={ACCOUNT}>
            <RouterProvider router={router} />
          </AccountProvider>
        </I18nProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return router;
}

const dotted = (d: string) => d.replaceAll('-', '.');

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('CostExplorerPage', () => {
  it('asks the range, the period before and each day, in the document’s DateFromTo, six at a time', async () => {
    const bff = fakeBff();
    renderAt('/cost?range=last7&account=acc-1');
    const range = presetRange('last7', beijingToday());
    const before = previousPeriod(range);
    await waitFor(() => expect(bff.asked).toHaveLength(9));
    expect(bff.asked).toContain(`${dotted(range.from)} - ${dotted(range.to)}`);
    expect(bff.asked).toContain(`${dotted(before.from)} - ${dotted(before.to)}`);
    expect(bff.asked).toContain(`${dotted(range.to)} - ${dotted(range.to)}`);
    expect(bff.peak()).toBeLessThanOrEqual(6);
    // 7 days at 11.50: the total with its currency and two decimals; the same before, so no change.
    await waitFor(() => expect(screen.getByTestId('cost-total').textContent).toContain('CN¥80.50'));
    expect(screen.getByTestId('cost-previous').textContent).toContain('Same as before');
  });

  it('takes a custom range into the URL, and refuses one that ends before it starts', async () => {
    fakeBff();
    const router = renderAt('/cost?account=acc-1');
    fireEvent.click(screen.getByText('Custom'));
    const from = screen.getByLabelText('From');
    const to = screen.getByLabelText('To');
    fireEvent.change(from, { target: { value: '2025-01-10' } });
    fireEvent.change(to, { target: { value: '2025-01-05' } });
    expect(screen.getByText('The first day must not be after the last.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Show' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(to, { target: { value: '2025-01-12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(router.state.location.search).toContain('range=custom&from=2025-01-10&to=2025-01-12'));
    expect(router.state.location.search).toContain('account=acc-1');
    await waitFor(() => expect(screen.getByTestId('cost-range').textContent).toContain('(3 days)'));
  });
});
