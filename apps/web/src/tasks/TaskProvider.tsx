import { cdsCcsCommon } from '@console/api-types/client';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { callAction } from '../api/client';
import { invalidateActions } from '../api/query';
import { sessionStore } from './persist';
import { TaskNotices } from './TaskNotices';
import { TaskTracker } from './tracker';

/** Whether the task centre is open, and on which bulk action's items (a group id), if any. */
export interface TaskCentreState {
  opened: boolean;
  groupId?: string;
  open: (groupId?: string) => void;
  close: () => void;
}

const TrackerContext = createContext<TaskTracker | null>(null);
const CentreContext = createContext<TaskCentreState | null>(null);

/**
 * One tracker for the app: follows tasks with DescribeTask, refreshes the lists they touch, and
 * keeps them in sessionStorage so a reload finds them; plus whether the task centre is open.
 */
export function TaskProvider({ children, tracker: given }: { children: ReactNode; tracker?: TaskTracker }) {
  const queryClient = useQueryClient();
  const [tracker] = useState(
    () =>
      given ??
      new TaskTracker({
        describe: (taskId, account) => callAction(cdsCcsCommon.DescribeTask, { TaskId: taskId }, { account }),
        onSettled: (task) => void invalidateActions(queryClient, task.provider, task.invalidates, task.account),
        storage: sessionStore(),
      }),
  );
  const [centre, setCentre] = useState<{ opened: boolean; groupId?: string }>({ opened: false });
  const centreState = useMemo<TaskCentreState>(
    () => ({
      ...centre,
      open: (groupId) => setCentre({ opened: true, groupId }),
      close: () => setCentre((c) => ({ ...c, opened: false })),
    }),
    [centre],
  );
  useEffect(() => () => tracker.stop(), [tracker]);
  return (
    <TrackerContext.Provider value={tracker}>
      <CentreContext.Provider value={centreState}>
        {children}
        {/* The open task centre shows all of it: no notice on top of it. */}
        {centre.opened ? null : <TaskNotices tracker={tracker} onOpen={centreState.open} />}
      </CentreContext.Provider>
    </TrackerContext.Provider>
  );
}

export function useTaskTracker(): TaskTracker {
  const t = useContext(TrackerContext);
  if (!t) throw new Error('useTaskTracker needs a TaskProvider');
  return t;
}

export function useTaskCentre(): TaskCentreState {
  const c = useContext(CentreContext);
  if (!c) throw new Error('useTaskCentre needs a TaskProvider');
  return c;
}
