import { Alert, Anchor, Button, Group, Loader, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconSearch } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { asApiError } from '../../api/client';
import { useUrlState } from '../../context/useUrlState';
import { useI18n } from '../../i18n/i18n';
import { Copyable } from '../../kit/Copyable';
import { DebouncedInput } from '../../kit/DebouncedInput';
import { PageHeader } from '../../kit/PageHeader';
import { pageLocally, PAGE_SIZES, type PageSize } from '../../kit/paging';
import { ResourceTable, type Column } from '../../kit/ResourceTable';
import { StatusBadge } from '../../kit/StatusBadge';
import { Tag } from '../../kit/Tag';
import { byPlace, matchesSearch, type InventoryRow } from './inventory';
import { useInventory, type AccountListing } from './useInventory';

interface State {
  q?: string;
  page: number;
  size: PageSize;
}
const parse = (p: URLSearchParams): State => {
  const page = Number(p.get('page'));
  const size = Number(p.get('size'));
  return {
    q: p.get('q')?.trim().slice(0, 64) || undefined,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    size: (PAGE_SIZES as readonly number[]).includes(size) ? (size as PageSize) : 20,
  };
};
const serialize = (s: State) => {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.size !== 20) p.set('size', String(s.size));
  return p;
};

const memory = (mb: number | undefined) => (mb === undefined ? '—' : mb % 1024 === 0 ? `${mb / 1024} GB` : `${(mb / 1024).toFixed(1)} GB`);
const providerColor = (p: string) => (p === 'cds' ? 'blue' : 'grape');
/** Red small text with 4.5:1 contrast in both schemes. */
const ERROR_TEXT = 'light-dark(var(--mantine-color-red-8), var(--mantine-color-red-3))';

/** One card per account: how many it holds, still loading, or its own error with a retry. */
function AccountCard({ listing }: { listing: AccountListing }) {
  const { t } = useI18n();
  const { account, loading, error, rows, refetch } = listing;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="inventory-account" data-account-id={account.id} data-state={loading ? 'loading' : error ? 'error' : 'ok'}>
      <Group gap={6} wrap="nowrap" mb={4}>
        <Tag size="xs" color={providerColor(account.provider)}>
          {account.provider.toUpperCase()}
        </Tag>
        <Text size="sm" fw={600} truncate="end">
          {account.name}
        </Text>
      </Group>
      {loading ? (
        <Group gap={6}>
          <Loader size="xs" aria-hidden />
          <Text size="xs" c="dimmed">
            {t('inventory.accountLoading')}
          </Text>
        </Group>
      ) : error ? (
        <Group gap={6} wrap="nowrap" align="flex-start">
          <IconAlertTriangle size={16} color={ERROR_TEXT} aria-hidden />
          <Stack gap={2}>
            <Text size="xs" style={{ color: ERROR_TEXT }} title={asApiError(error).message}>
              {t('inventory.accountFailed', { code: asApiError(error).code })}
            </Text>
            <Anchor component="button" size="xs" onClick={refetch}>
              {t('inventory.retry')}
            </Anchor>
          </Stack>
        </Group>
      ) : (
        <Text size="xs" c="dimmed">
          {t('inventory.accountCount', { count: rows.length })}
        </Text>
      )}
    </Paper>
  );
}

/** /inventory: every instance of every cloud account the person may see, with one search. */
export function InventoryPage() {
  const { t } = useI18n();
  const [state, setState] = useUrlState(parse, serialize);
  const { accounts, listings } = useInventory();
  const all = useMemo(() => listings.flatMap((l) => l.rows).sort(byPlace), [listings]);
  const matching = useMemo(() => all.filter((r) => matchesSearch(r, state.q)), [all, state.q]);
  const page = pageLocally(matching, state.page, state.size);
  const onSearch = useCallback((q: string | undefined) => setState({ ...state, q, page: 1 }, true), [state, setState]);
  const failed = listings.some((l) => l.error);

  const columns: Column<InventoryRow>[] = [
    {
      key: 'name',
      header: t('inventory.col.name'),
      render: (r) => (
        <Stack gap={2}>
          <Anchor component={Link} to={r.href} size="sm" fw={600} data-testid="inventory-link">
            {r.name || r.id}
          </Anchor>
          <Copyable value={r.id} dimmed label={r.id} />
        </Stack>
      ),
    },
    {
      key: 'cloud',
      header: t('inventory.col.cloud'),
      render: (r) => (
        <Group gap={6} wrap="nowrap">
          <Tag size="xs" color={providerColor(r.provider)}>
            {r.provider.toUpperCase()}
          </Tag>
          <Text size="sm" truncate="end">
            {r.accountName}
          </Text>
        </Group>
      ),
    },
    { key: 'region', header: t('inventory.col.region'), visibleFrom: 'md', render: (r) => <Text size="sm">{r.region ?? '—'}</Text> },
    { key: 'status', header: t('inventory.col.status'), nowrap: true, render: (r) => <StatusBadge status={r.status} /> },
    { key: 'spec', header: t('inventory.col.spec'), visibleFrom: 'sm', nowrap: true, render: (r) => <Text size="sm">{t('inventory.spec', { cpu: r.cpu ?? '—', memory: memory(r.memoryMb) })}</Text> },
    {
      key: 'addresses',
      header: t('inventory.col.addresses'),
      render: (r) => (
        <Stack gap={0}>
          {r.addresses.length ? r.addresses.map((ip) => <Copyable key={ip} value={ip} label={ip} />) : <Text size="sm" c="dimmed">—</Text>}
        </Stack>
      ),
    },
  ];

  return (
    <Stack gap="md">
      <PageHeader title={t('inventory.title')} subtitle={t('inventory.subtitle')} />
      {accounts.data?.length === 0 ? <Alert variant="light">{t('inventory.noAccounts')}</Alert> : null}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" aria-label={t('inventory.accounts')} component="section">
        {listings.map((l) => (
          <AccountCard key={l.account.id} listing={l} />
        ))}
      </SimpleGrid>
      {failed ? (
        <Alert variant="light" color="orange" data-testid="inventory-partial">
          {t('inventory.partial')}
        </Alert>
      ) : null}
      <ResourceTable<InventoryRow>
        label={t('inventory.title')}
        columns={columns}
        rows={page.items}
        rowKey={(r) => r.key}
        rowName={(r) => r.name || r.id}
        rowAttributes={(r) => ({ 'data-testid': 'inventory-row', 'data-provider': r.provider, 'data-name': r.name, 'data-account-id': r.accountId })}
        loading={accounts.isLoading || (all.length === 0 && listings.some((l) => l.loading))}
        error={accounts.error}
        onRetry={() => void accounts.refetch()}
        empty={
          state.q
            ? {
                title: t('inventory.empty.filteredTitle'),
                description: t('inventory.empty.filteredText'),
                action: (
                  <Button variant="light" onClick={() => setState({ ...state, q: undefined, page: 1 })}>
                    {t('inventory.empty.clear')}
                  </Button>
                ),
              }
            : { title: t('inventory.empty.title'), description: t('inventory.empty.text') }
        }
        paging={{
          page: page.pageNumber,
          pageSize: state.size,
          pageCount: page.pageCount,
          totalCount: page.totalCount,
          pageSizes: PAGE_SIZES,
          onPageChange: (p) => setState({ ...state, page: p }),
          onPageSizeChange: (size) => setState({ ...state, size: size as PageSize, page: 1 }),
        }}
        toolbar={
          <DebouncedInput
            label={t('inventory.search')}
            placeholder={t('inventory.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={state.q}
            onCommit={onSearch}
            maxLength={64}
            w={320}
            data-testid="inventory-search"
          />
        }
      />
    </Stack>
  );
}
