import { beforeEach, expect, it } from 'vitest';
import type { AuditEntry } from '../audit/audit-log';
import { type AuditRepo, createAuditRepo, CSV_COLUMNS, MAX_PARAMS_JSON } from './audit';
import { describeStorage } from './testing';

const base: AuditEntry = {
  time: '2025-04-01T00:00:00.000Z',
  requestId: 'req-1',
  user: 'alice',
  ip: '10.0.0.1',
  provider: 'cds',
  product: 'ccs',
  action: 'StopInstance',
  params: { InstanceId: 'ins-1' },
  outcome: 'pending',
};

const at = (minutes: number) => new Date(Date.parse(base.time) + minutes * 60_000).toISOString();

async function collect(it: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of it) out += chunk;
  return out;
}

/** Another session locks the audit table until the returned function lets it go. */
async function lockAuditTable(other: import('./db').Db): Promise<() => Promise<void>> {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  let locked!: () => void;
  const isLocked = new Promise<void>((r) => (locked = r));
  const holder = other.transaction(async (tx) => {
    await tx.exec('LOCK TABLE audit_log IN ACCESS EXCLUSIVE MODE');
    locked();
    await held;
  });
  await isLocked;
  return async () => {
    release();
    await holder;
  };
}

describeStorage('audit repository', (ctx) => {
  let audit: AuditRepo;
  beforeEach(() => {
    audit = createAuditRepo(ctx.db);
  });

  it('stores any input without failing: NUL and lone surrogates escaped, deep nesting summarised', async () => {
    const deep = JSON.parse('['.repeat(20_000) + ']'.repeat(20_000)) as unknown;
    await audit.record({ ...base, user: 'a\u0000b', region: 'r\ud800', code: 'c\u0000', params: { Name: 'x\u0000y\udc00', deep } });
    const [row] = (await audit.list({})).items;
    expect(row).toMatchObject({ user: 'a\\u0000b', region: 'r\\ud800', code: 'c\\u0000', params: { Name: 'x\\u0000y\\udc00' } });
    expect(JSON.stringify(row!.params)).toContain('[nested too deep]');
  });

  it('gives up on a locked audit table after its lock timeout instead of holding the connection', async (t) => {
    if (!ctx.connectAgain) return t.skip(); // one connection (PGlite): no other session can hold the lock
    const unlock = await lockAuditTable(await ctx.connectAgain());
    const started = Date.now();
    await expect(createAuditRepo(ctx.db, { lockTimeoutMs: 300 }).record(base)).rejects.toThrow(/lock/i);
    expect(Date.now() - started).toBeLessThan(3_000);
    await unlock();
    await audit.record(base);
    expect((await audit.list({})).total).toBe(1);
  });

  it('leaves the rest of the pool free while its table is locked: only a few inserts wait at once', async (t) => {
    if (!ctx.connectAgain) return t.skip(); // one connection (PGlite): no other session can hold the lock
    const unlock = await lockAuditTable(await ctx.connectAgain());
    // More stuck inserts than the pool has connections (the test pool has 4).
    const repo = createAuditRepo(ctx.db, { lockTimeoutMs: 1_500, maxConcurrentInserts: 2 });
    const stuck = Array.from({ length: 6 }, () => repo.record(base).catch(() => 'timed out'));
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    await ctx.db.query('SELECT 1');
    expect(Date.now() - started).toBeLessThan(500);
    await unlock();
    await Promise.all(stuck);
  });

  it('records an entry and reads it back as written, optional fields absent when not given', async () => {
    await audit.record({ ...base, account: 'acc-1', region: 'CN_Beijing_A', outcome: 'success', taskIds: ['t-1', 't-2'], upstreamRequestId: 'up-9' });
    await audit.record({ ...base, time: at(1), requestId: 'req-2' });
    const { items, total } = await audit.list({});
    expect(total).toBe(2);
    expect(items[0]).toEqual({ ...base, id: '2', time: at(1), requestId: 'req-2', taskIds: [] });
    expect(items[1]).toEqual({
      ...base, id: '1', account: 'acc-1', region: 'CN_Beijing_A', outcome: 'success', taskIds: ['t-1', 't-2'], upstreamRequestId: 'up-9',
    });
  });

  it('removes passwords and secrets from parameters, whoever calls record', async () => {
    await audit.record({ ...base, params: { Password: 'hunter2-pass', nested: [{ accessKeySecret: 'SK-leak' }], token: 't0k3n', keep: 'me' } });
    const [rec] = (await audit.list({})).items;
    expect(rec!.params).toEqual({ Password: '[redacted]', nested: [{ accessKeySecret: '[redacted]' }], token: '[redacted]', keep: 'me' });
    const raw = JSON.stringify((await ctx.db.query('SELECT * FROM audit_log')).rows) + (await collect(audit.exportCsv({})));
    for (const secret of ['hunter2-pass', 'SK-leak', 't0k3n']) expect(raw).not.toContain(secret);
  });

  it('replaces oversized parameters with a note rather than failing the write', async () => {
    const fields = Math.ceil(MAX_PARAMS_JSON / 1000);
    await audit.record({ ...base, params: { blob: Object.fromEntries(Array.from({ length: fields }, (_, i) => [`f${i}`, 'x'.repeat(1000)])) } });
    expect((await audit.list({})).items[0]!.params).toEqual({ truncated: true, bytes: expect.any(Number) });
  });

  it('rejects when the entry cannot be written, so the caller does not send the action', async () => {
    await expect(audit.record({ ...base, time: 'not a time' })).rejects.toThrow(/not a valid time/);
    await expect(audit.record({ ...base, user: null as never })).rejects.toThrow();
    const closed = await (await ctx.fresh()).open();
    await closed.close();
    await expect(createAuditRepo(closed).record(base)).rejects.toThrow();
  });

  it('filters by person (any case), action, outcome and time range, with paging and total', async () => {
    const rows: Array<Partial<AuditEntry>> = [
      { user: 'alice', action: 'StopInstance', outcome: 'success' },
      { user: 'bob', action: 'StopInstance', outcome: 'upstream_error', code: 'InstanceBusy' },
      { user: 'Alice', action: 'DeleteInstance', outcome: 'success' },
      { user: 'alice', action: 'Login', outcome: 'forbidden', provider: 'console', product: 'auth' },
      { user: 'carol', action: 'StopInstance', outcome: 'validation_error' },
    ];
    for (const [i, r] of rows.entries()) await audit.record({ ...base, ...r, time: at(i * 10), requestId: `r${i}` });

    const byAlice = await audit.list({ user: 'ALICE' });
    expect(byAlice.total).toBe(3);
    expect(byAlice.items.map((r) => r.requestId)).toEqual(['r3', 'r2', 'r0']);
    expect((await audit.list({ action: 'StopInstance', outcome: 'success' })).items.map((r) => r.requestId)).toEqual(['r0']);
    expect((await audit.list({ from: at(10), to: at(30) })).items.map((r) => r.requestId)).toEqual(['r2', 'r1']);
    expect((await audit.list({ from: new Date(at(40)) })).items.map((r) => r.requestId)).toEqual(['r4']);
    expect((await audit.list({ provider: 'console' })).total).toBe(1);
    expect((await audit.list({ requestId: 'r1' })).items[0]!.code).toBe('InstanceBusy');
    const page2 = await audit.list({ page: 2, pageSize: 2 });
    expect(page2).toMatchObject({ total: 5, page: 2, pageSize: 2 });
    expect(page2.items.map((r) => r.requestId)).toEqual(['r2', 'r1']);
    await expect(audit.list({ from: 'yesterday-ish' })).rejects.toThrow(/"from" is not a valid time/);
  });

  it('exports CSV: BOM, header, quoting, formula protection, filters, newest first, across batches', async () => {
    await audit.record({ ...base, time: at(0), requestId: 'first', params: { note: 'a "quoted", multi\nline value' } });
    await audit.record({ ...base, time: at(1), requestId: '=HYPERLINK("http://evil","x")', region: '+cmd', code: '-1', account: '@SUM(A1)' });
    for (let i = 0; i < 5; i++) await audit.record({ ...base, time: at(2 + i), requestId: `bulk${i}`, user: 'bob' });

    const csv = await collect(audit.exportCsv({}, { batchSize: 2 }));
    expect(csv.startsWith('\uFEFF' + CSV_COLUMNS.join(',') + '\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(1 + 7 + 1);
    expect(lines[1]).toContain('"bulk4"');
    expect(lines[5]).toContain('"bulk0"');
    expect(lines[6]).toContain(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(lines[6]).toContain(`"'+cmd"`);
    expect(lines[6]).toContain(`"'-1"`);
    expect(lines[6]).toContain(`"'@SUM(A1)"`);
    // The quoted newline stays inside one cell, so the record spans two physical lines.
    expect(csv).toContain('"{""note"":""a \\""quoted\\"", multi\\nline value""}"');

    const bobs = await collect(audit.exportCsv({ user: 'bob' }, { batchSize: 2, bom: false }));
    expect(bobs.startsWith('id,time,')).toBe(true);
    expect(bobs.trimEnd().split('\r\n')).toHaveLength(1 + 5);
  });

  it('exports rows recorded in the same millisecond without skipping or repeating any', async () => {
    for (let i = 0; i < 7; i++) await audit.record({ ...base, requestId: `same${i}` });
    const csv = await collect(audit.exportCsv({}, { batchSize: 3, bom: false }));
    const ids = csv.trimEnd().split('\r\n').slice(1).map((l) => l.split(',')[0]);
    expect(ids).toEqual(['"7"', '"6"', '"5"', '"4"', '"3"', '"2"', '"1"']);
  });
});
