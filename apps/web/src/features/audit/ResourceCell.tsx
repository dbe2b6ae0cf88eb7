import { ActionIcon, Anchor, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../i18n/i18n';
import { resourceHref, type RowResource } from './resource-links';

/**
 * The resource an audit row touched: its name (or id) linked to its page while it exists, the id
 * beneath, and a button that filters the log to it.
 */
export function ResourceCell({ resource, account, onFilter }: { resource?: RowResource; account?: string | null; onFilter: (idOrName: string) => void }) {
  const t = useT();
  if (!resource || (!resource.ids.length && !resource.name)) return <Text size="sm">—</Text>;
  const single = resource.ids.length <= 1;
  const id = resource.ids[0];
  const title = resource.name ?? (single ? id! : t('audit.resource.count', { count: resource.ids.length }));
  const href = resourceHref(resource, account);
  const key = id ?? resource.name!;
  return (
    <Group gap={4} wrap="nowrap" align="flex-start" data-testid="audit-resource" data-resource-id={resource.ids.join(' ')} data-resource-name={resource.name ?? ''}>
      <Stack gap={0} style={{ minWidth: 0 }}>
        {href ? (
          <Anchor component={Link} to={href} size="sm" fw={500} data-testid="audit-resource-link">
            {title}
          </Anchor>
        ) : (
          <Text size="sm" fw={500} td={resource.gone ? 'line-through' : undefined} title={resource.gone ? t('audit.resource.gone') : undefined}>
            {title}
          </Text>
        )}
        {resource.name || !single ? (
          <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-all' }}>
            {resource.ids.join(', ')}
          </Text>
        ) : null}
      </Stack>
      <Tooltip label={t('audit.resource.onlyThis', { name: title })}>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={t('audit.resource.onlyThis', { name: title })}
          onClick={() => onFilter(key)}
          data-testid="audit-resource-filter"
        >
          <IconFilter size={14} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
