import { describe, expect, it } from 'vitest';
import { notSendable, recordWithin } from './deadline';

describe('notSendable', () => {
  it('lets a write go while its caller waits and its deadline is ahead', () => {
    expect(notSendable({ signal: new AbortController().signal, deadlineAt: 2_000 }, 1_999)).toBeUndefined();
    expect(notSendable({})).toBeUndefined();
  });

  it('stops it once the caller hung up, or at its deadline', () => {
    const gone = new AbortController();
    gone.abort();
    expect(notSendable({ signal: gone.signal, deadlineAt: 9_999 }, 0)?.code).toBe('CallerGone');
    expect(notSendable({ deadlineAt: 2_000 }, 2_000)?.code).toBe('DeadlinePassed');
  });
});

describe('recordWithin', () => {
  it('gives up at the deadline and tells when the record lands later', async () => {
    let land!: () => void;
    const write = new Promise<void>((r) => (land = r));
    let late = false;
    await expect(recordWithin(write, 20, () => (late = true))).rejects.toThrow(/within 20 ms/);
    land();
    await write;
    await new Promise((r) => setTimeout(r, 0));
    expect(late).toBe(true);
  });
});
