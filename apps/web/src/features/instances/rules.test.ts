import type { Instance } from '@console/api-types';
import { describe, expect, it } from 'vitest';
import { makeT } from '../../i18n/i18n';
import { blockedFor, deleteBlocked, deleteConfirmWord, powerOnBlocked, stopBlocked } from './rules';
import { anInstance } from '../../test-fixtures';

const inst = (status: string, name = 'web-01'): Instance => anInstance({ name, status });

const t = makeT('en');

describe('instance action rules', () => {
  it('powers off only running instances, and says why otherwise', () => {
    expect(stopBlocked(inst('running'))).toBeUndefined();
    for (const s of ['stop', 'stopping', 'starting', 'creating', 'deleting', 'error']) {
      expect(stopBlocked(inst(s))).toBe('instances.reason.stopOnlyRunning');
    }
    expect(blockedFor(stopBlocked, [inst('stop')], t)).toBe('Only running instances can be powered off');
  });
  it('powers on only stopped instances', () => {
    expect(powerOnBlocked(inst('stop'))).toBeUndefined();
    expect(powerOnBlocked(inst('running'))).toBe('instances.reason.powerOnOnlyStopped');
    expect(powerOnBlocked(inst('starting'))).toBe('instances.reason.powerOnOnlyStopped');
  });
  it('deletes anything but what is being created or deleted', () => {
    for (const s of ['running', 'stop', 'error', 'stopping']) expect(deleteBlocked(inst(s))).toBeUndefined();
    expect(deleteBlocked(inst('creating'))).toBe('instances.reason.deleteBusy');
    expect(deleteBlocked(inst('deleting'))).toBe('instances.reason.deleteBusy');
  });
  it('names the first blocking instance of a selection', () => {
    const items = [inst('running', 'a'), inst('creating', 'b'), inst('deleting', 'c')];
    expect(blockedFor(deleteBlocked, items, t)).toBe(
      'b: An instance cannot be deleted while it is being created or deleted',
    );
    expect(blockedFor(deleteBlocked, [inst('running', 'a'), inst('stop', 'b')], t)).toBeUndefined();
  });
  it('asks for the name of one instance, or "delete" for several', () => {
    expect(deleteConfirmWord([inst('running', 'web-01')])).toBe('web-01');
    expect(deleteConfirmWord([inst('running', 'a'), inst('stop', 'b')])).toBe('delete');
  });
});
