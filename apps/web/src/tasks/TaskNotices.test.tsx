import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderUi } from '../test-utils';
import { TaskNotices } from './TaskNotices';
import { TaskTracker } from './tracker';

const base = { label: 'Power off', provider: 'cds', account: 'acc-1' };
const refused = { code: 'IncorrectInstanceStatus', message: 'no', requestId: 'req-1', httpStatus: 400 };

afterEach(cleanup);

describe('TaskNotices', () => {
  it('shows one notice for a bulk action with its count, the newest three notices only, and the rest in the task centre', async () => {
    let now = 1000;
    const tracker = new TaskTracker({ describe: () => new Promise(() => {}), now: () => now++ });
    const onOpen = vi.fn();
    renderUi(<TaskNotices tracker={tracker} onOpen={onOpen} />);
    await act(async () => {
      for (const id of ['a', 'b', 'c', 'd']) tracker.track({ ...base, taskId: id, resource: `web-${id}` });
      const g = tracker.startGroup('Power off', 3);
      tracker.record({ ...base, groupId: g, resource: 'web-x' });
      tracker.record({ ...base, groupId: g, resource: 'web-y', error: refused });
    });
    const group = screen.getByTestId('task-group-notice');
    expect(group.textContent).toContain('Power off: 1 of 3 done, 1 failed, 1 running');
    expect(group.getAttribute('data-total')).toBe('3');
    // 4 single tasks + 1 group: the newest three are shown (the group is the newest).
    expect(screen.getAllByTestId('task-notice').map((n) => n.getAttribute('data-task-id'))).toEqual(['c', 'd']);
    fireEvent.click(screen.getByTestId('task-notices-more'));
    expect(onOpen).toHaveBeenCalledWith();
    expect(screen.getByTestId('task-notices-more').textContent).toBe('2 more in the task centre');
    fireEvent.click(screen.getByTestId('task-group-open'));
    expect(onOpen).toHaveBeenLastCalledWith(tracker.getGroups()[0]!.id);
  });
});
