import { allActionRefs } from '@console/api-types/client/all';
import { describe, expect, it } from 'vitest';
import { actionLabelsEn } from './action-labels.en';
import { actionLabelsZh } from './action-labels.zh';
import { actionLabelKey } from './audit-state';

describe('the console words of audited actions', () => {
  const writes = allActionRefs().filter((d) => d.kind !== 'read');

  it('name every write of the catalog, in English and Chinese', () => {
    const missing = writes.map((d) => actionLabelKey(d)).filter((k) => !(k in actionLabelsEn));
    expect(missing).toEqual([]);
    for (const [k, v] of Object.entries(actionLabelsZh)) expect(v.trim(), k).not.toBe('');
  });

  it('name nothing that is not audited (reads are never recorded)', () => {
    const cloud = Object.keys(actionLabelsEn).filter((k) => !k.startsWith('audit.act.console/'));
    const known = new Set(writes.map((d) => actionLabelKey(d)));
    expect(cloud.filter((k) => !known.has(k))).toEqual([]);
  });

  it('say "Power on" for the upstream RebootInstance, as the instance page does', () => {
    expect(actionLabelsEn['audit.act.cds/ccs/RebootInstance']).toBe('Power on');
    expect(actionLabelsZh['audit.act.cds/ccs/RebootInstance']).toBe('开机');
  });
});
