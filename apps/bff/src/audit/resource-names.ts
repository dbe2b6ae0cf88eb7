import type { ActionDef, ResourceType } from '@console/api-types';
import type { AuditLog } from './audit-log';

/** The reads whose answers list resources as `{id, name}`, and the kind they list. */
const LISTS: Record<string, ResourceType> = {
  'cds/ccs/DescribeInstances': 'cds-instance',
  'cds/ccs/DescribeSecurityGroups': 'cds-security-group',
  'cds/ccs/DescribeSecurityGroupAttribute': 'cds-security-group',
  'cds/network/DescribeVdc': 'cds-vdc',
  'cds/mysql/DescribeDBInstances': 'cds-mysql',
  'cds/redis/DescribeDBInstances': 'cds-redis',
  'cds/memcached/MemcachedInstanceList': 'cds-memcached',
  'mos/mcs/DescribeInstances': 'mos-instance',
};

/** Enough for a few accounts of thousands of resources; the oldest seen are forgotten first. */
export const MAX_NAMES = 50_000;

/** `{id, name}` items of a normalized answer: a list, a page with `items`, or one object. */
function itemsOf(data: unknown): Array<{ id: string; name: string }> {
  const list = Array.isArray(data) ? data : data && typeof data === 'object' ? ((data as { items?: unknown }).items ?? [data]) : [];
  if (!Array.isArray(list)) return [];
  return list.filter(
    (i): i is { id: string; name: string } =>
      !!i && typeof i === 'object' && typeof (i as { id?: unknown }).id === 'string' && typeof (i as { name?: unknown }).name === 'string' && (i as { name: string }).name.trim() !== '',
  );
}

/**
 * The names of resources as the console last read them, per account, so the audit log can name
 * what a write touched by id only (power on, resize…) without asking the cloud again: the console
 * read the resource just before (its page, its list), and the name is taken from that answer.
 */
export class ResourceNames {
  private readonly names = new Map<string, string>();

  constructor(private readonly max = MAX_NAMES) {}

  /** Told of every call the console made (actions/execute.ts afterCall); keeps the names reads list. */
  observe(def: Pick<ActionDef, 'provider' | 'product' | 'action' | 'kind'>, accountId: string, data: unknown) {
    if (def.kind !== 'read') return;
    const type = LISTS[`${def.provider}/${def.product}/${def.action}`];
    if (!type) return;
    for (const item of itemsOf(data)) {
      const key = this.key(accountId, type, item.id);
      this.names.delete(key); // re-inserted: the newest seen are kept longest
      this.names.set(key, item.name);
    }
    while (this.names.size > this.max) this.names.delete(this.names.keys().next().value!);
  }

  nameOf(accountId: string, type: string, id: string): string | undefined {
    return this.names.get(this.key(accountId, type, id));
  }

  private key(accountId: string, type: string, id: string) {
    return `${accountId}\u0000${type}\u0000${id}`;
  }
}

/** The audit log with names: a record naming one resource by id only gets the name last read. */
export function namingAudit(inner: AuditLog, names: Pick<ResourceNames, 'nameOf'>): AuditLog {
  return {
    record(entry) {
      const r = entry.resource;
      const name = r && r.ids.length === 1 && !r.name && entry.account ? names.nameOf(entry.account, r.type, r.ids[0]!) : undefined;
      return inner.record(name ? { ...entry, resource: { ...r!, name } } : entry);
    },
  };
}
