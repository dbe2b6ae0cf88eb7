import '@mantine/core/styles/Breadcrumbs.layer.css';
import '@mantine/core/styles/Tabs.layer.css';
import { cdsMysql, type DbInstance } from '@console/api-types/client';
import { Anchor, Breadcrumbs, Button, Group, Loader, Stack, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useActionMutation } from '../../../api/mutation';
import { sharedSearch } from '../../../context/account';
import { useT } from '../../../i18n/i18n';
import type { ResourceAction } from '../../../kit/actions';
import { ErrorNotice } from '../../../kit/ErrorNotice';
import { StatusBadge } from '../../../kit/StatusBadge';
import { useActionRunner } from '../../../kit/useActionRunner';
import { useRunReason } from '../../../auth/permission';
import { isTransitional } from '../shared/list-state';
import { useDbList } from '../shared/useDbList';
import { AccountSection } from './AccountSection';
import { BackupsSection } from './BackupsSection';
import { OverviewSection } from './OverviewSection';
import { Performance } from './Performance';
import { ReplicasSection } from './ReplicasSection';
import { SpecDialog } from './SpecDialog';

/** /databases/mysql/:id: overview, account, read-only instances, backups, performance. */
export function MysqlDetailPage() {
  const t = useT();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const query = useDbList('mysql');
  const db = query.data?.find((d) => d.id === id);
  const back = `/databases/mysql${sharedSearch(params)}`;
  const tab = params.get('tab') ?? 'overview';
  const [specOpen, setSpecOpen] = useState(false);
  const runReason = useRunReason();
  const remove = useActionMutation(cdsMysql.DeleteDBInstance, { describe: () => ({ label: t('db.action.delete'), resource: db?.name }) });
  const runner = useActionRunner<DbInstance>((action) => action.id === 'delete' && void navigate(back));

  if (query.isLoading) return <Loader aria-label={t('common.loading')} />;
  if (query.error) return <ErrorNotice error={query.error} title={t('db.loadFailed')} onRetry={() => void query.refetch()} />;
  if (!db) {
    return (
      <Stack>
        <ErrorNotice error={{ code: 'NotFound', message: t('db.notFound', { id }) }} title={t('db.notFoundTitle')} />
        <Anchor component={Link} to={back}>
          {t('mysql.backToList')}
        </Anchor>
      </Stack>
    );
  }
  const busy = isTransitional(db.status);
  const replicas = db.readOnlyInstances.length;
  const deleteAction: ResourceAction<DbInstance> = {
    id: 'delete',
    label: t('db.action.delete'),
    danger: true,
    catalog: cdsMysql.DeleteDBInstance,
    disabledReason: () => (busy ? t('db.why.busy') : replicas > 0 ? t('mysql.why.hasReplicas', { n: replicas }) : undefined),
    confirm: () => ({ title: t('db.delete.title', { name: db.name }), message: t('mysql.delete.message'), names: [db.name], confirmLabel: t('db.action.delete'), typeToConfirm: db.name, danger: true }),
    run: () => remove.mutateAsync({ InstanceUuid: db.id }),
  };
  const deleteWhy = runReason(cdsMysql.DeleteDBInstance) ?? deleteAction.disabledReason?.([db]);
  const specWhy = runReason(cdsMysql.ModifyDBInstanceSpec) ?? (db.status.toLowerCase() !== 'running' ? t('db.why.notRunning') : undefined);

  return (
    <Stack gap="md">
      <Breadcrumbs>
        <Anchor component={Link} to={back}>
          {t('mysql.title')}
        </Anchor>
        <span>{db.name}</span>
      </Breadcrumbs>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={2} data-testid="db-title">
            {db.name}
          </Title>
          <StatusBadge status={db.status} busy={busy} />
        </Group>
        <Group gap="sm">
          <Button variant="default" onClick={() => setSpecOpen(true)} disabled={!!specWhy} title={specWhy} data-testid="mysql-change-spec">
            {t('mysql.action.changeSpec')}
          </Button>
          <Button color="red" variant="light" onClick={() => runner.request(deleteAction, [db])} disabled={!!deleteWhy} title={deleteWhy} data-testid="db-delete">
            {t('db.action.delete')}
          </Button>
        </Group>
      </Group>
      <Tabs value={tab} onChange={(v) => setParams((p) => (v === 'overview' ? p.delete('tab') : p.set('tab', v ?? 'overview'), p), { replace: true })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">{t('mysql.tab.overview')}</Tabs.Tab>
          <Tabs.Tab value="backups" data-testid="tab-backups">{t('mysql.tab.backups')}</Tabs.Tab>
          <Tabs.Tab value="performance" data-testid="tab-performance">{t('mysql.tab.performance')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <Stack gap="md">
            <OverviewSection db={db} />
            {db.masterId ? null : <AccountSection db={db} />}
            {db.masterId ? null : <ReplicasSection db={db} />}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="backups" pt="md">
          <BackupsSection db={db} />
        </Tabs.Panel>
        <Tabs.Panel value="performance" pt="md">
          <Performance db={db} />
        </Tabs.Panel>
      </Tabs>
      <SpecDialog db={db} opened={specOpen} onClose={() => setSpecOpen(false)} />
      {runner.dialog}
    </Stack>
  );
}
