/** Past this many remembered nonces per access key, the oldest are forgotten first. */
export const MAX_NONCES = 100_000;

/**
 * SignatureNonce values seen in the last window (15 minutes), per access key. Entries expire in
 * arrival order, so pruning (and eviction) takes from the front of a queue.
 *
 * Bounded: at most `max` entries (~15 MB at 100,000). Under sustained load (the BFF benchmark
 * sends over 1,000 calls a second, which the 15-minute window would turn into a million nonces
 * and 400 MB) the oldest are evicted before their 15 minutes are up; a replay of an evicted
 * nonce is then accepted while its Timestamp is still within the window. See the README's
 * decisions: the simulator is a test double, not a security boundary.
 */
export class NonceStore {
  /** nonce → when it may be used again (ms). */
  private readonly seen = new Map<string, number>();
  /** The same nonces in arrival order; `head` is the oldest still remembered. */
  private order: string[] = [];
  private head = 0;
  private acceptedCalls = 0;

  constructor(
    private readonly windowMs: number,
    private readonly max = MAX_NONCES,
  ) {}

  /** Records the nonce; false when it was already used within the window. */
  use(nonce: string, now: number): boolean {
    this.prune(now);
    if (this.seen.has(nonce)) return false;
    if (this.seen.size >= this.max) this.seen.delete(this.order[this.head++]!);
    this.seen.set(nonce, now + this.windowMs);
    this.order.push(nonce);
    this.acceptedCalls++;
    this.compact();
    return true;
  }

  // Every remembered nonce has exactly one slot in `order`, consumed when it is forgotten.
  private prune(now: number) {
    while (this.head < this.order.length && this.seen.get(this.order[this.head]!)! <= now) {
      this.seen.delete(this.order[this.head++]!);
    }
  }

  private compact() {
    if (this.head > 1024 && this.head * 2 > this.order.length) {
      this.order = this.order.slice(this.head);
      this.head = 0;
    }
  }

  get size() {
    return this.seen.size;
  }

  /** Signed calls accepted since the start (or the last clear): what the tests count upstream calls by. */
  get accepted() {
    return this.acceptedCalls;
  }

  clear() {
    this.seen.clear();
    this.order = [];
    this.head = 0;
    this.acceptedCalls = 0;
  }
}
