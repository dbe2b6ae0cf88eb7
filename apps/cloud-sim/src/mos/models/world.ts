import { Prng } from '../../util/prng';
import { seedMosDemo } from '../seed/demo';
import { MosAccount } from './account';

export interface MosWorldOptions {
  seed: number;
  /** Milliseconds a change takes (creating → running, stopping → ready, …). */
  transitionMs: number;
  /** The demo key pair: it owns the seeded world. */
  accessKeyId: string;
  secret: string;
  clock?: () => number;
}

/** The simulated MOS region: accounts by access key, the clock, the generator of ids and passwords. */
export class MosWorld {
  readonly accounts = new Map<string, MosAccount>();
  readonly clock: () => number;
  transitionMs: number;
  rng: Prng;

  constructor(private readonly opts: MosWorldOptions) {
    this.clock = opts.clock ?? Date.now;
    this.transitionMs = opts.transitionMs;
    this.rng = new Prng(opts.seed ^ 0x4d4f53);
    this.build();
  }

  get seed() {
    return this.opts.seed;
  }

  now() {
    return this.clock();
  }

  account(accessKeyId: string): MosAccount | undefined {
    return this.accounts.get(accessKeyId);
  }

  /** Another key pair with nothing in it yet. */
  addAccount(accessKeyId: string, secret: string, opts: { balance?: number } = {}): MosAccount {
    const account = new MosAccount(accessKeyId, secret, opts.balance ?? 0);
    this.accounts.set(accessKeyId, account);
    return account;
  }

  /** Back to the seeded world: extra accounts removed, used signatures forgotten. */
  reset() {
    this.transitionMs = this.opts.transitionMs;
    this.rng = new Prng(this.opts.seed ^ 0x4d4f53);
    this.build();
  }

  private build() {
    this.accounts.clear();
    const demo = this.addAccount(this.opts.accessKeyId, this.opts.secret);
    seedMosDemo(demo, this.rng, this.now());
  }
}
