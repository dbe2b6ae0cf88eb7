import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { actionKey } from '../../api/query';
import { anInstance } from '../../test-fixtures';
import { cdsCcs } from '@console/api-types/client';
import { markInstances } from './optimistic';
import { inventoryKey } from './useInstancesList';
import { parseListState } from './list-state';

describe('markInstances', () => {
  it('patches the inventory pages and DescribeInstances answers of the account, and nothing of another account', async () => {
    const qc = new QueryClient();
    const a = anInstance({ id: 'i-a', status: 'running' });
    const b = anInstance({ id: 'i-b', status: 'running' });
    const state = parseListState(new URLSearchParams('status=running&sort=-name'));
    const inventoryPage = {
      items: [a, b],
      totalCount: 2,
      page: 1,
      pageSize: 10,
      pageCount: 1,
      refreshedAt: '2026-01-01T00:00:00.000Z',
    };
    qc.setQueryData(inventoryKey('acc', state), inventoryPage);
    qc.setQueryData(actionKey(cdsCcs.DescribeInstances, { InstanceId: 'i-a' }, 'acc'), {
      items: [a],
      pageNumber: 1,
      pageCount: 1,
    });
    qc.setQueryData(inventoryKey('other', state), { ...inventoryPage });

    await markInstances(qc, ['i-a'], 'stopping', 'acc');

    const patched = qc.getQueryData<typeof inventoryPage>(inventoryKey('acc', state))!;
    expect(patched.items.map((i) => i.status)).toEqual(['stopping', 'running']);
    expect(patched.totalCount).toBe(2);
    expect(
      qc.getQueryData<{ items: { status: string }[] }>(
        actionKey(cdsCcs.DescribeInstances, { InstanceId: 'i-a' }, 'acc'),
      )!.items[0]!.status,
    ).toBe('stopping');
    expect(
      qc.getQueryData<typeof inventoryPage>(inventoryKey('other', state))!.items[0]!.status,
    ).toBe('running');
  });
});
