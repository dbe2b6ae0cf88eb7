import type { Instance } from '@console/api-types';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CloudAccount } from '../../api/accounts';
import { AccountProvider } from '../../context/AccountContext';
import { I18nProvider } from '../../i18n/i18n';
import { InstanceMonitoring } from './InstanceMonitoring';

const ACCOUNT: CloudAccount = {
  id: 'acc-1',
  provider: 'cds',
  name: 'Prod',
  accessKeyId: 'AK1',
  secretHint: '****',
  endpointArea: 'mainland',
  endpointUrl: null,
  createdBy: null,
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
};
const NIC = { name: 'wan', ip: '101.251.0.5', mac: '00:50:56:00:00:01', connected: true, networkId: 'p1' };
const instance = (over: Partial<Instance> = {}): Instance => ({
  id: 'i-1',
  name: 'web-01',
  status: 'running',
  chargeType: 'PostPaid',
  vdcId: 'v1',
  vdcName: 'Prod',
  regionId: 'CN_Beijing_A',
  systemDisk: { size: 40 },
  dataDisks: [{ id: 'disk-a', size: 100, type: 'ssd_disk' }],
  publicInterfaces: [{ ...NIC, id: 'nic-pub' }],
  privateInterfaces: [{ ...NIC, id: 'nic-priv', name: 'lan', ip: '10.0.0.5' }],
  publicIps: [],
  privateIps: [],
  ...over,
});

interface Sent {
  MetricName: string;
  Period: number;
  StartTime: string;
  EndTime: string;
  DiskId?: string;
  InterfaceId?: string;
}

/** A fake BFF answering DescribeInstanceMonitor with one point per period, a gap at the third. */
function fakeBff() {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (!url.startsWith('/api/actions/cds/ccs/DescribeInstanceMonitor')) return new Response('{}', { status: 404 });
      const body = JSON.parse(String(init?.body)) as Sent;
      sent.push(body);
      const start = Date.parse(`${body.StartTime.replace(' ', 'T')}Z`);
      const end = Date.parse(`${body.EndTime.replace(' ', 'T')}Z`);
      const points = [];
      for (let t = start, i = 0; t < end; t += body.Period * 1000, i++) {
        points.push({ time: new Date(t).toISOString().slice(0, 19).replace('T', ' '), value: i === 2 ? null : 10 + (i % 5) });
      }
      return new Response(JSON.stringify({ data: { instanceId: 'i-1', period: body.Period, points }, requestId: 'r' }), { status: 200 });
    }),
  );
  return sent;
}

function renderAt(path: string, inst = instance()) {
  const router = createMemoryRouter([{ path: '/instances/:id', element: <InstanceMonitoring instance={inst} /> }], { initialEntries: [path] });
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

const search = (router: ReturnType<typeof renderAt>) => new URLSearchParams(router.state.location.search);
const spanHours = (s: Sent) => (Date.parse(`${s.EndTime.replace(' ', 'T')}Z`) - Date.parse(`${s.StartTime.replace(' ', 'T')}Z`)) / 3_600_000;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('InstanceMonitoring', () => {
  it('asks for all eight metrics over the last hour at one minute, each with the device it needs', async () => {
    const sent = fakeBff();
    renderAt('/instances/i-1?account=acc-1');
    await waitFor(() => expect(sent).toHaveLength(8));
    for (const s of sent) {
      expect([s.Period, spanHours(s)]).toEqual([60, 1]);
      expect(s.StartTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:00$/);
    }
    const by = Object.fromEntries(sent.map((s) => [s.MetricName, s]));
    expect(by.CPUUtilization).not.toHaveProperty('DiskId');
    expect(by.DiskReadIOPS).not.toHaveProperty('DiskId'); // the system disk
    expect(by.InterfaceOutRate!.InterfaceId).toBe('nic-pub');
    const cpu = await screen.findByTestId('chart-CPUUtilization');
    await waitFor(() => expect(within(cpu).getByTestId('chart-points').textContent).toBe('60 points'));
    expect(within(cpu).getByTestId('chart-gaps').textContent).toBe('1 missing samples (shown as gaps)');
  });

  it('follows a range picked, keeps it in the URL, and offers finer periods', async () => {
    const sent = fakeBff();
    const router = renderAt('/instances/i-1?account=acc-1');
    await waitFor(() => expect(sent).toHaveLength(8));
    fireEvent.click(screen.getByText('Last 7 days'));
    await waitFor(() => expect(search(router).get('range')).toBe('7d'));
    await waitFor(() => expect(sent.filter((s) => s.Period === 900)).toHaveLength(8));
    expect(sent.filter((s) => s.Period === 900).every((s) => spanHours(s) === 168)).toBe(true);
    fireEvent.click(screen.getByText('1 min'));
    await waitFor(() => expect(search(router).get('period')).toBe('60'));
    await waitFor(() => expect(sent.filter((s) => s.Period === 60 && spanHours(s) === 168)).toHaveLength(8));
    expect(search(router).get('account')).toBe('acc-1');
  });

  it('reads a range, a data disk and an interface from the URL', async () => {
    const sent = fakeBff();
    renderAt('/instances/i-1?from=2025-06-02T00:00Z&to=2025-06-03T00:00Z&disk=disk-a&nic=nic-priv');
    await waitFor(() => expect(sent).toHaveLength(8));
    const by = Object.fromEntries(sent.map((s) => [s.MetricName, s]));
    expect(by.CPUUtilization).toMatchObject({ Period: 900, StartTime: '2025-06-02 08:00:00', EndTime: '2025-06-03 08:00:00' });
    expect(by.DiskWriteBPS!.DiskId).toBe('disk-a');
    expect(by.InterfaceInRate!.InterfaceId).toBe('nic-priv');
  });

  it('refuses a custom range that ends before it starts', async () => {
    fakeBff();
    const router = renderAt('/instances/i-1');
    fireEvent.click(screen.getByText('Custom'));
    fireEvent.change(screen.getByLabelText('From', { selector: 'input[type="datetime-local"]' }), { target: { value: '2025-06-02T10:00' } });
    fireEvent.change(screen.getByLabelText('To', { selector: 'input[type="datetime-local"]' }), { target: { value: '2025-06-02T09:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The end must be after the start.');
    expect(search(router).has('from')).toBe(false);
  });

  it('says a stopped instance reads zero, and asks nothing about interfaces it does not have', async () => {
    const sent = fakeBff();
    renderAt('/instances/i-1', instance({ status: 'stop', publicInterfaces: [], privateInterfaces: [] }));
    expect(await screen.findByText(/The instance is stopped/)).toBeTruthy();
    expect(screen.getByText('This instance has no network interface.')).toBeTruthy();
    await waitFor(() => expect(sent).toHaveLength(6));
    expect(sent.some((s) => s.MetricName.startsWith('Interface'))).toBe(false);
  });
});
