import { describe, expect, it } from 'vitest';
import { layoutColumns } from './layout';
import { pageSelection, toggleKey, togglePage } from './selection';
import type { Column } from './types';

describe('selection across pages', () => {
  it('keeps keys picked on other pages when this page changes', () => {
    let selected = toggleKey([], 'a', true); // page 1
    selected = toggleKey(selected, 'c', true); // page 2
    expect(selected).toEqual(['a', 'c']);
    selected = togglePage(selected, ['c', 'd']); // page 2's header box
    expect(selected).toEqual(['a', 'c', 'd']);
    expect(pageSelection(selected, ['c', 'd'])).toEqual({ all: true, some: false });
    expect(pageSelection(selected, ['a', 'b'])).toEqual({ all: false, some: true });
    selected = togglePage(selected, ['c', 'd']);
    expect(selected).toEqual(['a']);
    expect(toggleKey(selected, 'a', true)).toEqual(['a']);
    expect(toggleKey(selected, 'a', false)).toEqual([]);
    expect(pageSelection([], [])).toEqual({ all: false, some: false });
  });
});

describe('column layout', () => {
  const col = (key: string, extra: Partial<Column<unknown>> = {}): Column<unknown> => ({ key, header: key, render: () => null, ...extra });
  const columns = [col('name'), col('kind'), col('status', { visibleFrom: 'sm' }), col('created', { visibleFrom: 'md' }), col('actions', { header: null, stickyRight: true, width: 56 })];

  it('drops the chosen hidden columns but never the name', () => {
    const { shown, folded } = layoutColumns(columns, ['kind', 'name'], false);
    expect(shown.map((s) => s.column.key)).toEqual(['name', 'status', 'created', 'actions']);
    expect(shown.find((s) => s.column.key === 'created')?.visibleFrom).toBe('md');
    expect(folded).toEqual([]);
  });

  it('on a phone keeps name, status (whatever its visibleFrom) and the row menu; folds the rest', () => {
    const { shown, folded } = layoutColumns(columns, ['created'], true);
    expect(shown.map((s) => [s.column.key, s.visibleFrom, s.width])).toEqual([
      ['name', undefined, undefined],
      ['status', undefined, '36%'],
      ['actions', undefined, 56],
    ]);
    expect(folded.map((c) => c.key)).toEqual(['kind']);
  });
});
