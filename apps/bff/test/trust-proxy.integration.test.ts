import { afterAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

const opened: Harness[] = [];
afterAll(async () => Promise.all(opened.map((h) => h.close())));

/** A wrong sign-in with a forged client address; answers the address the audit log recorded. */
async function recordedAddress(h: Harness, forwardedFor: string): Promise<string | undefined> {
  const res = await fetch(`${h.bffUrl}/api/session`, {
    method: 'POST',
    headers: { 'X-CSRF': '1', 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor },
    body: JSON.stringify({ username: 'nobody', password: 'wrong' }),
  });
  expect(res.status).toBe(401);
  return h.audit.entries.find((e) => e.requestId === res.headers.get('x-request-id'))?.ip;
}

describe('X-Forwarded-* only from the proxies the operator names', () => {
  it('by default the connection address counts, whatever X-Forwarded-For says', async () => {
    const h = await startHarness();
    opened.push(h);
    expect(await recordedAddress(h, '203.0.113.9')).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
  }, 60_000);

  it('with TRUST_PROXY naming the proxy, its X-Forwarded-For is believed', async () => {
    const h = await startHarness({ bff: { trustProxy: ['loopback'] } });
    opened.push(h);
    expect(await recordedAddress(h, '203.0.113.9')).toBe('203.0.113.9');
  }, 60_000);
});
