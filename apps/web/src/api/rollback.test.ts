import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { changesSince, rollBack, snapshotCache } from './rollback';

type Row = { id: string; status: string };
const page = (...rows: Row[]) => ({ items: rows, pageNumber: 1, pageCount: 1, totalCount: rows.length });
const listKey = ['cds', 'ccs', 'DescribeInstances', 'acc-1', {}];
const otherKey = ['cds', 'network', 'DescribeVdc', 'acc-1', {}];

/** An optimistic update as the instance actions make one: a new list with one row's status replaced. */
const mark = (qc: QueryClient, id: string, status: string) =>
  qc.setQueryData<ReturnType<typeof page>>(listKey, (old) => old && { ...old, items: old.items.map((r) => (r.id === id ? { ...r, status } : r)) });

function seeded() {
  const qc = new QueryClient();
  qc.setQueryData(listKey, page({ id: 'a', status: 'running' }, { id: 'b', status: 'running' }));
  qc.setQueryData(otherKey, { items: [] });
  return qc;
}
const statuses = (qc: QueryClient) => qc.getQueryData<ReturnType<typeof page>>(listKey)!.items.map((r) => `${r.id}:${r.status}`);

describe('optimistic rollback', () => {
  it('finds exactly what the update changed and puts it back', () => {
    const qc = seeded();
    const before = snapshotCache(qc);
    mark(qc, 'a', 'stopping');
    const changes = changesSince(qc, before);
    expect(changes.map((c) => c.key)).toEqual([listKey]);
    expect(statuses(qc)).toEqual(['a:stopping', 'b:running']);
    expect(rollBack(qc, changes)).toEqual([listKey]); // to refetch
    expect(statuses(qc)).toEqual(['a:running', 'b:running']);
  });

  it('undoes only its own rows when other updates of the same list came after it (a bulk action)', () => {
    const qc = seeded();
    const s1 = snapshotCache(qc);
    mark(qc, 'a', 'stopping');
    const first = changesSince(qc, s1);
    const s2 = snapshotCache(qc);
    mark(qc, 'b', 'stopping');
    const second = changesSince(qc, s2);
    // The first item's call fails: its row comes back, the second item's stays as its update made it.
    rollBack(qc, first);
    expect(statuses(qc)).toEqual(['a:running', 'b:stopping']);
    rollBack(qc, second);
    expect(statuses(qc)).toEqual(['a:running', 'b:running']);
  });

  it('keeps a row that a newer answer replaced since (the real state arrived first)', () => {
    const qc = seeded();
    const before = snapshotCache(qc);
    mark(qc, 'a', 'stopping');
    const changes = changesSince(qc, before);
    qc.setQueryData(listKey, page({ id: 'a', status: 'stop' }, { id: 'b', status: 'running' })); // a refetch
    rollBack(qc, changes);
    expect(statuses(qc)).toEqual(['a:stop', 'b:running']);
  });

  it('changes nothing when the update changed nothing', () => {
    const qc = seeded();
    const before = snapshotCache(qc);
    expect(changesSince(qc, before)).toEqual([]);
    expect(rollBack(qc, [])).toEqual([]);
  });
});
