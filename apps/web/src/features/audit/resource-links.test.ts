import { writeResources, type ResourceType } from '@console/api-types/resources';
import { describe, expect, it } from 'vitest';
import { resourceHref } from './resource-links';

describe('resourceHref', () => {
  it('links one resource to its page on its account', () => {
    expect(resourceHref({ type: 'cds-instance', ids: ['ins 1'] }, 'acc-1')).toBe('/instances/ins%201?account=acc-1');
    expect(resourceHref({ type: 'cds-mysql', ids: ['u1'] }, undefined)).toBe('/databases/mysql/u1');
    expect(resourceHref({ type: 'mos-key-pair', ids: ['k'] }, 'm')).toBe('/mos/key-pairs?account=m');
  });

  it('does not link what is gone, several ids, no id, or kinds without a page', () => {
    expect(resourceHref({ type: 'cds-instance', ids: ['a'], gone: true }, 'x')).toBeUndefined();
    expect(resourceHref({ type: 'cds-instance', ids: ['a', 'b'] }, 'x')).toBeUndefined();
    expect(resourceHref({ type: 'cds-instance', ids: [], name: 'new' }, 'x')).toBeUndefined();
    expect(resourceHref({ type: 'cds-public-ip', ids: ['seg'] }, 'x')).toBeUndefined();
    expect(resourceHref({ type: 'something-new', ids: ['a'] }, 'x')).toBeUndefined();
    expect(resourceHref(undefined, 'x')).toBeUndefined();
  });

  it('knows every kind of resource a write can touch', () => {
    const kinds = new Set(Object.values(writeResources).map((r) => r.type));
    for (const k of kinds) expect(() => resourceHref({ type: k as ResourceType, ids: ['x'] }, 'a')).not.toThrow();
    expect(resourceHref({ type: 'cds-security-group', ids: ['sg'] }, 'a')).toBe('/security-groups/sg?account=a');
    expect(resourceHref({ type: 'cds-vdc', ids: ['v'] }, 'a')).toBe('/vdcs/v?account=a');
  });
});
