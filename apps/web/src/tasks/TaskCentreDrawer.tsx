import { allActionRefs } from '@console/api-types/client/all';
import { Alert, Anchor, Badge, Button, Code, Drawer, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { isSignedOutError } from '../api/session';
import { useI18n } from '../i18n/i18n';
import { ErrorDetails } from '../kit/ErrorNotice';
import { RelativeTime } from '../kit/RelativeTime';
import { auditTaskInputs, fetchAuditTasks } from './audit-tasks';
import type { TaskCentreProps } from './TaskCentreButton';
import { groupSummary } from './TaskNotices';
import { useTaskCentre, useTaskTracker } from './TaskProvider';
import { isListed, isSettled, taskKey, type TrackedTask } from './tracker';

const actionMeta = new Map(allActionRefs().map((a) => [`${a.provider}/${a.product}/${a.action}`, a]));

/**
 * Reads the audit log for tasks started on this account elsewhere (other people, tabs, browsers)
 * while the centre is open; the tracker follows those still running until they settle.
 */
function useTasksStartedElsewhere(account: string | undefined) {
  const tracker = useTaskTracker();
  const { pick } = useI18n();
  const q = useQuery({
    queryKey: ['console', 'audit-tasks', account],
    queryFn: ({ signal }) => fetchAuditTasks(account!, Date.now(), signal),
    enabled: !!account,
    refetchInterval: 15_000,
    retry: false,
  });
  useEffect(() => {
    if (!q.data || !account) return;
    for (const input of auditTaskInputs(q.data, account)) {
      const meta = input.action ? actionMeta.get(input.action) : undefined;
      // The catalog's words for the action ("Power an instance off"), and the lists it makes stale.
      tracker.track({ ...input, label: meta ? pick(meta.summary) : input.label, invalidates: meta?.invalidates ? [...meta.invalidates] : [] });
    }
  }, [q.data, account, tracker, pick]);
  return q;
}

/** The task centre: every task of this browser session, and those still running that were started elsewhere. */
export function TaskCentreDrawer({ linkFor, account }: TaskCentreProps) {
  const { t } = useI18n();
  const tracker = useTaskTracker();
  const centre = useTaskCentre();
  const tasks = useSyncExternalStore(tracker.subscribe, tracker.getSnapshot, tracker.getSnapshot);
  const groups = useSyncExternalStore(tracker.subscribe, tracker.getGroups, tracker.getGroups);
  const elsewhere = useTasksStartedElsewhere(account);
  const group = groups.find((g) => g.id === centre.groupId);
  const rows = useMemo(
    () => tasks.filter((task) => isListed(task) && (!group || task.groupId === group.id)).sort((a, b) => b.startedAt - a.startedAt),
    [tasks, group],
  );
  const summary = group ? groupSummary(t, group, tasks) : undefined;
  // An endpoint the BFF does not have (404) is not worth a warning; any other failure is.
  const elsewhereError = elsewhere.error && !isSignedOutError(elsewhere.error) && (elsewhere.error as { httpStatus?: number }).httpStatus !== 404;

  return (
    <Drawer
      opened={centre.opened}
      onClose={centre.close}
      position="right"
      size={960}
      title={t('tasks.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      data-testid="task-centre"
    >
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('tasks.subtitle')}
        </Text>
        <Group justify="space-between" gap="xs">
          {group && summary ? (
            <Stack gap={0}>
              <Text size="sm" fw={600} data-testid="task-centre-group" data-done={summary.progress.done} data-failed={summary.progress.failed}>
                {summary.text}
              </Text>
              <Text size="xs" c="dimmed">
                {t('tasks.groupOf', { label: group.label, time: new Date(group.startedAt).toLocaleTimeString() })}
              </Text>
            </Stack>
          ) : (
            <span />
          )}
          <Group gap="xs">
            {group ? (
              <Button size="xs" variant="default" onClick={() => centre.open()} data-testid="task-centre-all">
                {t('tasks.showAll')}
              </Button>
            ) : null}
            <Button size="xs" variant="subtle" onClick={() => tracker.clearSettled()} disabled={!tasks.some((x) => isSettled(x.status))}>
              {t('tasks.clear')}
            </Button>
          </Group>
        </Group>
        {elsewhereError ? (
          <Alert color="orange" variant="light" data-testid="task-centre-elsewhere-error">
            {t('tasks.elsewhereFailed')}
          </Alert>
        ) : null}
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="task-centre-empty">
            {t('tasks.empty')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing={6} fz="sm" data-testid="task-centre-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('tasks.col.action')}</Table.Th>
                  <Table.Th>{t('tasks.col.resource')}</Table.Th>
                  <Table.Th>{t('tasks.col.who')}</Table.Th>
                  <Table.Th>{t('tasks.col.started')}</Table.Th>
                  <Table.Th>{t('tasks.col.status')}</Table.Th>
                  <Table.Th>{t('tasks.col.result')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((task) => (
                  <TaskRow key={taskKey(task)} task={task} href={linkFor(task)} onNavigate={centre.close} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {summary && summary.progress.waiting > 0 ? (
          <Text size="sm" c="dimmed">
            {t('tasks.sending')}: {summary.progress.waiting}
          </Text>
        ) : null}
      </Stack>
    </Drawer>
  );
}

const color = (s: TrackedTask['status']) => (s === 'ERROR' ? 'red' : s === 'FINISH' ? 'teal' : 'blue');

function TaskRow({ task, href, onNavigate }: { task: TrackedTask; href?: string; onNavigate: () => void }) {
  const { t } = useI18n();
  const running = !isSettled(task.status);
  const name = task.resource ?? task.resourceId;
  return (
    <Table.Tr data-testid="task-centre-row" data-status={task.status} data-task-id={task.taskId} data-source={task.source ?? 'session'} data-resource={name}>
      <Table.Td>
        <Text size="sm" fw={500}>
          {task.label}
        </Text>
        {task.source === 'audit' ? (
          <Text size="xs" c="dimmed">
            {t('tasks.elsewhere')}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        {name && href ? (
          <Anchor component={Link} to={href} size="sm" onClick={onNavigate}>
            {name}
          </Anchor>
        ) : (
          <Text size="sm">{name ?? '—'}</Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{task.user ?? t('tasks.you')}</Text>
      </Table.Td>
      <Table.Td>
        <RelativeTime value={task.startedAt} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Badge variant="light" color={color(task.status)} style={{ minWidth: 'max-content' }} leftSection={running ? <Loader size={10} color="blue" aria-hidden /> : undefined}>
          {task.error ? t('tasks.refused') : t(`task.${task.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td maw={280}>
        {task.error ? (
          <ErrorDetails error={task.error} />
        ) : task.status === 'ERROR' ? (
          <Text size="sm" c="red">
            {task.message ?? t('task.ERROR')}
          </Text>
        ) : task.status === 'FINISH' ? (
          <Text size="sm">{t('tasks.doneAtOnce')}</Text>
        ) : task.pollError ? (
          <Text size="xs" c="dimmed">
            {t('task.pollFailed')}
          </Text>
        ) : null}
        {task.requestId && !task.error ? (
          <Text size="xs" c="dimmed">
            {t('error.requestId')}: <Code>{task.requestId}</Code>
          </Text>
        ) : null}
      </Table.Td>
    </Table.Tr>
  );
}
