import { Prng } from '../../util/prng';
import { seedDemoAccount } from '../seed/demo-world';
import { seedDemoDatabases } from '../seed/paas-world';
import { DEMO_INSTANCES, parseInstanceCount, seedScaleInstances } from '../seed/scale-world';
import { Account } from './account';
import { firstTaskId, Scheduler } from './tasks';

export interface WorldOptions {
  seed: number;
  /** Milliseconds a task takes from NEW to FINISH. */
  taskMs: number;
  /** The demo account's key pair: it owns the seeded world. */
  accessKeyId: string;
  secret: string;
  clock?: () => number;
  /** How many instances the demo account has (SIM_INSTANCES): the 42 of the demo world, plus generated ones above that. */
  instances?: number;
}

/**
 * Everything the simulator knows: accounts keyed by access key, each with one backend per
 * region, and the scheduler that ends tasks. Built from a seed, so the same seed gives the
 * same world; ids of resources created later come from the same generator.
 */
export class World {
  readonly accounts = new Map<string, Account>();
  readonly scheduler: Scheduler;
  readonly clock: () => number;
  rng: Prng;
  /** The simulator's own base URL once it listens: download links (DownloadBackup) point at it. */
  publicUrl = '';

  constructor(private readonly opts: WorldOptions) {
    this.clock = opts.clock ?? Date.now;
    this.scheduler = new Scheduler(opts.taskMs, this.clock);
    this.scheduler.onSettled = () => this.observeBills();
    this.rng = new Prng(opts.seed);
    if (opts.instances !== undefined) parseInstanceCount(String(opts.instances)); // refuses a count out of range
    this.build();
  }

  get seed() {
    return this.opts.seed;
  }

  now() {
    return this.clock();
  }

  account(accessKeyId: string): Account | undefined {
    return this.accounts.get(accessKeyId);
  }

  /** Adds another key pair with an empty world of its own (no VDCs, no instances). */
  addAccount(accessKeyId: string, secret: string, opts: { balance?: number } = {}): Account {
    const account = new Account(accessKeyId, secret, {
      balance: opts.balance ?? 1000,
      firstTaskId: firstTaskId(this.clock(), this.rng.int(0, 7_999_999)),
      clock: this.clock,
    });
    this.accounts.set(accessKeyId, account);
    return account;
  }

  /** Back to the seeded world: pending tasks dropped, extra accounts removed, nonces forgotten. */
  reset() {
    this.scheduler.clear();
    this.rng = new Prng(this.opts.seed);
    this.build();
  }

  /** The bills look at the world now: every account, or one after a call of its own. */
  observeBills(account?: Account) {
    for (const a of account ? [account] : this.accounts.values()) a.ledger.observe(this.now());
  }

  /** Stops every pending task timer. */
  close() {
    this.scheduler.clear();
  }

  private build() {
    this.accounts.clear();
    const demo = this.addAccount(this.opts.accessKeyId, this.opts.secret);
    seedDemoAccount(demo, this.rng);
    const extra = (this.opts.instances ?? DEMO_INSTANCES) - DEMO_INSTANCES;
    // A generator of its own: the demo world keeps its ids whatever the size.
    if (extra > 0) seedScaleInstances(demo, new Prng(this.opts.seed ^ 0x5ca1e), extra);
    // A generator of their own, so the databases change no id of the rest of the world.
    seedDemoDatabases(demo, new Prng(this.opts.seed ^ 0x0db5eed));
    this.observeBills(demo);
  }
}
