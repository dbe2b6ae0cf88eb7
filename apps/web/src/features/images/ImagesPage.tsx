import { CDS_REGIONS, cdsCcsTemplates } from '@console/api-types/client';
import { Button, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconCopy, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useCallback, useMemo, useState } from 'react';
import { regionName } from '../../context/regions';
import { useUrlState } from '../../context/useUrlState';
import { translateOr, useI18n } from '../../i18n/i18n';
import type { ResourceAction } from '../../kit/actions';
import { ActionButton } from '../../kit/ActionButton';
import { ActionMenu } from '../../kit/ActionMenu';
import { Copyable } from '../../kit/Copyable';
import { DebouncedInput } from '../../kit/DebouncedInput';
import { PAGE_SIZES, sortAndPageLocally } from '../../kit/paging';
import { RelativeTime } from '../../kit/RelativeTime';
import { ResourceTable, type Column } from '../../kit/ResourceTable';
import { listTableProps } from '../../kit/table/list-props';
import { withRememberedSize } from '../../kit/table/prefs';
import { Tag } from '../../kit/Tag';
import { useActionRunner } from '../../kit/useActionRunner';
import { CreateImageDialog, SyncImageDialog } from './ImageDialogs';
import { DeleteImageDialog } from './DeleteImageDialog';
import { deleteTemplateBlocked, parseImagesState, serializeImagesState, syncBlocked } from './images-state';
import { useTemplates, type TemplateRow } from './useTemplates';
import { PageHeader } from '../../kit/PageHeader';
import { useClampPage } from '../../kit/useClampPage';

const TABLE_ID = 'images';
const parseState = withRememberedSize(TABLE_ID, parseImagesState, PAGE_SIZES);

/** /images: the templates of the account, searched on the server, sorted and paged here, with create, copy and delete. */
export function ImagesPage() {
  const { t, lang } = useI18n();
  const [state, setState] = useUrlState(parseState, serializeImagesState);
  const { query, items } = useTemplates(state);
  const toPage = useCallback((page: number) => setState({ ...state, page }, true), [state, setState]);
  const runner = useActionRunner<TemplateRow>();
  const [creating, setCreating] = useState(false);
  const [target, setTarget] = useState<{ kind: 'sync' | 'delete'; tpl: TemplateRow } | undefined>();
  const [targetOpen, setTargetOpen] = useState(false);

  const actions = useMemo<ResourceAction<TemplateRow>[]>(() => {
    const open = (kind: 'sync' | 'delete') => async ([tpl]: TemplateRow[]) => {
      if (!tpl) return;
      setTarget({ kind, tpl });
      setTargetOpen(true);
    };
    return [
      {
        id: 'sync',
        label: t('images.action.sync'),
        icon: <IconCopy size={16} />,
        catalog: cdsCcsTemplates.SyncTemplate,
        disabledReason: ([tpl]) => {
          const key = tpl ? syncBlocked(tpl) : undefined;
          return key ? t(key) : undefined;
        },
        run: open('sync'),
      },
      {
        id: 'delete',
        label: t('images.action.delete'),
        icon: <IconTrash size={16} />,
        catalog: cdsCcsTemplates.DeleteTemplate,
        danger: true,
        disabledReason: ([tpl]) => {
          const key = tpl ? deleteTemplateBlocked(tpl.visibility) : undefined;
          return key ? t(key) : undefined;
        },
        run: open('delete'),
      },
    ];
  }, [t]);

  const columns: Column<TemplateRow>[] = [
    {
      key: 'name',
      header: t('images.col.name'),
      sortable: true,
      sortValue: (tpl) => tpl.name || tpl.id,
      render: (tpl) => (
        <Stack gap={2}>
          <Text size="sm" fw={600}>
            {tpl.name || '—'}
          </Text>
          <Copyable value={tpl.id} dimmed label={t('images.idOf', { name: tpl.name || tpl.id })} />
        </Stack>
      ),
    },
    {
      key: 'kind',
      header: t('images.col.kind'),
      nowrap: true,
      sortable: true,
      sortValue: (tpl) => tpl.visibility,
      render: (tpl) => (
        <Tag color={{ public: 'indigo', private: 'grape', unknown: 'gray' }[tpl.visibility]} data-testid="image-visibility">
          {t(({ public: 'images.public', private: 'images.private', unknown: 'images.visibilityUnknown' } as const)[tpl.visibility])}
        </Tag>
      ),
    },
    { key: 'os', header: t('images.col.os'), visibleFrom: 'md', sortable: true, sortValue: (tpl) => tpl.osType, render: (tpl) => <Text size="sm">{tpl.osType || '—'}</Text> },
    {
      key: 'status',
      header: t('images.col.status'),
      nowrap: true,
      sortable: true,
      render: (tpl) => (
        <Tag color={/ing$/i.test(tpl.status) ? 'blue' : /error|fail/i.test(tpl.status) ? 'red' : 'teal'} data-testid="image-status" data-status={tpl.status}>
          {translateOr(t, `images.status.${tpl.status.toLowerCase()}`, tpl.status || '—')}
        </Tag>
      ),
    },
    {
      key: 'regions',
      header: t('images.col.regions'),
      sortable: true,
      sortValue: (tpl) => tpl.regions.length,
      render: (tpl) => (
        <Group gap={4} data-testid="image-regions">
          {tpl.regions.length === 0 ? <Text size="sm" c="dimmed">—</Text> : null}
          {tpl.regions.length === CDS_REGIONS.length && tpl.regions.every((r) => r.status === 'normal') ? (
            <Tag color="gray">{t('images.allRegions')}</Tag>
          ) : (
            tpl.regions.map((r) => (
              <Tag key={r.regionId} color={r.status === 'normal' ? 'gray' : 'blue'} data-region={r.regionId} data-status={r.status}>
                {regionName(r.regionId, lang)}
                {r.status === 'normal' ? '' : ` · ${translateOr(t, `images.status.${r.status}`, r.status)}`}
              </Tag>
            ))
          )}
        </Group>
      ),
    },
    { key: 'created', header: t('images.col.created'), nowrap: true, visibleFrom: 'sm', sortable: true, sortValue: (tpl) => tpl.createdAt, render: (tpl) => <RelativeTime value={tpl.createdAt} /> },
    {
      key: 'actions',
      header: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>,
      width: 56,
      stickyRight: true,
      render: (tpl) => <ActionMenu item={tpl} name={tpl.name || tpl.id} actions={actions} runner={runner} />,
    },
  ];

  const page = sortAndPageLocally(items ?? [], state.sort, columns, state.page, state.size);
  useClampPage(state.page, page.pageCount, !!query.data && !query.isFetching, toPage);

  const onSearch = useCallback((q: string | undefined) => setState({ ...state, q, page: 1 }, true), [state, setState]);
  const createButton = (
    <ActionButton catalog={cdsCcsTemplates.CreateTemplate} onClick={() => setCreating(true)} leftSection={<IconPlus size={16} />} data-testid="create-image">
      {t('images.create')}
    </ActionButton>
  );

  return (
    <Stack gap="md">
      <PageHeader title={t('images.title')} subtitle={t('images.subtitle')} action={createButton} />
      <ResourceTable<TemplateRow>
        label={t('images.title')}
        columns={columns}
        rows={items ? page.items : undefined}
        rowKey={(tpl) => tpl.id}
        rowName={(tpl) => tpl.name || tpl.id}
        rowAttributes={(tpl) => ({ 'data-testid': 'image-row', 'data-image-name': tpl.name, 'data-image-id': tpl.id, 'data-status': tpl.status })}
        loading={query.isLoading}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={
          state.q
            ? {
                title: t('images.empty.filteredTitle'),
                description: t('images.empty.filteredText'),
                action: (
                  <Button variant="light" onClick={() => setState({ ...state, q: undefined, page: 1 })}>
                    {t('images.empty.clear')}
                  </Button>
                ),
              }
            : { title: t('images.empty.title'), description: t('images.empty.text'), action: createButton }
        }
        {...listTableProps(TABLE_ID, state, setState, page)}
        updatedAt={query.dataUpdatedAt}
        onRefresh={() => void query.refetch()}
        refreshing={query.isFetching && !query.isLoading}
        toolbar={
          <Group>
            <DebouncedInput
              label={t('images.search')}
              placeholder={t('images.searchPlaceholder')}
              leftSection={<IconSearch size={16} />}
              value={state.q}
              onCommit={onSearch}
              maxLength={64}
              w={280}
              data-testid="images-search"
            />
          </Group>
        }
      />
      <CreateImageDialog opened={creating} onClose={() => setCreating(false)} />
      <SyncImageDialog tpl={target?.kind === 'sync' ? target.tpl : undefined} opened={targetOpen && target?.kind === 'sync'} onClose={() => setTargetOpen(false)} />
      <DeleteImageDialog tpl={target?.kind === 'delete' ? target.tpl : undefined} opened={targetOpen && target?.kind === 'delete'} onClose={() => setTargetOpen(false)} />
      {runner.dialog}
    </Stack>
  );
}
