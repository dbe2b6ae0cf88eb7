import { beforeEach, expect, it } from 'vitest';
import type { AuditEntry } from '../audit/audit-log';
import { type AuditRepo, createAuditRepo } from './audit';
import { migrate } from './migrations';
import { describeStorage } from './testing';

const t0 = Date.parse('2025-04-01T00:00:00.000Z');
const at = (seconds: number) => new Date(t0 + seconds * 1000).toISOString();
const write = (requestId: string, over: Partial<AuditEntry> = {}): AuditEntry => ({
  time: at(0),
  requestId,
  user: 'alice',
  ip: '10.0.0.1',
  account: 'acc-1',
  provider: 'cds',
  product: 'ccs',
  action: 'RebootInstance',
  params: { InstanceId: 'ins-1' },
  outcome: 'pending',
  resource: { type: 'cds-instance', ids: ['ins-1'] },
  ...over,
});

async function collect(it: AsyncIterable<string>): Promise<string[]> {
  let out = '';
  for await (const chunk of it) out += chunk;
  return out.trimEnd().split('\r\n');
}

describeStorage('audit log, one row per request', (ctx) => {
  let audit: AuditRepo;
  beforeEach(() => {
    audit = createAuditRepo(ctx.db);
  });

  it('shows a write as one row whose outcome arrives: pending, then success with its tasks', async () => {
    await audit.record(write('r1'));
    const pending = await audit.list({});
    expect(pending.total).toBe(1);
    expect(pending.items[0]).toMatchObject({ requestId: 'r1', outcome: 'pending', taskIds: [], resource: { type: 'cds-instance', ids: ['ins-1'], gone: false } });
    expect(pending.items[0]).not.toHaveProperty('finishedAt');

    await audit.record(write('r1', { time: at(2), outcome: 'success', taskIds: ['t-1'], upstreamRequestId: 'up-1' }));
    const done = await audit.list({});
    expect(done.total).toBe(1);
    expect(done.items[0]).toMatchObject({
      id: pending.items[0]!.id,
      time: at(0),
      finishedAt: at(2),
      outcome: 'success',
      taskIds: ['t-1'],
      upstreamRequestId: 'up-1',
    });
  });

  it('keeps refused requests (a single record) and a failed write each as one row, filtered by their outcome now', async () => {
    await audit.record(write('ok', { time: at(0) }));
    await audit.record(write('ok', { time: at(1), outcome: 'success' }));
    await audit.record(write('bad', { time: at(2) }));
    await audit.record(write('bad', { time: at(3), outcome: 'upstream_error', code: 'InstanceBusy' }));
    await audit.record(write('refused', { time: at(4), outcome: 'forbidden', code: 'Forbidden' }));
    await audit.record(write('running', { time: at(5) }));

    const all = await audit.list({});
    expect(all.items.map((r) => [r.requestId, r.outcome, r.code ?? null])).toEqual([
      ['running', 'pending', null],
      ['refused', 'forbidden', 'Forbidden'],
      ['bad', 'upstream_error', 'InstanceBusy'],
      ['ok', 'success', null],
    ]);
    expect((await audit.list({ outcome: 'pending' })).items.map((r) => r.requestId)).toEqual(['running']);
    expect((await audit.list({ outcome: 'success' })).total).toBe(1);
    const page2 = await audit.list({ page: 2, pageSize: 3 });
    expect(page2).toMatchObject({ total: 4, page: 2 });
    expect(page2.items.map((r) => r.requestId)).toEqual(['ok']);

    const csv = await collect(audit.exportCsv({}, { batchSize: 3, bom: false }));
    expect(csv).toHaveLength(1 + 4);
    expect(csv[3]).toContain('"bad"');
    expect(csv[3]).toContain('"upstream_error","InstanceBusy"');
    expect(await collect(audit.exportCsv({ outcome: 'pending' }, { bom: false }))).toHaveLength(2);
  });

  it('never joins another person or another action that reuses a request id', async () => {
    await audit.record(write('same', { time: at(0) }));
    await audit.record(write('same', { time: at(1), user: 'mallory', outcome: 'success' }));
    await audit.record(write('same', { time: at(2), action: 'StopInstance', outcome: 'upstream_error' }));
    const rows = (await audit.list({})).items;
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.user === 'alice' && r.action === 'RebootInstance')!.outcome).toBe('pending');
  });

  it('records the resource by id and name, filters by either, and stops linking it once deleted', async () => {
    await audit.record(write('create', { time: at(0), action: 'CreateDBInstance', product: 'mysql', resource: { type: 'cds-mysql', ids: [], name: 'Orders DB' } }));
    await audit.record(write('create', { time: at(1), action: 'CreateDBInstance', product: 'mysql', outcome: 'success', resource: { type: 'cds-mysql', ids: ['db-9'], name: 'Orders DB' } }));
    await audit.record(write('power', { time: at(2) }));
    await audit.record(write('power', { time: at(3), outcome: 'success' }));
    await audit.record(write('bulk', { time: at(4), action: 'DeleteInstance', resource: { type: 'cds-instance', ids: ['ins-1', 'ins-2'] } }));

    const created = (await audit.list({ resource: 'db-9' })).items;
    expect(created).toHaveLength(1);
    expect(created[0]!.resource).toEqual({ type: 'cds-mysql', ids: ['db-9'], name: 'Orders DB', gone: false });
    expect((await audit.list({ resource: 'orders' })).items.map((r) => r.requestId)).toEqual(['create']);
    expect((await audit.list({ resource: 'ins-2' })).items.map((r) => r.requestId)).toEqual(['bulk']);
    expect((await audit.list({ resource: 'ins-1' })).items.map((r) => r.requestId)).toEqual(['bulk', 'power']);
    expect((await audit.list({ resource: 'ins' })).total).toBe(0); // ids match whole, names by part

    // The delete is pending: everything still links. Once it succeeds, ins-1 is gone, db-9 is not.
    expect((await audit.list({ resource: 'ins-1' })).items.every((r) => !r.resource!.gone)).toBe(true);
    await audit.record(write('bulk', { time: at(5), action: 'DeleteInstance', outcome: 'success', resourceGone: true, resource: { type: 'cds-instance', ids: ['ins-1', 'ins-2'] } }));
    expect((await audit.list({ resource: 'ins-1' })).items.map((r) => r.resource!.gone)).toEqual([true, true]);
    expect((await audit.list({ resource: 'db-9' })).items[0]!.resource!.gone).toBe(false);
    const csv = await collect(audit.exportCsv({ resource: 'db-9' }, { bom: false }));
    expect(csv[1]).toContain('"cds-mysql","db-9","Orders DB"');
  });

  it('lists the writes of an account that started tasks since a time, for everyone or one person', async () => {
    await audit.record(write('old', { time: at(0) }));
    await audit.record(write('old', { time: at(1), outcome: 'success', taskIds: ['t-old'] }));
    await audit.record(write('mine', { time: at(100) }));
    await audit.record(write('mine', { time: at(101), outcome: 'success', taskIds: ['t-1'] }));
    await audit.record(write('theirs', { time: at(102), user: 'Bob', ip: '10.9.9.9' }));
    await audit.record(write('theirs', { time: at(103), user: 'Bob', ip: '10.9.9.9', outcome: 'success', taskIds: ['t-2', 't-3'] }));
    await audit.record(write('other-account', { time: at(104), account: 'acc-2' }));
    await audit.record(write('other-account', { time: at(105), account: 'acc-2', outcome: 'success', taskIds: ['t-9'] }));
    await audit.record(write('no-task', { time: at(106) }));
    await audit.record(write('no-task', { time: at(107), outcome: 'success' }));
    await audit.record(write('running', { time: at(108) }));

    const since = new Date(t0 + 50_000);
    const all = await audit.tasks({ account: 'acc-1', since, limit: 100 });
    expect(all).toEqual([
      { requestId: 'theirs', provider: 'cds', product: 'ccs', action: 'RebootInstance', resource: { type: 'cds-instance', ids: ['ins-1'] }, user: 'Bob', startedAt: at(102), taskIds: ['t-2', 't-3'] },
      { requestId: 'mine', provider: 'cds', product: 'ccs', action: 'RebootInstance', resource: { type: 'cds-instance', ids: ['ins-1'] }, user: 'alice', startedAt: at(100), taskIds: ['t-1'] },
    ]);
    expect(JSON.stringify(all)).not.toContain('10.9.9.9');
    expect((await audit.tasks({ account: 'acc-1', since, user: 'BOB', limit: 100 })).map((t) => t.requestId)).toEqual(['theirs']);
    expect(await audit.tasks({ account: 'acc-1', since, limit: 1 })).toHaveLength(1);
    expect((await audit.tasks({ account: 'acc-1', since: new Date(t0), limit: 100 })).map((t) => t.requestId)).toEqual(['theirs', 'mine', 'old']);
  });

  it('pairs the records written before the migration the same way', async () => {
    const place = await ctx.fresh();
    const db = await place.open();
    try {
      const upTo3 = (await import('./migrations')).migrations.filter((m) => m.version <= 3);
      await migrate(db, upTo3);
      const insert = (id: string, user: string, outcome: string) =>
        db.query(
          `INSERT INTO audit_log (time, request_id, username, ip, provider, product, action, outcome) VALUES (now(), $1, $2, '', 'cds', 'ccs', 'StopInstance', $3)`,
          [id, user, outcome],
        );
      await insert('a', 'alice', 'pending');
      await insert('a', 'alice', 'success');
      await insert('b', 'alice', 'pending');
      await insert('a', 'bob', 'success');
      await migrate(db);
      const rows = (await createAuditRepo(db).list({})).items.map((r) => [r.requestId, r.user, r.outcome]);
      expect(rows).toEqual([
        ['a', 'bob', 'success'],
        ['b', 'alice', 'pending'],
        ['a', 'alice', 'success'],
      ]);
    } finally {
      await db.close();
    }
  }, 30_000);
});
