import { Badge, Button, VisuallyHidden } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { lazy, Suspense, useSyncExternalStore } from 'react';
import { useT } from '../i18n/i18n';
import { useTaskCentre, useTaskTracker } from './TaskProvider';
import { isListed, isSettled, type TrackedTask } from './tracker';

// The drawer (its table, the catalog's action names for tasks started elsewhere) loads on first open.
const TaskCentreDrawer = lazy(() => import('./TaskCentreDrawer').then((m) => ({ default: m.TaskCentreDrawer })));

export interface TaskCentreProps {
  /** The page of a task's resource, when a module shows that kind of resource. */
  linkFor: (task: TrackedTask) => string | undefined;
  /** The cloud account picked: tasks started elsewhere are read for it. */
  account?: string;
}

/** The header's task button: how many tasks are running; opens the task centre. */
export function TaskCentreButton({ linkFor, account }: TaskCentreProps) {
  const t = useT();
  const tracker = useTaskTracker();
  const centre = useTaskCentre();
  const tasks = useSyncExternalStore(tracker.subscribe, tracker.getSnapshot, tracker.getSnapshot);
  const running = tasks.filter((task) => isListed(task) && !isSettled(task.status)).length;
  return (
    <>
      {/* Named by its content ("Tasks 3 running"), so the visible words are the name's (axe). */}
      <Button
        variant="default"
        size="sm"
        px="xs"
        onClick={() => centre.open()}
        aria-haspopup="dialog"
        data-testid="task-centre-button"
        data-running={running}
        leftSection={<IconListCheck size={18} aria-hidden />}
      >
        <span className="visible-from-lg-sr">{t('tasks.button')}</span>
        {running ? (
          <Badge size="sm" circle={running < 10} variant="filled" ml={6} data-testid="task-centre-count">
            {running}
          </Badge>
        ) : null}
        <VisuallyHidden>{running ? ` ${t('tasks.runningSuffix')}` : ` ${t('tasks.noneRunning')}`}</VisuallyHidden>
      </Button>
      {centre.opened ? (
        <Suspense fallback={null}>
          <TaskCentreDrawer linkFor={linkFor} account={account} />
        </Suspense>
      ) : null}
    </>
  );
}
