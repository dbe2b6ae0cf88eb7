import { describe, expect, it } from 'vitest';
import { modules } from '../modules';
import { taskResourceLink } from './task-links';

describe('taskResourceLink', () => {
  it("links a task to its resource's page through the module that runs the action", () => {
    expect(taskResourceLink(modules, { action: 'cds/ccs/StopInstance', resourceId: 'ins-1', account: 'acc 1' })).toBe('/instances/ins-1?account=acc%201');
    expect(taskResourceLink(modules, { action: 'mos/mcs/StopInstance', resourceId: 'i-9', account: 'm' })).toBe('/mos/instances/i-9?account=m');
  });

  it('gives nothing without a resource id or for an action no module lists with a page', () => {
    expect(taskResourceLink(modules, { action: 'cds/ccs/StopInstance', account: 'a' })).toBeUndefined();
    expect(taskResourceLink(modules, { resourceId: 'x', account: 'a' })).toBeUndefined();
    expect(taskResourceLink(modules, { action: 'cds/nope/Nothing', resourceId: 'x', account: 'a' })).toBeUndefined();
  });
});
