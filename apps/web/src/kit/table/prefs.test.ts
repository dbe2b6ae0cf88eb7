import { beforeEach, describe, expect, it } from 'vitest';
import { hideableKeys, readTablePrefs, withRememberedSize, writeTablePrefs } from './prefs';

beforeEach(() => localStorage.clear());

describe('table preferences', () => {
  it('remembers hidden columns and page size per list', () => {
    writeTablePrefs('images', { hidden: ['os'] });
    writeTablePrefs('images', { pageSize: 50 });
    writeTablePrefs('vdcs', { hidden: ['region'] });
    expect(readTablePrefs('images')).toEqual({ hidden: ['os'], pageSize: 50 });
    expect(readTablePrefs('vdcs')).toEqual({ hidden: ['region'] });
    expect(readTablePrefs('mysql')).toEqual({});
  });

  it('survives whatever sits in storage', () => {
    localStorage.setItem('console.table.images', '{not json');
    expect(readTablePrefs('images')).toEqual({});
    localStorage.setItem('console.table.images', JSON.stringify({ hidden: 'os', pageSize: 10 }));
    expect(readTablePrefs('images')).toEqual({ hidden: undefined, pageSize: 10 });
    localStorage.setItem('console.table.images', JSON.stringify({ pageSize: -3 }));
    expect(readTablePrefs('images').pageSize).toBeUndefined();
  });

  it('opens a list at the remembered size unless the URL names one; only offered sizes', () => {
    const parse = withRememberedSize('mysql', (p) => Number(p.get('size') ?? 10), [10, 20, 50, 100]);
    expect(parse(new URLSearchParams())).toBe(10);
    writeTablePrefs('mysql', { pageSize: 50 });
    expect(parse(new URLSearchParams())).toBe(50);
    expect(parse(new URLSearchParams('size=20'))).toBe(20);
    writeTablePrefs('mysql', { pageSize: 33 });
    expect(parse(new URLSearchParams())).toBe(10);
  });

  it('never lets the name column or a column without words be hidden', () => {
    const cols = [
      { key: 'name', header: 'Name' },
      { key: 'status', header: 'Status' },
      { key: 'id', header: 'ID', hideable: false },
      { key: 'actions', header: null },
      { key: 'spec', header: null, label: 'Spec' },
      { key: 'menu', header: 'Actions', stickyRight: true },
    ];
    expect(hideableKeys(cols)).toEqual(['status', 'spec']);
  });
});
