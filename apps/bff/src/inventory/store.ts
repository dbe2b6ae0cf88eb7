import { TRANSITIONAL_INSTANCE_STATES, type ActionDef } from '@console/api-types';
import { UpstreamError } from '@console/cloud-client';
import type { Logger } from 'pino';
import type { SigningCredentials } from '../accounts/resolve';
import { HttpError } from '../http/api-error';
import type { InstanceLoader } from './load';
import { indexInstances, type IndexedInstances } from './search';

export interface InventoryOptions {
  load: InstanceLoader;
  /** Age at which the inventory is read again while people use it (INVENTORY_REFRESH_SECONDS). */
  refreshMs: number;
  /** The same while an instance is changing by itself (stopping, creating, …). */
  fastRefreshMs: number;
  /** Nobody asked for this long: the schedule stops until someone asks again. */
  idleMs: number;
  log: Logger;
  now?: () => number;
}

export interface InventoryView {
  inv: IndexedInstances;
  refreshedAt: number;
  /** Some instance is in a transitional state. */
  changing: boolean;
  /** The last refresh failed: what it met, and when. */
  failure?: { code: string; message: string; requestId?: string; at: number };
}

interface Entry {
  creds: SigningCredentials;
  current?: { inv: IndexedInstances; refreshedAt: number; changing: boolean };
  failure?: { err: unknown; at: number };
  /** Generations of the inventory: the newest asked for, the one held, and the one a request must wait for. */
  wanted: number;
  loaded: number;
  /** Raised by a change (a write, a settled task) and by a first or long-idle read; not by the schedule. */
  required: number;
  running?: Promise<void>;
  lastAsked: number;
  timer?: NodeJS.Timeout;
}

const SETTLED = new Set(['FINISH', 'ERROR']);
const REMEMBERED_TASKS = 1_000;

/**
 * The instances of each cloud account, kept in memory by the console server and shared by
 * everyone who uses that account (the caller's checks happen before, per request: routes.ts).
 *
 * Fresh enough: read on first use; again on a schedule while someone asked lately (faster while
 * an instance is changing); and at once after a write that changes instances or a task that
 * settles, and then a request waits for that read, so nobody sees the list from before their own
 * change. When a read fails, the last inventory is served marked stale; with none, the failure
 * is the answer.
 */
export class InstanceInventory {
  private readonly entries = new Map<string, Entry>();
  private readonly settledTasks = new Set<string>();
  private readonly now: () => number;

  constructor(private readonly opts: InventoryOptions) {
    this.now = opts.now ?? Date.now;
  }

  /** The account's inventory, read or refreshed first when it must be. */
  async view(accountId: string, creds: SigningCredentials): Promise<InventoryView> {
    let e = this.entries.get(accountId);
    // Another endpoint or key behind the same account id is another inventory.
    if (!e || e.creds.endpoint !== creds.endpoint || e.creds.accessKeyId !== creds.accessKeyId) {
      if (e) this.drop(accountId);
      e = { creds, wanted: 0, loaded: 0, required: 0, lastAsked: 0 };
      this.entries.set(accountId, e);
    }
    e.creds = creds;
    e.lastAsked = this.now();
    const age = this.now() - (e.current?.refreshedAt ?? -Infinity);
    const asleep = !e.timer && !e.running;
    // First use, or awake again after the schedule stopped: wait for a read rather than show an old list.
    if (!e.running && (!e.current || (asleep && age > this.opts.refreshMs))) this.want(e, true);
    if (e.loaded < e.required) {
      await this.refresh(accountId, e);
    } else if (asleep) {
      this.schedule(accountId, e);
    }
    if (!e.current) throw e.failure?.err ?? new HttpError(503, 'InventoryUnavailable', 'The inventory could not be read');
    return { inv: e.current.inv, refreshedAt: e.current.refreshedAt, changing: e.current.changing, failure: e.failure && describeFailure(e.failure) };
  }

  /** Read the account again now; requests wait for it (a change was made). */
  invalidate(accountId: string) {
    const e = this.entries.get(accountId);
    if (!e) return;
    this.want(e, true);
    void this.refresh(accountId, e);
  }

  /**
   * Asks for a read that starts after now (one in flight may have started before a change);
   * `required`: requests must not be answered from anything older.
   */
  private want(e: Entry, required: boolean) {
    e.wanted = Math.max(e.wanted, e.loaded) + 1;
    if (required) e.required = e.wanted;
  }

  /**
   * Told of every call the console made (actions/execute.ts): a write whose catalog entry
   * invalidates DescribeInstances, or a task seen settled for the first time, makes the account's
   * inventory out of date.
   */
  observe(def: Pick<ActionDef, 'provider' | 'action' | 'kind' | 'invalidates'>, accountId: string, data: unknown) {
    if (def.provider !== 'cds') return;
    if (def.kind !== 'read' && def.invalidates?.includes('DescribeInstances')) return this.invalidate(accountId);
    if (def.action !== 'DescribeTask') return;
    const task = data as { taskId?: string; status?: string } | undefined;
    if (!task?.taskId || !SETTLED.has(task.status ?? '')) return;
    const key = `${accountId} ${task.taskId}`;
    if (this.settledTasks.has(key)) return;
    this.settledTasks.add(key);
    if (this.settledTasks.size > REMEMBERED_TASKS) this.settledTasks.delete(this.settledTasks.values().next().value!);
    this.invalidate(accountId);
  }

  /** An instance's name as last read, without reading (the audit log names what a write touched). */
  nameOf(accountId: string, id: string): string | undefined {
    return this.entries.get(accountId)?.current?.inv.items.find((i) => i.id === id)?.name || undefined;
  }

  /** Stops every schedule (the server is closing). */
  close() {
    for (const id of [...this.entries.keys()]) this.drop(id);
  }

  private drop(accountId: string) {
    clearTimeout(this.entries.get(accountId)?.timer);
    this.entries.delete(accountId);
  }

  /** Reads until the wanted generation is held (or a read failed); one read at a time per account. */
  private refresh(accountId: string, e: Entry): Promise<void> {
    if (e.running) return e.running;
    clearTimeout(e.timer);
    e.timer = undefined;
    e.running = (async () => {
      try {
        while (e.loaded < e.wanted) {
          const generation = e.wanted;
          try {
            const items = await this.opts.load(e.creds);
            e.current = {
              inv: indexInstances(items),
              refreshedAt: this.now(),
              changing: items.some((i) => TRANSITIONAL_INSTANCE_STATES.includes(i.status)),
            };
            e.failure = undefined;
          } catch (err) {
            e.failure = { err, at: this.now() };
            this.opts.log.warn({ err, accountId }, e.current ? 'inventory refresh failed; serving the last one, marked stale' : 'inventory read failed');
          }
          // A failed read is not repeated for waiting requests: they get the last inventory, marked stale.
          e.loaded = e.failure ? e.wanted : generation;
        }
      } finally {
        e.running = undefined;
        if (this.entries.get(accountId) === e) this.schedule(accountId, e);
      }
    })();
    return e.running;
  }

  /** The next scheduled read, while someone asked within idleMs. */
  private schedule(accountId: string, e: Entry) {
    clearTimeout(e.timer);
    e.timer = undefined;
    if (this.now() - e.lastAsked > this.opts.idleMs) return;
    const wait = e.current?.changing ? this.opts.fastRefreshMs : this.opts.refreshMs;
    e.timer = setTimeout(() => {
      e.timer = undefined;
      this.want(e, false);
      void this.refresh(accountId, e);
    }, wait);
    e.timer.unref();
  }
}

function describeFailure(f: { err: unknown; at: number }): NonNullable<InventoryView['failure']> {
  const { err, at } = f;
  if (err instanceof UpstreamError) return { code: err.code, message: err.message, requestId: err.upstream.requestId, at };
  if (err instanceof HttpError) return { code: err.code, message: err.message, at };
  return { code: 'InternalError', message: 'The inventory could not be refreshed', at };
}
