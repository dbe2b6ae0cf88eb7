import { cdsCcsCommon } from '@console/api-types/client';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { callAction } from '../api/client';
import { invalidateActions } from '../api/query';
import { TaskNotices } from './TaskNotices';
import { TaskTracker } from './tracker';

const TrackerContext = createContext<TaskTracker | null>(null);

/** One tracker for the app: follows tasks with DescribeTask and refreshes the lists they touch. */
export function TaskProvider({ children, tracker: given }: { children: ReactNode; tracker?: TaskTracker }) {
  const queryClient = useQueryClient();
  const [tracker] = useState(
    () =>
      given ??
      new TaskTracker({
        describe: (taskId, account) => callAction(cdsCcsCommon.DescribeTask, { TaskId: taskId }, { account }),
        onSettled: (task) => void invalidateActions(queryClient, task.provider, task.invalidates, task.account),
      }),
  );
  useEffect(() => () => tracker.stop(), [tracker]);
  return (
    <TrackerContext.Provider value={tracker}>
      {children}
      <TaskNotices tracker={tracker} />
    </TrackerContext.Provider>
  );
}

export function useTaskTracker(): TaskTracker {
  const t = useContext(TrackerContext);
  if (!t) throw new Error('useTaskTracker needs a TaskProvider');
  return t;
}
