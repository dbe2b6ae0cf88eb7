import { catalog } from '@console/api-types';
import { describe, expect, it } from 'vitest';
import { canRun } from './user';

describe('canRun, derived from the catalog kind', () => {
  it('lets a viewer run every read and no write or destructive action of the catalog', () => {
    for (const def of catalog) {
      expect(canRun('viewer', def), `${def.action}`).toBe(def.kind === 'read');
      expect(canRun('operator', def)).toBe(true);
      expect(canRun('admin', def)).toBe(true);
    }
  });
});
