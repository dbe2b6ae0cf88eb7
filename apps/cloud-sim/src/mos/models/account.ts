import { NonceStore } from '../../cds/models/nonces';
import { MOS_SIGNATURE_WINDOW_MS } from '../wire/auth';
import { extendTo, SETTLED, type MosInstance, type MosKeyPair } from './instance';
import { money } from './pricing';

/**
 * One access key of the simulated MOS: its secret, balance, key pairs, instances and the
 * signatures it used in the last 15 minutes (replays are refused).
 */
export class MosAccount {
  /** CNY, decimal(10,2). */
  balance: number;
  /** When the balance last changed; absent when it never did (GetBalance then has no timestamp). */
  balanceAt?: number;
  readonly keyPairs = new Map<string, MosKeyPair>();
  readonly instances = new Map<string, MosInstance>();
  readonly signatures = new NonceStore(MOS_SIGNATURE_WINDOW_MS);
  /** Next host number for addresses: 10.168.x.y private, 203.0.113.x-style public (see world). */
  nextHost = 10;

  constructor(
    readonly accessKeyId: string,
    readonly secret: string,
    balance: number,
  ) {
    this.balance = money(balance);
  }

  /** Spends (or, negative, refunds) an amount; the caller has checked the balance covers it. */
  charge(amount: number, now: number) {
    if (amount === 0) return;
    this.balance = money(this.balance - amount);
    this.balanceAt = now;
  }

  /** By id, or by name where the document allows "ID或名称". */
  find(idOrName: string): MosInstance | undefined {
    const byId = this.instances.get(idOrName);
    if (byId) return byId;
    for (const i of this.instances.values()) if (i.instanceName === idOrName) return i;
    return undefined;
  }

  /** Every instance, newest first. */
  list(): MosInstance[] {
    return [...this.instances.values()].sort((a, b) => b.createdAt - a.createdAt || (a.instanceId < b.instanceId ? -1 : 1));
  }

  /**
   * Brings the account to `now`: changes whose time has come land; a lease that ran out
   * suspends its instance, and one past its grace end (extendTo) is reclaimed; a balance that
   * ran out (≤ 0) suspends every settled instance.
   */
  settle(now: number) {
    for (const i of [...this.instances.values()]) {
      if (i.pending && now >= i.pending.at) {
        i.status = i.pending.to;
        i.pending = undefined;
      }
      if (now >= extendTo(i)) {
        this.instances.delete(i.instanceId);
        continue;
      }
      const settled = SETTLED.includes(i.status);
      if (settled && i.status !== 'suspend' && (now >= i.lease.expireAt || this.balance <= 0)) i.status = 'suspend';
    }
  }
}
