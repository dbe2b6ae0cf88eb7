import type { Product, Provider } from '@console/api-types';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from './audit-log';
import { memoryAuditLog } from './audit-log';
import { namingAudit, ResourceNames } from './resource-names';

const read = (provider: Provider, product: Product, action: string) => ({ provider, product, action, kind: 'read' as const });
const entry = (over: Partial<AuditEntry> = {}): AuditEntry => ({
  time: new Date().toISOString(),
  requestId: 'req-1',
  user: 'alice',
  ip: '',
  account: 'acc-1',
  provider: 'cds',
  product: 'ccs',
  action: 'RebootInstance',
  params: {},
  outcome: 'pending',
  resource: { type: 'cds-instance', ids: ['ins-1'] },
  ...over,
});

describe('ResourceNames', () => {
  it('keeps the names the reads listed, per account and kind', () => {
    const names = new ResourceNames();
    names.observe(read('cds', 'ccs', 'DescribeInstances'), 'acc-1', { items: [{ id: 'ins-1', name: 'web-1' }, { id: 'ins-2', name: '' }] });
    names.observe(read('cds', 'mysql', 'DescribeDBInstances'), 'acc-1', [{ id: 'db-1', name: 'orders' }]);
    names.observe(read('cds', 'ccs', 'DescribeSecurityGroupAttribute'), 'acc-1', { id: 'sg-1', name: 'web' });
    expect(names.nameOf('acc-1', 'cds-instance', 'ins-1')).toBe('web-1');
    expect(names.nameOf('acc-1', 'cds-instance', 'ins-2')).toBeUndefined();
    expect(names.nameOf('acc-2', 'cds-instance', 'ins-1')).toBeUndefined();
    expect(names.nameOf('acc-1', 'cds-mysql', 'db-1')).toBe('orders');
    expect(names.nameOf('acc-1', 'cds-redis', 'db-1')).toBeUndefined();
    expect(names.nameOf('acc-1', 'cds-security-group', 'sg-1')).toBe('web');
  });

  it('ignores writes, unknown reads and odd answers, and forgets the oldest beyond its size', () => {
    const names = new ResourceNames(2);
    names.observe({ ...read('cds', 'ccs', 'DescribeInstances'), kind: 'write' }, 'a', { items: [{ id: 'x', name: 'n' }] });
    names.observe(read('cds', 'ccs', 'DescribeTask'), 'a', { id: 'x', name: 'n' });
    for (const odd of [undefined, null, 'text', { items: 'no' }, [{ id: 1, name: 'n' }]]) names.observe(read('cds', 'ccs', 'DescribeInstances'), 'a', odd);
    expect(names.nameOf('a', 'cds-instance', 'x')).toBeUndefined();
    names.observe(read('cds', 'ccs', 'DescribeInstances'), 'a', { items: [{ id: '1', name: 'one' }, { id: '2', name: 'two' }] });
    names.observe(read('cds', 'ccs', 'DescribeInstances'), 'a', { items: [{ id: '1', name: 'one' }, { id: '3', name: 'three' }] });
    expect([names.nameOf('a', 'cds-instance', '1'), names.nameOf('a', 'cds-instance', '2'), names.nameOf('a', 'cds-instance', '3')]).toEqual(['one', undefined, 'three']);
  });
});

describe('namingAudit', () => {
  it('names a resource given by id only, on every record of the write', async () => {
    const log = memoryAuditLog();
    const names = new ResourceNames();
    names.observe(read('cds', 'ccs', 'DescribeInstances'), 'acc-1', { items: [{ id: 'ins-1', name: 'web-1' }] });
    const audit = namingAudit(log, names);
    await audit.record(entry());
    await audit.record(entry({ outcome: 'success' }));
    expect(log.entries.map((e) => e.resource?.name)).toEqual(['web-1', 'web-1']);
  });

  it('leaves a given name, several ids, no account, no resource and unknown ids as they are', async () => {
    const log = memoryAuditLog();
    const names = new ResourceNames();
    names.observe(read('cds', 'ccs', 'DescribeInstances'), 'acc-1', { items: [{ id: 'a', name: 'seen' }, { id: 'b', name: 'seen-b' }] });
    const audit = namingAudit(log, names);
    const cases: Array<Partial<AuditEntry>> = [
      { resource: { type: 'cds-instance', ids: ['a'], name: 'typed' } },
      { resource: { type: 'cds-instance', ids: ['a', 'b'] } },
      { account: undefined, resource: { type: 'cds-instance', ids: ['a'] } },
      { resource: undefined },
      { resource: { type: 'cds-instance', ids: ['never-read'] } },
    ];
    for (const c of cases) await audit.record(entry(c));
    expect(log.entries.map((e) => e.resource?.name)).toEqual(['typed', undefined, undefined, undefined, undefined]);
  });
});

/** The index as it was (one Map, re-inserted on every sighting): what ResourceNames must still answer. */
class ReferenceNames {
  private readonly names = new Map<string, string>();
  constructor(private readonly max: number) {}
  observe(accountId: string, type: string, items: Array<{ id: string; name: string }>) {
    for (const item of items) {
      if (item.name.trim() === '') continue;
      const key = `${accountId}\u0000${type}\u0000${item.id}`;
      this.names.delete(key);
      this.names.set(key, item.name);
    }
    while (this.names.size > this.max) this.names.delete(this.names.keys().next().value!);
  }
  nameOf(accountId: string, type: string, id: string) {
    return this.names.get(`${accountId}\u0000${type}\u0000${id}`);
  }
}

describe('ResourceNames against the single-map index it replaced', () => {
  it('forgets the same names in the same order over many random reads', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const lists = [
      { def: read('cds', 'ccs', 'DescribeInstances'), type: 'cds-instance' },
      { def: read('cds', 'mysql', 'DescribeDBInstances'), type: 'cds-mysql' },
    ];
    for (const max of [1, 5, 40]) {
      const names = new ResourceNames(max);
      const reference = new ReferenceNames(max);
      for (let step = 0; step < 3000; step++) {
        const { def, type } = lists[random(2)]!;
        const account = `acc-${random(3)}`;
        const items = Array.from({ length: random(12) }, () => ({ id: `id-${random(60)}`, name: random(8) === 0 ? ' ' : `name-${random(4)}` }));
        names.observe(def, account, { items });
        reference.observe(account, type, items);
        if (step % 50 === 0 || step === 2999) {
          for (const acc of ['acc-0', 'acc-1', 'acc-2'])
            for (const t of ['cds-instance', 'cds-mysql'])
              for (let id = 0; id < 60; id++) expect(names.nameOf(acc, t, `id-${id}`)).toBe(reference.nameOf(acc, t, `id-${id}`));
        }
      }
    }
  });
});
