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
function listOf(data: unknown): unknown[] {
  const list = Array.isArray(data) ? data : data && typeof data === 'object' ? ((data as { items?: unknown }).items ?? [data]) : [];
  return Array.isArray(list) ? list : [];
}

function named(i: unknown): i is { id: string; name: string } {
  return !!i && typeof i === 'object' && typeof (i as { id?: unknown }).id === 'string' && typeof (i as { name?: unknown }).name === 'string' && (i as { name: string }).name.trim() !== '';
}

/** One name held, and when it was last seen (the clock of the index). */
interface Held {
  name: string;
  seen: number;
  ids: Map<string, Held>;
  id: string;
}

/**
 * The names of resources as the console last read them, per account, so the audit log can name
 * what a write touched by id only (power on, resize…) without asking the cloud again: the console
 * read the resource just before (its page, its list), and the name is taken from that answer.
 *
 * Every read re-lists names it already holds (a page polled, a list opened again), so seeing one
 * must be cheap: names are kept per account and kind, by id (no key built per item), and a name
 * seen again is only stamped with the clock. The oldest seen are forgotten first, in the order
 * they were last seen: `order` lists each sighting with its stamp, and a sighting whose stamp is
 * no longer its name's is one that was seen again since (skipped, and dropped when `order`
 * grows past four times the names held).
 */
export class ResourceNames {
  private readonly scopes = new Map<string, Map<string, Held>>();
  private order: Array<Held | number> = [];
  private head = 0;
  private clock = 0;
  private size = 0;

  constructor(private readonly max = MAX_NAMES) {}

  /** Told of every call the console made (actions/execute.ts afterCall); keeps the names reads list. */
  observe(def: Pick<ActionDef, 'provider' | 'product' | 'action' | 'kind'>, accountId: string, data: unknown) {
    if (def.kind !== 'read') return;
    const type = LISTS[`${def.provider}/${def.product}/${def.action}`];
    if (!type) return;
    const list = listOf(data);
    let ids: Map<string, Held> | undefined;
    for (const item of list) {
      if (!named(item)) continue;
      ids ??= this.scope(accountId, type, true)!;
      const seen = ++this.clock;
      let held = ids.get(item.id);
      if (held) {
        held.name = item.name;
        held.seen = seen;
      } else {
        held = { name: item.name, seen, ids, id: item.id };
        ids.set(item.id, held);
        this.size++;
      }
      this.order.push(held, seen);
    }
    while (this.size > this.max) this.forgetOldest();
    if (this.order.length - this.head > 4 * this.size + 64) this.compact();
  }

  nameOf(accountId: string, type: string, id: string): string | undefined {
    return this.scope(accountId, type, false)?.get(id)?.name;
  }

  private scope(accountId: string, type: string, make: boolean): Map<string, Held> | undefined {
    const key = `${accountId}\u0000${type}`;
    let ids = this.scopes.get(key);
    if (!ids && make) this.scopes.set(key, (ids = new Map()));
    return ids;
  }

  private forgetOldest() {
    for (;;) {
      const held = this.order[this.head] as Held;
      const seen = this.order[this.head + 1] as number;
      this.head += 2;
      if (held.seen !== seen) continue; // seen again since: a later sighting stands for it
      held.ids.delete(held.id);
      this.size--;
      return;
    }
  }

  /** Keeps only each name's last sighting, in order. */
  private compact() {
    const kept: Array<Held | number> = [];
    for (let i = this.head; i < this.order.length; i += 2) {
      const held = this.order[i] as Held;
      if (held.seen === this.order[i + 1] && held.ids.get(held.id) === held) kept.push(held, held.seen);
    }
    this.order = kept;
    this.head = 0;
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
