import type { Instance } from '@console/api-types';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../http/parse-query';
import { HttpError } from '../http/api-error';
import { indexInstances, instanceQuery, searchInstances } from './search';

const inst = (over: Partial<Instance> & Pick<Instance, 'id' | 'name'>): Instance => ({
  status: 'running',
  chargeType: 'PostPaid',
  vdcId: 'vdc-a',
  vdcName: 'A',
  regionId: 'CN_Beijing_A',
  dataDisks: [],
  publicInterfaces: [],
  privateInterfaces: [],
  publicIps: [],
  privateIps: [],
  ...over,
});

// The cloud's order: newest first.
const items: Instance[] = [
  inst({ id: 'i-1', name: 'web-10', cpu: 4, ram: 8, publicIps: ['101.251.9.20'], privateIps: ['10.240.1.5'], createdAt: '2024-05-01 10:00:00' }),
  inst({ id: 'i-2', name: 'web-2', status: 'stop', cpu: 2, ram: 4, privateIps: ['10.240.1.30'], createdAt: '2024-04-01 10:00:00' }),
  inst({ id: 'i-3', name: 'db-master', status: 'error', cpu: 16, ram: 64, vdcId: 'vdc-b', vdcName: 'B', regionId: 'CN_Shanghai_A', publicIps: ['101.251.9.3'], createdAt: '2024-03-01 10:00:00' }),
  inst({ id: 'i-4', name: '', status: 'stopping', cpu: 2, ram: 2, chargeType: 'PrePaid', createdAt: '2024-02-01 10:00:00' }),
];
const q = (text: Record<string, string>) => parseQuery(instanceQuery, text);
const run = (text: Record<string, string>) => searchInstances(indexInstances(items), q(text));
const ids = (text: Record<string, string>) => run(text).items.map((i) => i.id);

describe('inventory search', () => {
  it('keeps the cloud order without a sort, and pages it', () => {
    expect(ids({})).toEqual(['i-1', 'i-2', 'i-3', 'i-4']);
    const p2 = run({ size: '3', page: '2' });
    expect(p2).toMatchObject({ totalCount: 4, page: 2, pageSize: 3, pageCount: 2 });
    expect(p2.items.map((i) => i.id)).toEqual(['i-4']);
    expect(run({ size: '3', page: '5' })).toMatchObject({ items: [], totalCount: 4, pageCount: 2 });
  });

  it('searches name, id, public and private addresses, case-insensitively', () => {
    expect(ids({ q: 'WEB' })).toEqual(['i-1', 'i-2']);
    expect(ids({ q: 'i-3' })).toEqual(['i-3']);
    expect(ids({ q: '101.251.9.3' })).toEqual(['i-3']);
    expect(ids({ q: '10.240.1.30' })).toEqual(['i-2']);
    expect(ids({ q: 'nothing-like-it' })).toEqual([]);
  });

  it('filters by several statuses at once, by region and by VDC, counting over all pages', () => {
    expect(ids({ status: 'stop,error' })).toEqual(['i-2', 'i-3']);
    expect(run({ status: 'running,stop,error', size: '1' })).toMatchObject({ totalCount: 3, pageCount: 3 });
    expect(ids({ region: 'CN_Shanghai_A' })).toEqual(['i-3']);
    expect(ids({ vdc: 'vdc-a', status: 'running' })).toEqual(['i-1']);
  });

  it('sorts by every column, naturally for names, numerically for specs and addresses', () => {
    expect(ids({ sort: 'name' })).toEqual(['i-3', 'i-4', 'i-2', 'i-1']); // "i-4" has no name: its id stands in
    expect(ids({ sort: 'name', order: 'desc' })).toEqual(['i-1', 'i-2', 'i-4', 'i-3']);
    expect(ids({ sort: 'spec' })).toEqual(['i-4', 'i-2', 'i-1', 'i-3']);
    expect(ids({ sort: 'publicIp' })).toEqual(['i-2', 'i-4', 'i-3', 'i-1']); // none first, then .3 before .20
    expect(ids({ sort: 'created' })).toEqual(['i-4', 'i-3', 'i-2', 'i-1']);
    expect(ids({ sort: 'status' })).toEqual(['i-3', 'i-1', 'i-2', 'i-4']);
    expect(ids({ sort: 'charge', order: 'desc' })).toEqual(['i-4', 'i-1', 'i-2', 'i-3']); // PrePaid first; ties keep the cloud order
    expect(ids({ sort: 'vdc', order: 'desc' })).toEqual(['i-3', 'i-1', 'i-2', 'i-4']);
  });

  it('sorts, then filters, then pages', () => {
    expect(ids({ sort: 'name', status: 'running,stop', size: '1', page: '2' })).toEqual(['i-1']);
  });

  it('refuses what it cannot answer, field by field', () => {
    const bads: Record<string, string>[] = [{ status: 'running,asleep' }, { sort: 'password' }, { order: 'up' }, { size: '500' }, { page: '0' }, { q: 'a\u0000b' }];
    for (const bad of bads) {
      expect(() => q(bad)).toThrow(HttpError);
    }
    expect(q({ status: 'stop, stop ,running' }).status).toEqual(['stop', 'running']);
    expect(q({ q: '' }).q).toBeUndefined();
  });
});
