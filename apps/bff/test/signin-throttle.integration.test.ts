import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryAuditLog, startBff } from '../src/index';
import { ADMIN, bffConfig } from './fake-upstream';
import { startHarness, type Harness } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.close());

const signInAs = (username: string, password: string) =>
  fetch(`${h.bffUrl}/api/session`, {
    method: 'POST',
    headers: { 'X-CSRF': '1', 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });

describe('sign-in throttling under concurrency', () => {
  it('five wrong passwords in parallel lock the account exactly as five in a row do', async () => {
    const created = await h.call('/api/users', { username: 'burst1', role: 'viewer', password: 'Burst-Pass-4-Tests!' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    // Five guesses in flight at once, then the right password as soon as the first is answered
    // (today's code compared the rest while the right one slipped through before the lock).
    const inFlight = Array.from({ length: 5 }, () => signInAs('burst1', 'not-the-password'));
    const wrong = Promise.all(inFlight);
    await Promise.race(inFlight);
    const right = await signInAs('burst1', 'Burst-Pass-4-Tests!');
    const statuses = (await wrong).map((r) => r.status).sort();
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    expect(right.status).toBe(429);
    expect(((await right.json()) as { code: string }).code).toBe('AccountLocked');
  });

  it('the right password after four wrong ones still signs in', async () => {
    await h.call('/api/users', { username: 'burst2', role: 'viewer', password: 'Burst-Pass-4-Tests!' });
    const wrong = await Promise.all(Array.from({ length: 4 }, () => signInAs('burst2', 'nope')));
    expect(wrong.map((r) => r.status)).toEqual([401, 401, 401, 401]);
    expect((await signInAs('burst2', 'Burst-Pass-4-Tests!')).status).toBe(200);
    expect((await signInAs(ADMIN.username, ADMIN.password)).status).toBe(200);
  });
});

describe('first-start setup codes', () => {
  it('wrong codes are audited and throttled, so the code cannot be guessed', async () => {
    const audit = memoryAuditLog();
    const bff = await startBff(bffConfig('http://127.0.0.1:9', { admin: { username: 'root' } }), { audit });
    try {
      expect(bff.setupCode).toBeTruthy();
      const tryCode = (setupCode: string) =>
        fetch(`${bff.url}/api/setup`, {
          method: 'POST',
          headers: { 'X-CSRF': '1', 'Content-Type': 'application/json' },
          body: JSON.stringify({ setupCode, username: 'root', password: 'Setup-Root-Pass-42!' }),
        });
      const wrong = await Promise.all(Array.from({ length: 12 }, (_, i) => tryCode(`wrong-${i}`)));
      expect(wrong.filter((r) => r.status === 403).length).toBeLessThanOrEqual(5);
      expect(wrong.filter((r) => r.status === 429).length).toBeGreaterThan(0);
      // Even the right code waits out the lock.
      expect((await tryCode(bff.setupCode!)).status).toBe(429);
      const refused = audit.entries.filter((e) => e.action === 'SetupFirstAdmin' && e.outcome === 'denied');
      expect(refused).toHaveLength(13);
      expect(JSON.stringify(refused)).not.toContain('wrong-');
    } finally {
      await bff.close();
    }
    // It starts a BFF of its own (an embedded database included): seconds on a busy machine.
  }, 30_000);
});
