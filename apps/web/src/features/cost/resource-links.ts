import type { BillItem } from '@console/api-types/client';

/**
 * The console page of a billed resource, when the console has one and the resource still
 * exists (a bill item without a deletion time). Paths only: the cost module imports no other
 * module, it links to their routes.
 */
export function resourcePage(item: Pick<BillItem, 'resourceId' | 'resourceType' | 'regionId' | 'vdcName' | 'deletedAt'>): string | undefined {
  if (item.deletedAt) return undefined;
  switch (item.resourceType) {
    case 'vm':
      return `/instances/${encodeURIComponent(item.resourceId)}`;
    case 'ip':
    case 'wan': {
      const p = new URLSearchParams();
      if (item.regionId) p.set('region', item.regionId);
      if (item.vdcName) p.set('q', item.vdcName);
      return `/vdcs?${p.toString()}`;
    }
    case 'mysql':
      return `/databases/mysql/${encodeURIComponent(item.resourceId)}`;
    case 'redis':
    case 'memcached':
      return `/databases/${item.resourceType}`;
    default:
      return undefined;
  }
}
