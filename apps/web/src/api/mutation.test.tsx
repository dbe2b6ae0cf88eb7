import { cdsCcs, type Instance, type Page } from '@console/api-types/client';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AccountProvider } from '../context/AccountContext';
import { markInstances } from '../features/instances/optimistic';
import { I18nProvider } from '../i18n/i18n';
import { TaskProvider } from '../tasks/TaskProvider';
import { TaskTracker } from '../tasks/tracker';
import type { CloudAccount } from './accounts';
import { inGroup, useActionMutation } from './mutation';

const account = { id: 'acc-1', provider: 'cds', name: 'A' } as CloudAccount;
const listKey = ['cds', 'ccs', 'DescribeInstances', 'acc-1', { PageNumber: 1 }];
const row = (id: string, status: string) => ({ id, name: id, status }) as unknown as Instance;

function setup() {
  const qc = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  qc.setQueryData<Page<Instance>>(listKey, { items: [row('i-1', 'running'), row('i-2', 'running')], pageNumber: 1, pageCount: 1, totalCount: 2 });
  const tracker = new TaskTracker({ describe: () => new Promise(() => {}) });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MantineProvider>
      <QueryClientProvider client={qc}>
        <I18nProvider language="en">
          <TaskProvider tracker={tracker}>
            <AccountProvider account={account}>{children}</AccountProvider>
          </TaskProvider>
        </I18nProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
  const { result } = renderHook(
    () =>
      useActionMutation(cdsCcs.StopInstance, {
        describe: (i) => ({ label: 'Power off', resource: i.InstanceId, resourceId: i.InstanceId }),
        onMutate: (i, acc) => markInstances(qc, [i.InstanceId], 'stopping', acc),
      }),
    { wrapper },
  );
  const statuses = () => qc.getQueryData<Page<Instance>>(listKey)!.items.map((i) => i.status);
  return { qc, tracker, result, statuses };
}

afterEach(() => vi.unstubAllGlobals());

describe('useActionMutation: honest state after a failed write', () => {
  it('puts the row back at once when the write fails on the network, then refetches the list', async () => {
    const fetchMock = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', fetchMock);
    const { qc, result, statuses } = setup();
    const invalidate = vi.spyOn(qc, 'invalidateQueries');
    let seen: string[] = [];
    let code = '';
    await act(async () => {
      await result.current.mutateAsync({ InstanceId: 'i-1' }).catch((e: unknown) => {
        seen = statuses();
        code = (e as { code: string }).code;
      });
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(code).toBe('NetworkError');
    expect(seen).toEqual(['running', 'running']); // restored before the error reached the caller
    expect(invalidate).toHaveBeenCalledWith({ queryKey: listKey, exact: true });
  });

  it('keeps the optimistic state when the write is accepted, and files its task under the bulk group', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify({ data: {}, taskIds: ['task-9'], requestId: 'req-1' }), { status: 200 })),
    );
    const { result, tracker, statuses } = setup();
    const group = tracker.startGroup('Power off', 2);
    await act(async () => {
      await result.current.mutateAsync(inGroup({ InstanceId: 'i-2' }, group));
    });
    expect(statuses()).toEqual(['running', 'stopping']);
    expect(tracker.getSnapshot()).toEqual([
      expect.objectContaining({ taskId: 'task-9', groupId: group, requestId: 'req-1', resourceId: 'i-2', action: 'cds/ccs/StopInstance', notice: false }),
    ]);
    // The group travels beside the input, not in the body sent.
    const init = vi.mocked(fetch).mock.calls[0]![1] as RequestInit;
    expect(JSON.parse(String(init.body))).toEqual({ InstanceId: 'i-2' });
  });
});
