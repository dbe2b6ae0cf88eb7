import { describe, expect, it } from 'vitest';
import { resourcePage } from './resource-links';

const item = (resourceType: string, over: { deletedAt?: string } = {}) => ({
  resourceId: 'id-1', resourceType, regionId: 'CN_Beijing_A', vdcName: 'Beijing-Prod', ...over,
});

describe('the page of a billed resource', () => {
  it('opens an instance, a MySQL instance, or the list the resource lives in', () => {
    expect(resourcePage(item('vm'))).toBe('/instances/id-1');
    expect(resourcePage(item('mysql'))).toBe('/databases/mysql/id-1');
    expect(resourcePage(item('redis'))).toBe('/databases/redis');
    expect(resourcePage(item('wan'))).toBe('/vdcs?region=CN_Beijing_A&q=Beijing-Prod');
  });

  it('has none for a deleted resource, or a kind the console has no page for', () => {
    expect(resourcePage(item('vm', { deletedAt: '2026-11-02 10:00:00' }))).toBeUndefined();
    expect(resourcePage(item('disk'))).toBeUndefined();
    expect(resourcePage(item('oss'))).toBeUndefined();
  });
});
