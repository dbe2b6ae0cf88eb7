import { Button, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { accountsQuery } from '../../api/accounts';
import { useRole } from '../../auth/permission';
import { isAdmin } from '../../auth/roles';
import { useUrlState } from '../../context/useUrlState';
import { translateOr, useI18n } from '../../i18n/i18n';
import { showErrorNotification } from '../../kit/ErrorNotice';
import { RelativeTime } from '../../kit/RelativeTime';
import { ResourceTable, type Column } from '../../kit/ResourceTable';
import { regionName } from '../../context/regions';
import { auditQuery, exportAuditCsv, type AuditEntry } from './api';
import { AuditDetails } from './AuditDetails';
import { AuditFilters } from './AuditFilters';
import {
  actionLabelKey,
  AUDIT_PAGE_SIZES,
  auditFiltered,
  auditRefreshMs,
  parseAuditState,
  rangeInverted,
  serializeAuditState,
  withAuditFilter,
  type AuditPageSize,
} from './audit-state';
import { OutcomeBadge } from './OutcomeBadge';
import { ResourceCell } from './ResourceCell';
import { PageHeader } from '../../kit/PageHeader';

/**
 * /audit: who did what to which resource, when, with which outcome: one row per request, its
 * outcome filled in as it arrives. Filters and page in the URL; admins export CSV.
 */
export function AuditPage() {
  const { t, lang } = useI18n();
  const role = useRole();
  const [state, setState] = useUrlState(parseAuditState, serializeAuditState);
  const inverted = rangeInverted(state);
  const list = useQuery({
    ...auditQuery(state),
    placeholderData: keepPreviousData,
    enabled: !inverted,
    refetchInterval: (q) => auditRefreshMs(q.state.data?.items.map((e) => e.outcome)),
    refetchIntervalInBackground: false,
  });
  const accounts = useQuery(accountsQuery).data;
  const accountName = (id: string | null | undefined) => (id ? (accounts?.find((a) => a.id === id)?.name ?? id) : '—');
  const exportCsv = useMutation({
    mutationFn: () => exportAuditCsv(state),
    onError: (err) => showErrorNotification(err, t('audit.exportFailed')),
  });

  const columns: Column<AuditEntry>[] = [
    { key: 'time', header: t('audit.col.time'), nowrap: true, render: (e) => <RelativeTime value={e.time} /> },
    { key: 'user', header: t('audit.col.user'), render: (e) => <Text size="sm">{e.user || '—'}</Text> },
    {
      key: 'action',
      header: t('audit.col.action'),
      render: (e) => {
        const label = translateOr(t, actionLabelKey(e), '');
        return (
          <Stack gap={0}>
            <Text size="sm" fw={600} data-testid="audit-action-label">
              {label || e.action}
            </Text>
            <Text size="xs" c="dimmed">
              {label ? (
                <Text span ff="monospace" inherit data-testid="audit-action-name">
                  {e.action}
                </Text>
              ) : null}
              {label ? ' · ' : ''}
              {e.provider}/{e.product}
            </Text>
          </Stack>
        );
      },
    },
    {
      key: 'resource',
      header: t('audit.col.resource'),
      render: (e) => (
        <ResourceCell resource={e.resource} account={e.account} onFilter={(resource) => setState(withAuditFilter(state, { resource }))} />
      ),
    },
    {
      key: 'where',
      header: t('audit.col.where'),
      visibleFrom: 'md',
      render: (e) => (
        <Stack gap={0}>
          <Text size="sm">{accountName(e.account)}</Text>
          {e.region ? (
            <Text size="xs" c="dimmed">
              {regionName(e.region, lang)}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    {
      key: 'outcome',
      header: t('audit.col.outcome'),
      nowrap: true,
      render: (e) => (
        <Stack gap={2} align="flex-start">
          <OutcomeBadge outcome={e.outcome} />
          {e.code ? (
            <Text size="xs" c="dimmed" ff="monospace">
              {e.code}
            </Text>
          ) : null}
        </Stack>
      ),
    },
  ];

  const data = list.data;
  return (
    <Stack gap="md">
      <PageHeader
        title={t('audit.title')}
        subtitle={t('audit.subtitle')}
        action={
          isAdmin(role ?? undefined) ? (
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              loading={exportCsv.isPending}
              disabled={inverted}
              onClick={() => exportCsv.mutate()}
              data-testid="export-csv"
            >
              {t('audit.export')}
            </Button>
          ) : null
        }
      />
      <ResourceTable<AuditEntry>
        label={t('audit.title')}
        columns={columns}
        rows={inverted ? [] : data?.items}
        rowKey={(e) => e.id}
        rowName={(e) => `${e.action} ${e.user}`}
        rowAttributes={(e) => ({ 'data-testid': 'audit-row', 'data-action': e.action, 'data-outcome': e.outcome, 'data-user': e.user, 'data-request-id': e.requestId })}
        loading={list.isLoading}
        error={list.error}
        onRetry={() => void list.refetch()}
        empty={
          auditFiltered(state)
            ? { title: t('audit.empty.filteredTitle'), description: t('audit.empty.filteredText') }
            : { title: t('audit.empty.title') }
        }
        paging={{
          page: data?.page ?? state.page,
          pageSize: state.size,
          pageCount: data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1,
          totalCount: data?.total,
          pageSizes: AUDIT_PAGE_SIZES,
          onPageChange: (page) => setState({ ...state, page }),
          onPageSizeChange: (size) => setState({ ...state, size: size as AuditPageSize, page: 1 }),
        }}
        updatedAt={list.dataUpdatedAt}
        onRefresh={() => void list.refetch()}
        refreshing={list.isFetching && !list.isLoading}
        expand={(e) => <AuditDetails entry={e} />}
        toolbar={<AuditFilters state={state} onChange={setState} />}
      />
    </Stack>
  );
}
