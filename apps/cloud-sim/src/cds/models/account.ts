import { MINUTE } from '../../util/time';
import { RegionBackend } from './backend';
import { Ledger } from './billing/ledger';
import { billablesOf } from './billing/sources';
import type { StoragePool } from './billing/storage-pools';
import { newestFirst, type Instance } from './instance';
import { NonceStore } from './nonces';
import { TaskStore } from './tasks';
import { SecurityGroupStore } from './security-groups/group';
import { TemplateStore } from './templates';
import { PaasStore } from './paas/store';

/** How far a Timestamp may be from the server's clock, and how long a nonce stays used. */
export const SIGNATURE_WINDOW_MS = 15 * MINUTE;

/**
 * One access key: its secret, balance, tasks and used nonces, and one backend per region.
 * Actions without a RegionId (DescribeInstances, DescribeVdc, DescribeTask) look across
 * the account's regions.
 */
export class Account {
  readonly backends = new Map<string, RegionBackend>();
  readonly nonces = new NonceStore(SIGNATURE_WINDOW_MS);
  readonly tasks: TaskStore;
  /** Private templates across regions (CreateTemplate, SyncTemplate, DeleteTemplate). */
  readonly templates = new TemplateStore();
  /** MySQL, Redis and Memcached instances (with MySQL's accounts and backups). */
  readonly paas = new PaasStore();
  /** Security groups: they belong to the account, not to a region (security-groups/). */
  readonly securityGroups = new SecurityGroupStore();
  /** Account balance in CNY; each create is charged and can run out (NotEnoughBalance). */
  balance: number;
  /** Every billable resource's lifetime and prices, for the bills (looked at after each call and task end). */
  readonly ledger: Ledger = new Ledger(() => billablesOf(this));
  /** Cold-storage pools (GetMetering). */
  readonly storagePools: StoragePool[] = [];
  private batches = 0;

  constructor(
    readonly accessKeyId: string,
    readonly secret: string,
    opts: { balance: number; firstTaskId: number; clock: () => number },
  ) {
    this.balance = opts.balance;
    this.tasks = new TaskStore(opts.firstTaskId, opts.clock);
  }

  /** The backend of a region, created empty on first use. */
  backend(regionId: string): RegionBackend {
    let b = this.backends.get(regionId);
    if (!b) {
      b = new RegionBackend(this.accessKeyId, regionId);
      this.backends.set(regionId, b);
    }
    return b;
  }

  regions(): RegionBackend[] {
    return [...this.backends.values()];
  }

  findVdc(vdcId: string) {
    for (const backend of this.backends.values()) {
      const vdc = backend.vdcs.get(vdcId);
      if (vdc) return { backend, vdc };
    }
    return undefined;
  }

  findInstance(instanceId: string) {
    for (const backend of this.backends.values()) {
      const instance = backend.instances.get(instanceId);
      if (instance) return { backend, instance };
    }
    return undefined;
  }

  /** Every instance of every region, newest first. */
  instances(): Instance[] {
    return this.regions()
      .flatMap((b) => [...b.instances.values()])
      .sort(newestFirst);
  }

  /** Every VDC of every region, oldest first. */
  vdcs() {
    return this.regions()
      .flatMap((b) => [...b.vdcs.values()])
      .sort((a, b) => a.createdAt - b.createdAt);
  }

  /** The ordering key of the next create: later creates list first. */
  nextBatch() {
    return ++this.batches;
  }
}
