import { UpstreamError } from '@console/cloud-client';
import { describe, expect, it } from 'vitest';
import { isTransient, withReadRetry, type RetryHooks } from './retry';

const upstream = (code: string, httpStatus?: number) => new UpstreamError(code, code, 502, { code, httpStatus });
const unreachable = () => new UpstreamError('UpstreamUnreachable', 'gone', 502);

/** A fake clock: sleeping moves it; attempts take `attemptMs` each. */
function clock(attemptMs = 10) {
  let t = 0;
  const sleeps: number[] = [];
  const hooks: RetryHooks = {
    now: () => t,
    sleep: async (ms) => {
      sleeps.push(ms);
      t += ms;
    },
    random: () => 0.999,
  };
  const tick = () => (t += attemptMs);
  return { hooks, sleeps, tick, get t() { return t; } };
}

/** An attempt that fails with the given errors, then answers "ok". */
function failing(errors: unknown[], tick: () => void) {
  const timeouts: number[] = [];
  const attempt = async (timeoutMs: number) => {
    timeouts.push(timeoutMs);
    tick();
    const e = errors.shift();
    if (e) throw e;
    return 'ok';
  };
  return { attempt, timeouts };
}

describe('isTransient', () => {
  it('connection errors, unreadable answers, 5xx and throttling; not timeouts, 4xx or our own errors', () => {
    expect(isTransient(unreachable())).toBe(true);
    expect(isTransient(new UpstreamError('UpstreamMalformed', 'x', 502, { httpStatus: 200 }))).toBe(true);
    expect(isTransient(upstream('InternalError', 500))).toBe(true);
    expect(isTransient(upstream('ServiceUnavailable', 503))).toBe(true);
    expect(isTransient(upstream('Throttling.User', 400))).toBe(true);
    expect(isTransient(upstream('Throttling', 400))).toBe(true);
    expect(isTransient(upstream('RequestLimitExceeded', 400))).toBe(true);
    expect(isTransient(upstream('TooManyRequests', 429))).toBe(true);
    expect(isTransient(new UpstreamError('UpstreamTimeout', 'slow', 504))).toBe(false);
    expect(isTransient(upstream('InvalidParameter', 400))).toBe(false);
    expect(isTransient(upstream('InstanceNotFound', 400))).toBe(false);
    expect(isTransient(new Error('bug'))).toBe(false);
  });
});

describe('withReadRetry', () => {
  it('tries a read again after transient failures, with capped exponential backoff, and answers', async () => {
    const c = clock();
    const f = failing([unreachable(), upstream('InternalError', 500), upstream('Throttling.User', 400)], c.tick);
    await expect(withReadRetry('read', 10_000, f.attempt, c.hooks)).resolves.toBe('ok');
    expect(f.timeouts).toHaveLength(4);
    expect(c.sleeps).toEqual([99, 199, 399]);
  });

  it('gives each attempt what is left of the budget as its timeout', async () => {
    const c = clock(100);
    const f = failing([unreachable(), unreachable()], c.tick);
    await withReadRetry('read', 2_000, f.attempt, c.hooks);
    expect(f.timeouts).toEqual([2000, 1801, 1502]);
  });

  it('never repeats a write or a destructive action, whatever the failure', async () => {
    for (const kind of ['write', 'destructive'] as const) {
      const c = clock();
      const f = failing([unreachable()], c.tick);
      await expect(withReadRetry(kind, 10_000, f.attempt, c.hooks)).rejects.toThrow('gone');
      expect(f.timeouts).toEqual([10_000]);
    }
  });

  it('does not retry what another try would meet again', async () => {
    const c = clock();
    const f = failing([upstream('InvalidParameter', 400)], c.tick);
    await expect(withReadRetry('read', 10_000, f.attempt, c.hooks)).rejects.toMatchObject({ code: 'InvalidParameter' });
    expect(f.timeouts).toHaveLength(1);
  });

  it('stops at the attempt limit and when the budget could not hold another attempt', async () => {
    const c = clock();
    const many = failing(Array.from({ length: 10 }, unreachable), c.tick);
    await expect(withReadRetry('read', 60_000, many.attempt, c.hooks)).rejects.toThrow('gone');
    expect(many.timeouts).toHaveLength(4);

    const tight = clock(200);
    const f = failing(Array.from({ length: 10 }, unreachable), tight.tick);
    await expect(withReadRetry('read', 700, f.attempt, tight.hooks)).rejects.toThrow('gone');
    // 200 ms attempt, 99 ms pause, 200 ms attempt: a third could not start with 250 ms left.
    expect(f.timeouts).toHaveLength(2);
    expect(tight.t).toBeLessThanOrEqual(700);
  });
});
