import { Anchor, Box, Notification, Progress, Stack, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useSyncExternalStore } from 'react';
import { useT, type Translate } from '../i18n/i18n';
import { ErrorDetails } from '../kit/ErrorNotice';
import { groupProgress, taskKey, type TaskGroup, type TaskTracker, type TrackedTask } from './tracker';

/** Notices shown at once; the others wait in the task centre (20 stacked notices covered the header). */
export const MAX_NOTICES = 3;

type Shown = { kind: 'task'; task: TrackedTask; at: number } | { kind: 'group'; group: TaskGroup; at: number };

/** "Power off: 12 of 20 done, 1 failed, 3 running". */
export function groupSummary(t: Translate, group: TaskGroup, tasks: readonly TrackedTask[]) {
  const p = groupProgress(group, tasks);
  const parts = [t('tasks.group.summary', { label: group.label, done: p.done, total: p.total })];
  if (p.failed) parts.push(t('tasks.group.failed', { count: p.failed }));
  if (p.running + p.waiting) parts.push(t('tasks.group.running', { count: p.running + p.waiting }));
  return { text: parts.join(', '), progress: p };
}

/**
 * The live notices of followed tasks, bottom right, announced politely to screen readers: one
 * per bulk action (its progress), one per single task, the newest few only, and never higher
 * than the space below the header.
 */
export function TaskNotices({ tracker, onOpen }: { tracker: TaskTracker; onOpen: (groupId?: string) => void }) {
  const t = useT();
  const tasks = useSyncExternalStore(tracker.subscribe, tracker.getSnapshot, tracker.getSnapshot);
  const groups = useSyncExternalStore(tracker.subscribe, tracker.getGroups, tracker.getGroups);
  const all: Shown[] = [
    ...groups.filter((g) => g.notice).map((group) => ({ kind: 'group' as const, group, at: group.startedAt })),
    ...tasks.filter((task) => task.notice).map((task) => ({ kind: 'task' as const, task, at: task.startedAt })),
  ].sort((a, b) => a.at - b.at);
  const shown = all.slice(-MAX_NOTICES);
  const hidden = all.length - shown.length;
  return (
    <Box
      pos="fixed"
      bottom={16}
      right={16}
      w={360}
      maw="calc(100vw - 32px)"
      // Below the header whatever the stack: it scrolls inside instead of growing over it.
      mah="calc(100dvh - var(--app-shell-header-height, 56px) - 32px)"
      style={{ zIndex: 400, overflowY: 'auto' }}
      aria-live="polite"
      aria-label={t('tasks.notices')}
      role="region"
      data-testid="task-notices"
    >
      <Stack gap={6}>
        {hidden > 0 ? (
          <Anchor component="button" type="button" size="xs" ta="right" onClick={() => onOpen()} data-testid="task-notices-more">
            {t('tasks.more', { count: hidden })}
          </Anchor>
        ) : null}
        {shown.map((s) =>
          s.kind === 'group' ? (
            <GroupNotice key={s.group.id} group={s.group} tasks={tasks} onOpen={() => onOpen(s.group.id)} onClose={() => tracker.dismiss(s.group.id)} />
          ) : (
            <TaskNotice key={taskKey(s.task)} task={s.task} onClose={() => tracker.dismiss(taskKey(s.task))} />
          ),
        )}
      </Stack>
    </Box>
  );
}

const statusColor = (s: TrackedTask['status']) => (s === 'ERROR' ? 'red' : s === 'FINISH' ? 'teal' : 'blue');

function GroupNotice({ group, tasks, onOpen, onClose }: { group: TaskGroup; tasks: readonly TrackedTask[]; onOpen: () => void; onClose: () => void }) {
  const t = useT();
  const { text, progress: p } = groupSummary(t, group, tasks);
  const status = !p.settled ? 'DOING' : p.failed ? 'ERROR' : 'FINISH';
  return (
    <Notification
      data-testid="task-group-notice"
      data-group-id={group.id}
      data-status={status}
      data-done={p.done}
      data-failed={p.failed}
      data-total={p.total}
      loading={!p.settled}
      color={statusColor(status)}
      icon={status === 'FINISH' ? <IconCheck size={18} /> : status === 'ERROR' ? <IconX size={18} /> : undefined}
      title={text}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.dismiss') }}
      withBorder
      py={6}
    >
      <Progress.Root size="sm" mt={4} mb={6} aria-hidden>
        <Progress.Section value={(p.done / Math.max(1, p.total)) * 100} color="teal" />
        <Progress.Section value={(p.failed / Math.max(1, p.total)) * 100} color="red" />
      </Progress.Root>
      <Anchor component="button" type="button" size="sm" onClick={onOpen} data-testid="task-group-open">
        {t('tasks.open')}
      </Anchor>
    </Notification>
  );
}

function TaskNotice({ task, onClose }: { task: TrackedTask; onClose: () => void }) {
  const t = useT();
  const running = task.status === 'NEW' || task.status === 'DOING';
  return (
    <Notification
      data-testid="task-notice"
      data-status={task.status}
      data-task-id={task.taskId}
      loading={running}
      color={statusColor(task.status)}
      icon={task.status === 'FINISH' ? <IconCheck size={18} /> : task.status === 'ERROR' ? <IconX size={18} /> : undefined}
      title={task.resource ? `${task.label} · ${task.resource}` : task.label}
      onClose={onClose}
      closeButtonProps={{ 'aria-label': t('common.dismiss') }}
      withBorder
      py={6}
    >
      <Text size="sm" data-testid="task-status">
        {t(`task.${task.status}`)}
        <Text span size="xs" c="dimmed" ff="monospace" ml={8}>
          {t('task.id', { id: task.taskId })}
        </Text>
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
    </Notification>
  );
}
