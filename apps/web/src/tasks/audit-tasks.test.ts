import { describe, expect, it } from 'vitest';
import { auditTaskInputs, parseAuditTasks } from './audit-tasks';

const item = {
  requestId: 'req-1',
  provider: 'cds',
  product: 'ccs',
  action: 'StopInstance',
  resource: { type: 'cds-instance', ids: ['ins-1'], id: 'ins-1', name: 'web-01' },
  user: 'alice',
  startedAt: '2026-12-01T10:00:00.000Z',
  taskIds: ['t-1', 't-2'],
};

describe('tasks started elsewhere (GET /api/audit/tasks)', () => {
  it('reads the answer, leaving out what is not an item', () => {
    expect(parseAuditTasks({ since: 'x', items: [item, { requestId: 1 }, null, { ...item, taskIds: 'no' }] })).toEqual([item]);
    expect(() => parseAuditTasks({ nope: true })).toThrow();
  });

  it('gives the tracker one input per TaskId, under the account asked for, marked as from the log', () => {
    expect(auditTaskInputs([item], 'acc-1')).toEqual([
      expect.objectContaining({
        taskId: 't-1',
        action: 'cds/ccs/StopInstance',
        resource: 'web-01',
        resourceId: 'ins-1',
        requestId: 'req-1',
        account: 'acc-1',
        user: 'alice',
        source: 'audit',
        startedAt: Date.parse('2026-12-01T10:00:00.000Z'),
      }),
      expect.objectContaining({ taskId: 't-2' }),
    ]);
    expect(auditTaskInputs([{ ...item, resource: undefined }], 'a')[0]).toMatchObject({ resource: undefined, resourceId: undefined });
  });

  it('gives a TaskId that two writes name to the newer write only, newest first', () => {
    // An upstream that numbered its tasks again: DescribeTask answers for the newest task with that id.
    const older = { ...item, requestId: 'req-old', action: 'RebootInstance', startedAt: '2026-12-01T09:28:00.000Z', taskIds: ['t-1', 't-0'] };
    const inputs = auditTaskInputs([older, item], 'acc-1');
    expect(inputs.map((i) => [i.taskId, i.requestId, i.label])).toEqual([
      ['t-1', 'req-1', 'StopInstance'],
      ['t-2', 'req-1', 'StopInstance'],
      ['t-0', 'req-old', 'RebootInstance'],
    ]);
  });
});
