import { describe, expect, it } from 'vitest';
import { columnSortValue, nextSort, parseSortParam, sortParam, sortRows } from './sort';
import { listParam, parseListParam } from './url-list';

const rows = [
  { id: 'a', name: 'web-10', cpu: 4 },
  { id: 'b', name: 'web-2', cpu: 16 },
  { id: 'c', name: '', cpu: 2 },
  { id: 'd', name: 'Alpha', cpu: 4 },
];
const byField = columnSortValue<(typeof rows)[number]>([{ key: 'name' }, { key: 'cpu' }]);

describe('sorting', () => {
  it('cycles a header: ascending, descending, off; another column starts ascending', () => {
    expect(nextSort(undefined, 'name')).toEqual({ key: 'name', dir: 'asc' });
    expect(nextSort({ key: 'name', dir: 'asc' }, 'name')).toEqual({ key: 'name', dir: 'desc' });
    expect(nextSort({ key: 'name', dir: 'desc' }, 'name')).toBeUndefined();
    expect(nextSort({ key: 'name', dir: 'desc' }, 'cpu')).toEqual({ key: 'cpu', dir: 'asc' });
  });

  it('orders text naturally and case-blind, empty values last in both directions', () => {
    expect(sortRows(rows, { key: 'name', dir: 'asc' }, byField).map((r) => r.id)).toEqual(['d', 'b', 'a', 'c']);
    expect(sortRows(rows, { key: 'name', dir: 'desc' }, byField).map((r) => r.id)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('orders numbers by value and keeps equal rows in their original order', () => {
    expect(sortRows(rows, { key: 'cpu', dir: 'asc' }, byField).map((r) => r.id)).toEqual(['c', 'a', 'd', 'b']);
    expect(sortRows(rows, { key: 'cpu', dir: 'desc' }, byField).map((r) => r.id)).toEqual(['b', 'a', 'd', 'c']);
  });

  it('uses a column sortValue over the field, and leaves the input alone', () => {
    const byLength = columnSortValue<(typeof rows)[number]>([{ key: 'name', sortValue: (r) => r.name.length || undefined }]);
    const copy = [...rows];
    expect(sortRows(rows, { key: 'name', dir: 'asc' }, byLength).map((r) => r.id)).toEqual(['b', 'd', 'a', 'c']);
    expect(rows).toEqual(copy);
    expect(sortRows(rows, undefined, byField)).toEqual(rows);
  });

  it('reads and writes ?sort=, refusing unknown columns and junk', () => {
    expect(parseSortParam('name')).toEqual({ key: 'name', dir: 'asc' });
    expect(parseSortParam('-created', ['name', 'created'])).toEqual({ key: 'created', dir: 'desc' });
    expect(parseSortParam('-secret', ['name'])).toBeUndefined();
    expect(parseSortParam('<script>')).toBeUndefined();
    expect(parseSortParam(null)).toBeUndefined();
    expect(sortParam({ key: 'name', dir: 'desc' })).toBe('-name');
    expect(sortParam({ key: 'name', dir: 'asc' })).toBe('name');
    expect(sortParam(undefined)).toBeUndefined();
  });
});

describe('multi-value URL filters', () => {
  const statuses = ['running', 'stop', 'error'] as const;
  it('keeps known values once, in the offered order, any case', () => {
    expect(parseListParam('error,RUNNING,bogus,error', statuses)).toEqual(['running', 'error']);
    expect(parseListParam(null, statuses)).toEqual([]);
    expect(listParam(['running', 'error'])).toBe('running,error');
    expect(listParam([])).toBeUndefined();
  });
});
