/**
 * SignatureNonce values seen in the last window (15 minutes), per access key. Entries expire in
 * arrival order, so pruning pops from the front of a queue.
 */
export class NonceStore {
  private readonly seen = new Map<string, number>();
  private queue: { nonce: string; expires: number }[] = [];
  private head = 0;

  constructor(private readonly windowMs: number) {}

  /** Records the nonce; false when it was already used within the window. */
  use(nonce: string, now: number): boolean {
    this.prune(now);
    if (this.seen.has(nonce)) return false;
    const expires = now + this.windowMs;
    this.seen.set(nonce, expires);
    this.queue.push({ nonce, expires });
    return true;
  }

  private prune(now: number) {
    while (this.head < this.queue.length && this.queue[this.head]!.expires <= now) {
      const { nonce, expires } = this.queue[this.head++]!;
      if (this.seen.get(nonce) === expires) this.seen.delete(nonce);
    }
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }

  get size() {
    return this.seen.size;
  }

  clear() {
    this.seen.clear();
    this.queue = [];
    this.head = 0;
  }
}
