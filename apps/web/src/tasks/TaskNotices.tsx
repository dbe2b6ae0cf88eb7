import { Box, Notification, Stack, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useSyncExternalStore } from 'react';
import { useT } from '../i18n/i18n';
import { ErrorDetails } from '../kit/ErrorNotice';
import type { TaskTracker, TrackedTask } from './tracker';

/** The live notices of followed tasks, bottom right, announced politely to screen readers. */
export function TaskNotices({ tracker }: { tracker: TaskTracker }) {
  const tasks = useSyncExternalStore(tracker.subscribe, tracker.getSnapshot, tracker.getSnapshot);
  return (
    <Box
      pos="fixed"
      bottom={16}
      right={16}
      w={360}
      maw="calc(100vw - 32px)"
      style={{ zIndex: 400 }}
      aria-live="polite"
      aria-label="tasks"
      role="region"
    >
      <Stack gap="xs">
        {tasks.map((task) => (
          <TaskNotice key={task.taskId} task={task} onClose={() => tracker.dismiss(task.taskId)} />
        ))}
      </Stack>
    </Box>
  );
}

function TaskNotice({ task, onClose }: { task: TrackedTask; onClose: () => void }) {
  const t = useT();
  const running = task.status === 'NEW' || task.status === 'DOING';
  const color = task.status === 'ERROR' ? 'red' : task.status === 'FINISH' ? 'teal' : 'blue';
  return (
    <Notification
      data-testid="task-notice"
      data-status={task.status}
      data-task-id={task.taskId}
      loading={running}
      color={color}
      icon={task.status === 'FINISH' ? <IconCheck size={18} /> : task.status === 'ERROR' ? <IconX size={18} /> : undefined}
      title={task.resource ? `${task.label} · ${task.resource}` : task.label}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.dismiss') }}
      withBorder
    >
      <Text size="sm" data-testid="task-status">
        {t(`task.${task.status}`)}
      </Text>
      {task.status === 'ERROR' && task.message ? (
        <Text size="sm" c="red">
          {task.message}
        </Text>
      ) : null}
      {task.pollError ? (
        <Box mt={4}>
          <Text size="xs" c="dimmed">
            {t('task.pollFailed')}
          </Text>
          <ErrorDetails error={task.pollError} />
        </Box>
      ) : null}
      <Text size="xs" c="dimmed" ff="monospace">
        {t('task.id', { id: task.taskId })}
      </Text>
    </Notification>
  );
}
