import type { ActionKind } from '@console/api-types';
import { UpstreamError } from '@console/cloud-client';

/** How hard a read tries: full-jitter exponential backoff, capped, within one time budget. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** No new attempt starts with less than this left of the budget: it could not finish. */
  minAttemptMs: number;
}

export const READ_RETRY: RetryPolicy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1_000, minAttemptMs: 250 };

export interface RetryHooks {
  policy?: RetryPolicy;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  onRetry?: (info: { attempt: number; delayMs: number; err: unknown }) => void;
}

/** Throttling as clouds spell it (CDS copies Aliyun's Throttling.User; MOS and others use these too). */
const THROTTLING = /^(throttl|requestlimitexceeded|toomanyrequests|flowcontrol|servicebusy)/i;

/**
 * A failure another try may not meet: the connection failed or was cut, the answer was
 * unreadable, the cloud answered 5xx, or it throttled. A timeout is not: it spent the budget.
 */
export function isTransient(err: unknown): boolean {
  if (!(err instanceof UpstreamError)) return false;
  if (err.code === 'UpstreamUnreachable' || err.code === 'UpstreamMalformed') return true;
  const status = err.upstream.httpStatus ?? 0;
  if (status >= 500 || status === 429) return true;
  return THROTTLING.test(err.upstream.code ?? err.code);
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` once for anything but a read. A read is tried again on transient failures,
 * after a random pause of up to base·2ⁿ (capped), as long as the whole stays inside `budgetMs`
 * (UPSTREAM_TIMEOUT_MS): each attempt gets what is left of it as its own timeout. A write is
 * never repeated: the cloud may have done it even when its answer was lost.
 */
export async function withReadRetry<T>(
  kind: ActionKind,
  budgetMs: number,
  attempt: (timeoutMs: number) => Promise<T>,
  hooks: RetryHooks = {},
): Promise<T> {
  if (kind !== 'read') return attempt(budgetMs);
  const { policy = READ_RETRY, random = Math.random, sleep = realSleep, now = Date.now } = hooks;
  const deadline = now() + budgetMs;
  for (let n = 1; ; n++) {
    try {
      return await attempt(Math.max(1, deadline - now()));
    } catch (err) {
      if (n >= policy.maxAttempts || !isTransient(err)) throw err;
      const delayMs = Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1)));
      if (now() + delayMs + policy.minAttemptMs > deadline) throw err;
      hooks.onRetry?.({ attempt: n, delayMs, err });
      await sleep(delayMs);
    }
  }
}
