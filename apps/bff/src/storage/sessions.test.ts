import { beforeEach, expect, it } from 'vitest';
import { describeStorage } from './testing';
import { createSessionRepo, hashToken, type SessionRepo } from './sessions';
import { createUserRepo, type UserRecord } from './users';

const HASH = '$scrypt$ln=15,r=8,p=1$c2FsdA==$aGFzaA==';
const MIN = 60_000;

describeStorage('sessions repository', (ctx) => {
  let clock: Date;
  let sessions: SessionRepo;
  let alice: UserRecord;
  const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));

  beforeEach(async () => {
    clock = new Date('2025-03-01T08:00:00Z');
    sessions = createSessionRepo(ctx.db, { now: () => clock, policy: { idleMs: 30 * MIN, absoluteMs: 8 * 60 * MIN } });
    alice = await createUserRepo(ctx.db, { now: () => clock }).create({ username: 'alice', role: 'operator', passwordHash: HASH, theme: 'dark' });
  });

  it('creates a 256-bit random token and stores only its sha256', async () => {
    const { token, session } = await sessions.create({ userId: alice.id, ip: '10.0.0.1', userAgent: 'test' });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(session.id).toBe(hashToken(token));
    const { rows } = await ctx.db.query<Record<string, unknown>>('SELECT * FROM sessions');
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows[0]!.id_hash).toBe(hashToken(token));
    const again = await sessions.create({ userId: alice.id });
    expect(again.token).not.toBe(token);
  });

  it('finds a live session with its person', async () => {
    const { token } = await sessions.create({ userId: alice.id, ip: '10.0.0.1' });
    const found = await sessions.findValid(token);
    expect(found?.user).toEqual({ id: alice.id, username: 'alice', displayName: '', role: 'operator', language: 'zh-CN', theme: 'dark' });
    expect(found?.session).toMatchObject({ userId: alice.id, ip: '10.0.0.1', createdAt: clock, lastSeenAt: clock });
    expect(found?.session.idleExpiresAt).toEqual(new Date(clock.getTime() + 30 * MIN));
    expect(await sessions.findValid('x'.repeat(43))).toBeUndefined();
    expect(await sessions.findValid('not a token')).toBeUndefined();
  });

  it('ends after the idle timeout unless touched, and after the absolute timeout whatever happens', async () => {
    const { token } = await sessions.create({ userId: alice.id });
    advance(29 * MIN);
    expect(await sessions.touch(token)).toBe(true);
    advance(29 * MIN);
    expect(await sessions.findValid(token)).toBeDefined();
    advance(2 * MIN); // 31 minutes idle
    expect(await sessions.findValid(token)).toBeUndefined();
    expect(await sessions.touch(token)).toBe(false); // cannot be revived

    const { token: busy } = await sessions.create({ userId: alice.id });
    for (let i = 0; i < 16; i++) {
      advance(29 * MIN);
      await sessions.touch(busy);
    }
    // 7h44m in: still fine; the 8-hour limit ends it despite constant activity.
    expect(await sessions.findValid(busy)).toBeDefined();
    advance(20 * MIN);
    expect(await sessions.touch(busy)).toBe(false);
    expect(await sessions.findValid(busy)).toBeUndefined();
  });

  it('revokes one session (logout) or all of a person, optionally keeping the current one', async () => {
    const a = await sessions.create({ userId: alice.id });
    const b = await sessions.create({ userId: alice.id });
    const c = await sessions.create({ userId: alice.id });
    expect(await sessions.revoke(a.token)).toBe(true);
    expect(await sessions.revoke(a.token)).toBe(false);
    expect(await sessions.findValid(a.token)).toBeUndefined();
    expect((await sessions.listForUser(alice.id)).map((s) => s.id).sort()).toEqual([b.session.id, c.session.id].sort());
    expect(await sessions.revokeAllForUser(alice.id, 'logout_everywhere', { exceptToken: c.token })).toBe(1);
    expect(await sessions.findValid(b.token)).toBeUndefined();
    expect(await sessions.findValid(c.token)).toBeDefined();
    expect(await sessions.revokeById(c.session.id, 'admin')).toBe(true);
    expect(await sessions.listForUser(alice.id)).toEqual([]);
    const { rows } = await ctx.db.query<{ revoked_reason: string }>('SELECT revoked_reason FROM sessions ORDER BY revoked_reason');
    expect(rows.map((r) => r.revoked_reason)).toEqual(['admin', 'logout', 'logout_everywhere']);
  });

  it('purges sessions that can never be valid again and keeps live ones', async () => {
    const live = await sessions.create({ userId: alice.id });
    const revoked = await sessions.create({ userId: alice.id });
    await sessions.revoke(revoked.token);
    const idle = await sessions.create({ userId: alice.id });
    advance(20 * MIN);
    await sessions.touch(live.token);
    advance(20 * MIN); // idle is 40 min idle, live is 20 min idle
    expect(await sessions.purgeExpired()).toBe(2);
    expect(await sessions.findValid(live.token)).toBeDefined();
    expect((await ctx.db.query('SELECT 1 FROM sessions')).rowCount).toBe(1);
    expect(await sessions.findValid(idle.token)).toBeUndefined();
  });

  it('a session of a deleted person is gone with them', async () => {
    const { token } = await sessions.create({ userId: alice.id });
    await ctx.db.query('DELETE FROM users WHERE id = $1', [alice.id]);
    expect(await sessions.findValid(token)).toBeUndefined();
  });

  it('two BFF instances on one PostgreSQL see each other\'s sessions and revocations', async () => {
    if (!ctx.connectAgain) return; // PGlite is one process's database.
    const other = await ctx.connectAgain();
    const there = createSessionRepo(other, { now: () => clock });
    const { token } = await sessions.create({ userId: alice.id });
    expect((await there.findValid(token))?.user.username).toBe('alice');
    const { token: t2 } = await there.create({ userId: alice.id });
    expect(await sessions.findValid(t2)).toBeDefined();
    expect(await there.revoke(token)).toBe(true);
    expect(await sessions.findValid(token)).toBeUndefined();
  });
});
