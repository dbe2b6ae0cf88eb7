import { catalog } from '@console/api-types';
import { describe, expect, it } from 'vitest';
import { makeT } from '../i18n/i18n';
import { roleBlocks, roleReason } from './roles';

describe('roleReason over the whole catalog', () => {
  const en = makeT('en');
  const zh = makeT('zh-CN');

  it('covers a catalog with reads and writes', () => {
    expect(catalog.some((d) => d.kind === 'read')).toBe(true);
    expect(catalog.some((d) => d.kind === 'write')).toBe(true);
    expect(catalog.some((d) => d.kind === 'destructive')).toBe(true);
  });

  it('gives a viewer a reason for every entry that is not a read, and none for reads', () => {
    for (const def of catalog) {
      const reason = roleReason(en, 'viewer', def);
      const id = `${def.provider}/${def.product}/${def.action} (${def.kind})`;
      if (def.kind === 'read') expect({ id, reason }).toEqual({ id, reason: undefined });
      else expect({ id, reason }).toEqual({ id, reason: 'Your role (Viewer) can only view' });
      expect(roleReason(zh, 'viewer', def) === undefined).toBe(def.kind === 'read');
    }
  });

  it('lets operators and admins run every entry', () => {
    for (const def of catalog) {
      expect(roleBlocks('operator', def)).toBeUndefined();
      expect(roleBlocks('admin', def)).toBeUndefined();
    }
  });

  it('treats an unknown or missing role like a viewer', () => {
    const write = catalog.find((d) => d.kind !== 'read')!;
    expect(roleBlocks(undefined, write)).toBe('role.reason.viewOnly');
    expect(roleReason(en, 'auditor', write)).toBe('Your role (auditor) can only view');
    expect(roleReason(zh, 'viewer', write)).toBe('你的角色（只读）只能查看');
  });
});
