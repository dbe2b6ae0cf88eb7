import { describe, expect, it } from 'vitest';
import type { SearchSource } from './module';
import { itemsOf, searchCache } from './quick-search';

const sources: SearchSource[] = [
  { action: 'cds/ccs/DescribeInstances', kind: { en: 'Instance', zh: '云服务器' }, to: (i, a) => `/instances/${i.id}?account=${a}` },
  { action: 'mos/mcs/DescribeInstances', kind: { en: 'MOS instance', zh: 'MOS 云主机' }, to: (i, a) => `/mos/instances/${i.id}?account=${a}` },
];
const cache = [
  { queryKey: ['cds', 'ccs', 'DescribeInstances', 'acc-1', { PageSize: 100 }, 'all'], data: { items: [{ id: 'i-1', name: 'web-01', publicIps: ['101.251.0.2'], privateIps: ['10.0.0.2'] }] } },
  { queryKey: ['cds', 'ccs', 'DescribeInstances', 'acc-1', { PageNumber: 1 }], data: { items: [{ id: 'i-1', name: 'web-01', publicIps: [], privateIps: [] }] } },
  { queryKey: ['mos', 'mcs', 'DescribeInstances', 'acc-2', {}], data: { items: [{ id: 'm-1', name: 'my-web', ipAddresses: ['203.0.113.5'] }] } },
  { queryKey: ['cds', 'network', 'DescribeVdc', 'acc-1', {}], data: { items: [{ id: 'v-1', name: 'web-vdc' }] } },
  { queryKey: ['console', 'accounts'], data: [{ id: 'x', name: 'web' }] },
];

describe('the keyboard search over what the console has listed', () => {
  it('finds by a part of the name (those starting with it first), by id, and by the start of an address; once per account', () => {
    expect(searchCache(cache, sources, 'WEB').map((h) => [h.name, h.to])).toEqual([
      ['web-01', '/instances/i-1?account=acc-1'],
      ['my-web', '/mos/instances/m-1?account=acc-2'],
    ]);
    expect(searchCache(cache, sources, 'm-1').map((h) => h.id)).toEqual(['m-1']);
    expect(searchCache(cache, sources, '203.0.113').map((h) => h.name)).toEqual(['my-web']);
    expect(searchCache(cache, sources, '10.0.0.2').map((h) => h.name)).toEqual(['web-01']);
    expect(searchCache(cache, sources, '113.5')).toEqual([]);
    expect(searchCache(cache, sources, '  ')).toEqual([]);
  });

  it('reads lists and pages, and skips what has no id', () => {
    expect(itemsOf([{ id: 'a', name: 'x', ipAddress: '1.2.3.4' }, { name: 'no id' }, null])).toEqual([{ id: 'a', name: 'x', addresses: ['1.2.3.4'] }]);
    expect(itemsOf({ items: [{ id: 'b' }] })).toEqual([{ id: 'b', name: '', addresses: [] }]);
    expect(itemsOf(undefined)).toEqual([]);
  });
});
