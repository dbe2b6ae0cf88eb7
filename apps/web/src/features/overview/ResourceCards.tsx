import { Stack, Text } from '@mantine/core';
import { translateOr, useI18n } from '../../i18n/i18n';
import { dbsByStatus, instancesByStatus, memcachedByStatus, publicIps } from './counts';
import { CountLink, OverviewCard } from './OverviewCard';
import { useAllInstances, useAllTemplates, useAllVdcs, useMemcached, useMysql, useRedis, useSecurityGroups } from './queries';

/** The resource families the console lists, one card each, every count linking to its (filtered) list. */

const retry = (q: { refetch: () => unknown }) => () => void q.refetch();

export function InstancesCard() {
  const { t } = useI18n();
  const q = useAllInstances();
  const items = q.data?.items ?? [];
  return (
    <OverviewCard title={t('overview.instances')} to="/instances" loading={q.isPending} error={q.error} onRetry={retry(q)} testId="overview-instances">
      <Stack gap={6}>
        <Text size="sm" c="dimmed">
          {t('overview.total', { count: items.length })}
        </Text>
        {instancesByStatus(items).map(({ key, count }) => (
          <CountLink key={key} label={translateOr(t, `status.${key}`, key)} count={count} to={`/instances?status=${encodeURIComponent(key)}`} testId={`overview-instances-${key}`} />
        ))}
      </Stack>
    </OverviewCard>
  );
}

export function NetworkCards() {
  const { t } = useI18n();
  const q = useAllVdcs();
  const vdcs = q.data?.items ?? [];
  const ips = publicIps(vdcs);
  return (
    <>
      <OverviewCard title={t('overview.vdcs')} to="/vdcs" loading={q.isPending} error={q.error} onRetry={retry(q)} testId="overview-vdcs">
        <CountLink label={t('overview.vdcs.count', { count: vdcs.length })} count={vdcs.length} to="/vdcs" />
      </OverviewCard>
      <OverviewCard title={t('overview.publicIps')} to="/vdcs" loading={q.isPending} error={q.error} onRetry={retry(q)} testId="overview-public-ips">
        <Stack gap={6}>
          <CountLink label={t('overview.publicIps.used', { used: ips.used, usable: ips.usable })} count={ips.used} to="/vdcs" />
          <Text size="sm" c="dimmed">
            {t('overview.publicIps.networks', { count: ips.networks })}
          </Text>
        </Stack>
      </OverviewCard>
    </>
  );
}

export function SecurityGroupsCard() {
  const { t } = useI18n();
  const q = useSecurityGroups();
  const count = q.data?.totalCount ?? 0;
  return (
    <OverviewCard title={t('overview.securityGroups')} to="/security-groups" loading={q.isPending} error={q.error} onRetry={retry(q)} testId="overview-security-groups">
      <CountLink label={t('overview.securityGroups.count', { count })} count={count} to="/security-groups" />
    </OverviewCard>
  );
}

export function ImagesCard() {
  const { t } = useI18n();
  const q = useAllTemplates();
  const count = q.data?.items.length ?? 0;
  return (
    <OverviewCard title={t('overview.images')} to="/images" loading={q.isPending} error={q.error} onRetry={retry(q)} testId="overview-images">
      <CountLink label={t('overview.images.count', { count })} count={count} to="/images" />
    </OverviewCard>
  );
}

function EngineCard({ engine, to, query, counts }: {
  engine: 'mysql' | 'redis' | 'memcached';
  to: string;
  query: { isPending: boolean; error: unknown; refetch: () => unknown };
  counts: { key: string; count: number }[];
}) {
  const { t } = useI18n();
  const total = counts.reduce((s, c) => s + c.count, 0);
  return (
    <OverviewCard title={t(`overview.db.${engine}`)} to={to} loading={query.isPending} error={query.error} onRetry={retry(query)} testId={`overview-${engine}`}>
      <Stack gap={6}>
        <Text size="sm" c="dimmed">
          {total === 0 ? t('overview.db.none') : t('overview.total', { count: total })}
        </Text>
        {counts.map(({ key, count }) => (
          <CountLink key={key} label={translateOr(t, `status.${key}`, key)} count={count} to={to} />
        ))}
      </Stack>
    </OverviewCard>
  );
}

export function DatabaseCards() {
  const mysql = useMysql();
  const redis = useRedis();
  const memcached = useMemcached();
  return (
    <>
      <EngineCard engine="mysql" to="/databases/mysql" query={mysql} counts={dbsByStatus(mysql.data ?? [])} />
      <EngineCard engine="redis" to="/databases/redis" query={redis} counts={dbsByStatus(redis.data ?? [])} />
      <EngineCard engine="memcached" to="/databases/memcached" query={memcached} counts={memcachedByStatus(memcached.data?.items ?? [])} />
    </>
  );
}
