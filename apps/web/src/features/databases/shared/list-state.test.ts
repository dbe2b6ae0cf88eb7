import { describe, expect, it } from 'vitest';
import { filterDbRows, parseDbListState, serializeDbListState } from './list-state';

describe('database list state', () => {
  it('round-trips through the URL and refuses what it does not know', () => {
    const s = parseDbListState(new URLSearchParams('region=CN_Beijing_A&status=error,RUNNING&q=%20order%20&sort=-created&page=2&size=20'));
    expect(s).toEqual({ region: 'CN_Beijing_A', status: ['running', 'error'], q: 'order', sort: { key: 'created', dir: 'desc' }, page: 2, size: 20 });
    expect(serializeDbListState(s).toString()).toBe('region=CN_Beijing_A&status=running%2Cerror&q=order&sort=-created&page=2&size=20');
    expect(parseDbListState(new URLSearchParams('region=Mars_A&status=melting&sort=-password&page=-1&size=7'))).toEqual({ status: [], page: 1, size: 10 });
  });

  it('filters by region, status and a search in name, id or address', () => {
    const rows = [
      { id: 'a1', name: 'order-db', status: 'RUNNING', regionId: 'CN_Beijing_A', address: '10.240.1.5' },
      { id: 'b2', name: 'user-center', status: 'CREATING', regionId: 'CN_Shanghai_A', address: '10.240.9.7' },
    ];
    const pick = (q: string) => filterDbRows(rows, parseDbListState(new URLSearchParams(q)), (r) => r).map((r) => r.id);
    expect(pick('')).toEqual(['a1', 'b2']);
    expect(pick('region=CN_Shanghai_A')).toEqual(['b2']);
    expect(pick('status=running')).toEqual(['a1']);
    expect(pick('status=running,creating')).toEqual(['a1', 'b2']);
    expect(pick('q=ORDER')).toEqual(['a1']);
    expect(pick('q=10.240.9')).toEqual(['b2']);
    expect(pick('q=b2')).toEqual(['b2']);
  });
});
