import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCalendarDue, IconInfoCircle } from '@tabler/icons-react';
import { useSyncExternalStore } from 'react';
import { useRole } from '../../auth/permission';
import { isAdmin } from '../../auth/roles';
import { useI18n } from '../../i18n/i18n';
import { RelativeTime } from '../../kit/RelativeTime';
import { useTaskTracker } from '../../tasks/TaskProvider';
import { isListed, isSettled, taskKey } from '../../tasks/tracker';
import { beijingToday, billTotal, compare, formatMoney, formatShare, Money, presetRange, sameDaysLastMonth, useChangeColor, useRangeBill } from '../cost/public';
import { daysLeftInMonth, RENEWAL_WARNING_DAYS } from './counts';
import { CountLink, OverviewCard } from './OverviewCard';
import { useAllInstances, useLatestAudit, useMysql, useRedis } from './queries';

/** Spend this month so far against last month up to the same day. */
export function SpendCard() {
  const { t, lang } = useI18n();
  const changeColor = useChangeColor();
  const today = beijingToday();
  const thisMonth = presetRange('thisMonth', today);
  const lastMonth = sameDaysLastMonth(today);
  const now = useRangeBill(thisMonth, today);
  const before = useRangeBill(lastMonth, today);
  const current = now.data ? billTotal(now.data) : undefined;
  const previous = before.data ? billTotal(before.data) : undefined;
  const change = current !== undefined && previous !== undefined ? compare(current, previous) : undefined;
  return (
    <OverviewCard
      title={t('overview.spend')}
      to="/cost?range=thisMonth"
      loading={now.isPending || before.isPending}
      error={now.error ?? before.error}
      onRetry={() => {
        void now.refetch();
        void before.refetch();
      }}
      testId="overview-spend"
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">{t('overview.spend.thisMonth', { ...thisMonth })}</Text>
          <Money value={current ?? 0} size="lg" fw={700} />
        </Group>
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm" c="dimmed">
            {t('overview.spend.lastMonth', { ...lastMonth })}
          </Text>
          <Money value={previous ?? 0} size="sm" />
        </Group>
        {change && change.ratio !== undefined ? (
          <Text size="xs" c={changeColor(change.change)} ta="right">
            {change.change >= 0 ? '+' : '−'}
            {formatMoney(Math.abs(change.change), lang)} ({formatShare(Math.abs(change.ratio), lang)})
          </Text>
        ) : null}
      </Stack>
    </OverviewCard>
  );
}

/** Tasks the console is following right now (started from any page of this browser). */
export function TasksCard() {
  const { t } = useI18n();
  const tracker = useTaskTracker();
  const tasks = useSyncExternalStore(tracker.subscribe, tracker.getSnapshot).filter((task) => isListed(task) && !isSettled(task.status));
  return (
    <OverviewCard title={t('overview.tasks')} testId="overview-tasks">
      {tasks.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('overview.tasks.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          {tasks.map((task) => (
            <Group key={taskKey(task)} justify="space-between" wrap="nowrap">
              <Text size="sm" truncate>
                {task.label}
                {task.resource ? ` · ${task.resource}` : ''}
              </Text>
              <Badge variant="light" size="sm">
                {task.status}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
    </OverviewCard>
  );
}

/** The latest entries of the console's audit log: admins only (the log is theirs). */
export function AuditCard() {
  const { t } = useI18n();
  const admin = isAdmin(useRole() ?? undefined);
  const q = useLatestAudit(admin);
  if (!admin) return null;
  const items = q.data?.items ?? [];
  return (
    <OverviewCard title={t('overview.audit')} to="/audit" loading={q.isPending} error={q.error} onRetry={() => void q.refetch()} testId="overview-audit">
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('overview.audit.none')}
        </Text>
      ) : (
        <Stack gap={6}>
          {items.map((e) => (
            <Group key={e.id} justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" truncate>
                {e.user} · {e.action}
              </Text>
              <Group gap={6} wrap="nowrap">
                <Badge size="xs" variant="light" color={e.outcome === 'success' ? 'teal' : e.outcome === 'pending' ? 'gray' : 'red'}>
                  {e.outcome}
                </Badge>
                <RelativeTime value={e.time} size="xs" />
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </OverviewCard>
  );
}

/** What needs a look: instances and databases in error, monthly instances near the month's end, the balance. */
export function AttentionCard() {
  const { t } = useI18n();
  const instances = useAllInstances();
  const mysql = useMysql();
  const redis = useRedis();
  const items = instances.data?.items ?? [];
  const errors = items.filter((i) => i.status === 'error').length;
  const prepaid = items.filter((i) => i.chargeType === 'PrePaid').length;
  const daysLeft = daysLeftInMonth(beijingToday());
  const dbErrors = [...(mysql.data ?? []), ...(redis.data ?? [])].filter((d) => d.status.toLowerCase() === 'error').length;
  const lines = [
    errors > 0 ? <CountLink key="err" label={t('overview.attention.errorInstances', { count: errors })} count={errors} to="/instances?status=error" testId="overview-attention-errors" /> : null,
    prepaid > 0 && daysLeft <= RENEWAL_WARNING_DAYS ? (
      <Group key="prepaid" gap={6} wrap="nowrap">
        <IconCalendarDue size={16} aria-hidden />
        <CountLink label={t('overview.attention.prepaid', { count: prepaid, days: daysLeft })} count={prepaid} to="/instances" />
      </Group>
    ) : null,
    dbErrors > 0 ? <CountLink key="db" label={t('overview.attention.errorDbs', { count: dbErrors })} count={dbErrors} to="/databases" /> : null,
  ].filter(Boolean);
  return (
    <OverviewCard title={t('overview.attention')} loading={instances.isPending} error={instances.error} onRetry={() => void instances.refetch()} testId="overview-attention">
      <Stack gap={6}>
        {lines.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('overview.attention.none')}
          </Text>
        ) : (
          <List spacing={4} icon={<IconAlertTriangle size={16} color="var(--mantine-color-orange-6)" aria-hidden />} size="sm">
            {lines.map((l, i) => (
              <List.Item key={i}>{l}</List.Item>
            ))}
          </List>
        )}
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconInfoCircle size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
          <Text size="xs" c="dimmed">
            {t('overview.attention.balance')}
          </Text>
        </Group>
      </Stack>
    </OverviewCard>
  );
}
