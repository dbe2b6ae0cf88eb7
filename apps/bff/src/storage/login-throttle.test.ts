import { beforeEach, expect, it } from 'vitest';
import { createLoginThrottle, type LoginThrottle } from './login-throttle';
import { describeStorage } from './testing';

const MIN = 60_000;

describeStorage('login throttle', (ctx) => {
  let clock: Date;
  let throttle: LoginThrottle;
  const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));
  const fail = (username: string, ip = '192.0.2.1') => throttle.recordFailure({ username, ip });

  beforeEach(() => {
    clock = new Date('2025-06-01T10:00:00Z');
    throttle = createLoginThrottle(ctx.db, {
      now: () => clock,
      user: { maxFailures: 3, windowMs: 10 * MIN, lockMs: 15 * MIN },
      ip: { maxFailures: 5, windowMs: 10 * MIN, lockMs: 30 * MIN },
    });
  });

  it('locks a username after too many failures in the window, says until when, then opens again', async () => {
    expect(await fail('alice')).toEqual({ locked: false });
    expect(await fail('Alice', '192.0.2.2')).toEqual({ locked: false }); // same person, any case, any address
    const third = await fail('ALICE', '192.0.2.3');
    const until = new Date(clock.getTime() + 15 * MIN);
    expect(third).toEqual({ locked: true, scope: 'user', until, retryAfterSeconds: 900 });
    expect(await throttle.check({ username: 'alice', ip: '198.51.100.9' })).toEqual(third);
    expect(await throttle.status('alice')).toEqual({ failures: 3, lockedUntil: until });
    // Another person from the same address is not affected.
    expect(await throttle.check({ username: 'bob', ip: '192.0.2.1' })).toEqual({ locked: false });

    advance(10 * MIN);
    expect(await throttle.check({ username: 'alice', ip: '198.51.100.9' })).toMatchObject({ locked: true, retryAfterSeconds: 300 });
    advance(5 * MIN);
    expect(await throttle.check({ username: 'alice', ip: '198.51.100.9' })).toEqual({ locked: false });
    // After the lock, counting starts over.
    expect(await fail('alice')).toEqual({ locked: false });
    expect(await throttle.status('alice')).toEqual({ failures: 1, lockedUntil: null });
  });

  it('forgets failures older than the window', async () => {
    await fail('carol');
    await fail('carol');
    advance(11 * MIN);
    expect(await fail('carol')).toEqual({ locked: false });
    expect(await throttle.status('carol')).toEqual({ failures: 1, lockedUntil: null });
    advance(11 * MIN);
    expect(await throttle.status('carol')).toEqual({ failures: 0, lockedUntil: null });
  });

  it('locks an address trying many usernames, also for names that do not exist', async () => {
    for (const name of ['u1', 'u2', 'u3', 'u4']) expect(await fail(name, '203.0.113.7')).toEqual({ locked: false });
    const locked = await fail('nobody-by-this-name', '203.0.113.7');
    expect(locked).toEqual({ locked: true, scope: 'ip', until: new Date(clock.getTime() + 30 * MIN), retryAfterSeconds: 1800 });
    expect(await throttle.check({ username: 'someone-else', ip: '203.0.113.7' })).toMatchObject({ locked: true, scope: 'ip' });
    expect(await throttle.check({ username: 'someone-else', ip: '203.0.113.8' })).toEqual({ locked: false });
  });

  it('reports the lock that ends last when both are locked', async () => {
    const t = createLoginThrottle(ctx.db, { now: () => clock, user: { maxFailures: 1, lockMs: 5 * MIN }, ip: { maxFailures: 1, lockMs: 60 * MIN } });
    expect(await t.recordFailure({ username: 'dave', ip: '10.1.1.1' })).toMatchObject({ scope: 'ip', retryAfterSeconds: 3600 });
  });

  it('a good login clears the username count but not the address count; an admin can clear either', async () => {
    await fail('erin', '10.0.0.9');
    await fail('erin', '10.0.0.9');
    await throttle.recordSuccess({ username: 'ERIN' });
    expect(await throttle.status('erin')).toEqual({ failures: 0, lockedUntil: null });
    await fail('x', '10.0.0.9');
    await fail('y', '10.0.0.9');
    expect(await fail('z', '10.0.0.9')).toMatchObject({ locked: true, scope: 'ip' }); // 5th from this address
    await throttle.clear({ ip: '10.0.0.9' });
    expect(await throttle.check({ username: 'erin', ip: '10.0.0.9' })).toEqual({ locked: false });
    for (let i = 0; i < 3; i++) await fail('frank', `10.0.1.${i}`);
    await throttle.clear({ username: 'Frank' });
    expect(await throttle.check({ username: 'frank', ip: '10.0.2.1' })).toEqual({ locked: false });
  });

  it('counts every one of many concurrent failures (atomic upsert)', async () => {
    const t = createLoginThrottle(ctx.db, { now: () => clock, user: { maxFailures: 100 }, ip: { maxFailures: 100 } });
    await Promise.all(Array.from({ length: 20 }, () => t.recordFailure({ username: 'grace', ip: '10.9.9.9' })));
    expect(await t.status('grace')).toEqual({ failures: 20, lockedUntil: null });
  });

  it('reserves attempts before the compare: only the limit may be tried, and a success hands its count back', async () => {
    // Five at once from one address: its limit (5) is not reached, so the username's alone decides.
    // (With six, the address's sixth count fell on one of the username's first three whenever the
    // two counters were bumped in different orders: 2 allowed, seen with two vitest workers.)
    const tries = await Promise.all(Array.from({ length: 5 }, () => throttle.reserve({ username: 'judy', ip: '10.7.7.7' })));
    expect(tries.filter((t) => t.allowed)).toHaveLength(3);
    expect(tries.every((t) => t.allowed || t.lock.locked)).toBe(true);
    await throttle.clear({ username: 'judy', ip: '10.7.7.7' });
    await throttle.reserve({ username: 'kim', ip: '10.7.7.8' });
    await throttle.recordSuccess({ username: 'kim', ip: '10.7.7.8' });
    expect(await throttle.status('kim')).toEqual({ failures: 0, lockedUntil: null });
    const { rows } = await ctx.db.query<{ failures: number }>(`SELECT failures FROM login_throttle WHERE scope = 'ip' AND key = '10.7.7.8'`);
    expect(rows[0]?.failures).toBe(0);
  });

  it('purges rows whose window and lock are over', async () => {
    await fail('henry');
    for (let i = 0; i < 3; i++) await fail('ivan');
    advance(11 * MIN);
    // henry's row and the shared address row (4 failures, never locked) are over; ivan is still locked.
    expect(await throttle.purge()).toBe(2);
    expect(await throttle.status('ivan')).toMatchObject({ failures: 3 });
    expect((await ctx.db.query('SELECT 1 FROM login_throttle')).rowCount).toBe(1);
  });
});
