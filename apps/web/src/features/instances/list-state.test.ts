import { describe, expect, it } from 'vitest';
import { pageLocally } from '../../kit/paging';
import {
  filterLocally,
  parseListState,
  planQuery,
  serializeListState,
  withFilter,
  type InstanceListState,
} from './list-state';
import { anInstance } from '../../test-fixtures';

const inst = anInstance;

describe('parseListState / serializeListState', () => {
  it('gives defaults for an empty URL', () => {
    expect(parseListState(new URLSearchParams())).toEqual({ page: 1, size: 10 });
  });
  it('round-trips every field', () => {
    const state: InstanceListState = { page: 3, size: 50, vdc: 'v1', status: 'stop', q: 'web', region: 'CN_Shanghai_A' };
    const again = parseListState(serializeListState(state));
    expect(again).toEqual(state);
    expect(serializeListState(state).toString()).toBe('region=CN_Shanghai_A&vdc=v1&status=stop&q=web&page=3&size=50');
  });
  it('leaves defaults out of the URL', () => {
    expect(serializeListState({ page: 1, size: 10 }).toString()).toBe('');
  });
  it('ignores malformed values', () => {
    const s = parseListState(new URLSearchParams('page=-2&size=7&status=flying&region=Mars_A&q=%20%20'));
    expect(s).toEqual({ page: 1, size: 10 });
    expect(parseListState(new URLSearchParams('page=2.5')).page).toBe(1);
  });
  it('goes back to page 1 when a filter changes', () => {
    expect(withFilter({ page: 4, size: 20 }, { status: 'running' })).toEqual({ page: 1, size: 20, status: 'running' });
  });
});

describe('planQuery', () => {
  it('pages on the server when the API can filter', () => {
    expect(planQuery({ page: 2, size: 20, vdc: 'v1' })).toEqual({
      mode: 'server',
      input: { VdcId: 'v1', PageNumber: 2, PageSize: 20 },
    });
  });
  it('sends a public IPv4 search as the PublicIp filter', () => {
    expect(planQuery({ page: 1, size: 10, q: '101.251.19.82' })).toEqual({
      mode: 'server',
      input: { PublicIp: '101.251.19.82', PageNumber: 1, PageSize: 10 },
    });
  });
  it('filters locally for a status, a name, a region or a private address', () => {
    expect(planQuery({ page: 1, size: 10, status: 'stop' })).toEqual({ mode: 'local', input: {}, reasons: ['status'] });
    expect(planQuery({ page: 1, size: 10, q: 'web' })).toMatchObject({ mode: 'local', reasons: ['name'] });
    expect(planQuery({ page: 1, size: 10, region: 'CN_Beijing_A', vdc: 'v' })).toEqual({
      mode: 'local',
      input: { VdcId: 'v' },
      reasons: ['region'],
    });
    expect(planQuery({ page: 1, size: 10, q: '10.240.16.1' })).toMatchObject({ mode: 'local', reasons: ['name'] });
  });
  it('keeps the server-side IP filter when filtering the rest locally', () => {
    expect(planQuery({ page: 1, size: 10, q: '8.8.8.8', status: 'running' })).toEqual({
      mode: 'local',
      input: { PublicIp: '8.8.8.8' },
      reasons: ['status'],
    });
  });
});

describe('filterLocally + pageLocally', () => {
  const items = [
    inst({ name: 'web-01', status: 'running', privateIps: ['10.0.0.1'] }),
    inst({ name: 'web-02', status: 'stop', regionId: 'CN_Shanghai_A' }),
    inst({ name: 'DB-master', status: 'running', publicIps: ['101.1.1.1'] }),
    inst({ name: 'cache', status: 'error' }),
  ];
  it('filters by status, region and text (name, id or address, any case)', () => {
    expect(filterLocally(items, { page: 1, size: 10, status: 'running' }).map((i) => i.name)).toEqual(['web-01', 'DB-master']);
    expect(filterLocally(items, { page: 1, size: 10, region: 'CN_Shanghai_A' }).map((i) => i.name)).toEqual(['web-02']);
    expect(filterLocally(items, { page: 1, size: 10, q: 'db' }).map((i) => i.name)).toEqual(['DB-master']);
    expect(filterLocally(items, { page: 1, size: 10, q: '10.0.0' }).map((i) => i.name)).toEqual(['web-01']);
    expect(filterLocally(items, { page: 1, size: 10, q: 'WEB', status: 'stop' }).map((i) => i.name)).toEqual(['web-02']);
  });
  it('pages what is left, clamping the page into range', () => {
    const many = Array.from({ length: 23 }, (_, n) => n);
    expect(pageLocally(many, 1, 10)).toEqual({ items: many.slice(0, 10), pageNumber: 1, pageCount: 3, totalCount: 23 });
    expect(pageLocally(many, 3, 10).items).toEqual([20, 21, 22]);
    expect(pageLocally(many, 9, 10).pageNumber).toBe(3);
    expect(pageLocally([], 2, 10)).toEqual({ items: [], pageNumber: 1, pageCount: 1, totalCount: 0 });
  });
});
