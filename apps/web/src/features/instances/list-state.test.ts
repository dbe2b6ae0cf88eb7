import { describe, expect, it } from 'vitest';
import { pageLocally } from '../../kit/paging';
import {
  inventoryParams,
  parseListState,
  serializeListState,
  withFilter,
  type InstanceListState,
} from './list-state';

describe('parseListState / serializeListState', () => {
  it('gives defaults for an empty URL', () => {
    expect(parseListState(new URLSearchParams())).toEqual({ page: 1, size: 10 });
  });
  it('round-trips every field, several statuses and a sort included', () => {
    const state: InstanceListState = {
      page: 3,
      size: 50,
      vdc: 'v1',
      status: ['running', 'stop'],
      q: 'web',
      region: 'CN_Shanghai_A',
      sort: { key: 'name', dir: 'desc' },
    };
    const again = parseListState(serializeListState(state));
    expect(again).toEqual(state);
    expect(serializeListState(state).toString()).toBe(
      'region=CN_Shanghai_A&vdc=v1&status=running%2Cstop&q=web&sort=-name&page=3&size=50',
    );
  });
  it('reads one status as before (links from the overview: ?status=stop)', () => {
    expect(parseListState(new URLSearchParams('status=stop')).status).toEqual(['stop']);
  });
  it('leaves defaults out of the URL', () => {
    expect(serializeListState({ page: 1, size: 10 }).toString()).toBe('');
    expect(serializeListState({ page: 1, size: 10, status: [] }).toString()).toBe('');
  });
  it('ignores malformed values: unknown statuses and sort columns, odd pages and sizes', () => {
    const s = parseListState(
      new URLSearchParams('page=-2&size=7&status=flying&region=Mars_A&q=%20%20&sort=password'),
    );
    expect(s).toEqual({ page: 1, size: 10 });
    expect(parseListState(new URLSearchParams('page=2.5')).page).toBe(1);
    expect(parseListState(new URLSearchParams('status=flying,stop,stop')).status).toEqual(['stop']);
  });
  it('goes back to page 1 when a filter or the order changes', () => {
    expect(withFilter({ page: 4, size: 20 }, { status: ['running'] })).toEqual({
      page: 1,
      size: 20,
      status: ['running'],
    });
    expect(withFilter({ page: 4, size: 20 }, { sort: { key: 'created', dir: 'asc' } }).page).toBe(
      1,
    );
  });
});

describe('inventoryParams', () => {
  it('asks the inventory route for exactly the page on screen', () => {
    const state = parseListState(
      new URLSearchParams(
        'region=CN_Beijing_A&vdc=v1&status=stop,error&q=web&sort=-created&page=2&size=20',
      ),
    );
    expect(Object.fromEntries(inventoryParams(state, 'acc-1'))).toEqual({
      account: 'acc-1',
      q: 'web',
      status: 'stop,error',
      region: 'CN_Beijing_A',
      vdc: 'v1',
      sort: 'created',
      order: 'desc',
      page: '2',
      size: '20',
    });
    expect(inventoryParams({ page: 1, size: 10 }).toString()).toBe('page=1&size=10');
  });
});

describe('pageLocally', () => {
  it('pages a list, clamping the page into range', () => {
    const many = Array.from({ length: 23 }, (_, n) => n);
    expect(pageLocally(many, 1, 10)).toEqual({
      items: many.slice(0, 10),
      pageNumber: 1,
      pageCount: 3,
      totalCount: 23,
    });
    expect(pageLocally(many, 3, 10).items).toEqual([20, 21, 22]);
    expect(pageLocally(many, 9, 10).pageNumber).toBe(3);
    expect(pageLocally([], 2, 10)).toEqual({
      items: [],
      pageNumber: 1,
      pageCount: 1,
      totalCount: 0,
    });
  });
});
