import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { catalog } from './catalog/index';
import { catalogKey } from './define';
import { touchedResource, writeResources } from './resources';

/** The input's field names (every write input is an object, possibly refined). */
function fieldsOf(schema: z.ZodType): string[] {
  const s = schema as unknown as { shape?: Record<string, unknown>; _zod: { def: { in?: z.ZodType; schema?: z.ZodType } } };
  if (s.shape) return Object.keys(s.shape);
  const inner = s._zod.def.in ?? s._zod.def.schema;
  return inner ? fieldsOf(inner) : [];
}

describe('writeResources', () => {
  const writes = catalog.filter((d) => d.kind !== 'read');

  it('names the resource of every write in the catalog, by fields its input has', () => {
    const missing = writes.map((d) => catalogKey(d.provider, d.product, d.action)).filter((k) => !writeResources[k]);
    expect(missing).toEqual([]);
    for (const d of writes) {
      const spec = writeResources[catalogKey(d.provider, d.product, d.action)]!;
      const fields = fieldsOf(d.input);
      expect(fields.length, d.action).toBeGreaterThan(0);
      if (spec.idField) expect(fields, `${d.action}.${spec.idField}`).toContain(spec.idField);
      if (spec.nameField) expect(fields, `${d.action}.${spec.nameField}`).toContain(spec.nameField);
      // Something identifies it: an id now, an id from the answer, or at least a name.
      expect(spec.idField || spec.answerIdPath || spec.nameField, d.action).toBeTruthy();
    }
  });

  it('has no entry for an action that is not a catalog write', () => {
    const keys = new Set(writes.map((d) => catalogKey(d.provider, d.product, d.action)));
    expect(Object.keys(writeResources).filter((k) => !keys.has(k))).toEqual([]);
  });

  it('marks as deleting exactly the actions that remove the resource itself', () => {
    const deleting = Object.entries(writeResources).filter(([, s]) => s.deletes).map(([k]) => k.split('/')[2]);
    expect(deleting.every((a) => /^(Delete|ForceDelete|Terminate)/.test(a!))).toBe(true);
    // Deleting a disk, a backup or a rule leaves the instance or group in place.
    expect(writeResources['cds/ccs/DeleteDisk']!.deletes).toBeUndefined();
    expect(writeResources['cds/mysql/DeleteBackup']!.deletes).toBeUndefined();
    expect(writeResources['cds/ccs/RemoveSecurityGroupRule']!.deletes).toBeUndefined();
  });
});

describe('touchedResource', () => {
  it('reads one id, several ids, a name, and new ids from a create answer', () => {
    expect(touchedResource('cds/ccs/RebootInstance', { InstanceId: 'ins-1' })).toEqual({ type: 'cds-instance', ids: ['ins-1'] });
    expect(touchedResource('cds/ccs/DeleteInstance', { InstanceIds: ['a', 'b'] })).toEqual({ type: 'cds-instance', ids: ['a', 'b'] });
    expect(touchedResource('cds/ccs/CreateInstance', { InstanceName: 'web' })).toEqual({ type: 'cds-instance', ids: [], name: 'web' });
    expect(touchedResource('cds/mysql/CreateDBInstance', { InstanceName: 'db' }, { Data: { InstancesUuid: ['u1', 'u2'] } })).toEqual({
      type: 'cds-mysql',
      ids: ['u1', 'u2'],
      name: 'db',
    });
    expect(touchedResource('cds/memcached/CreateMemcachedInstance', {}, { Data: { InstanceIds: [7] } })?.ids).toEqual(['7']);
  });

  it('is undefined for reads and console actions, and never throws on odd input', () => {
    expect(touchedResource('cds/ccs/DescribeInstances', { InstanceId: 'x' })).toBeUndefined();
    expect(touchedResource('console/people/CreateUser', {})).toBeUndefined();
    for (const input of [null, undefined, 'text', 42, [], { InstanceId: { nested: true } }, { InstanceId: '' }]) {
      expect(touchedResource('cds/ccs/StopInstance', input)).toEqual({ type: 'cds-instance', ids: [] });
    }
    expect(touchedResource('cds/ccs/DeleteInstance', { InstanceIds: Array.from({ length: 500 }, (_, i) => `i${i}`) })?.ids).toHaveLength(100);
  });
});
