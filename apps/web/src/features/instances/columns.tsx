import type { Instance } from '@console/api-types/client';
import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { regionName } from '../../context/regions';
import type { Language, Translate } from '../../i18n/i18n';
import type { Column } from '../../kit/ResourceTable';
import { Copyable } from '../../kit/Copyable';
import { RelativeTime } from '../../kit/RelativeTime';
import { StatusBadge } from '../../kit/StatusBadge';

const ips = (list: string[]) =>
  list.length ? (
    <Stack gap={0}>
      {list.map((ip) => (
        <Text key={ip} size="sm" ff="monospace">
          {ip}
        </Text>
      ))}
    </Stack>
  ) : (
    <Text size="sm" c="dimmed">
      —
    </Text>
  );

/** The instances table's columns (the row menu is added by the page, which owns the runner); the sortable ones are sorted by the server (INSTANCE_SORT_KEYS). */
export function instanceColumns(t: Translate, lang: Language, opts: { withRegion: boolean; href?: (i: Instance) => string }): Column<Instance>[] {
  // With one region picked, the region would repeat on every row, so it is left out.
  const columns: Column<Instance>[] = [
    {
      key: 'name',
      sortable: true,
      header: t('instances.col.name'),
      render: (i) => (
        <Stack gap={2}>
          {opts.href ? (
            <Anchor component={Link} to={opts.href(i)} size="sm" fw={600} data-testid="instance-name">
              {i.name || i.id}
            </Anchor>
          ) : (
            <Text size="sm" fw={600} data-testid="instance-name">
              {i.name || '—'}
            </Text>
          )}
          <Copyable value={i.id} dimmed label={t('instances.idOf', { name: i.name || i.id })} />
        </Stack>
      ),
    },
    { key: 'status', sortable: true, header: t('instances.col.status'), nowrap: true, render: (i) => <StatusBadge status={i.status} /> },
    {
      // Region under the VDC: one column less, and a VDC lives in exactly one region.
      key: 'vdc',
      sortable: true,
      header: opts.withRegion ? t('instances.col.vdcRegion') : t('instances.col.vdc'),
      visibleFrom: 'md',
      render: (i) => (
        <Stack gap={0}>
          <Text size="sm">{i.vdcName || i.vdcId || '—'}</Text>
          {opts.withRegion ? (
            <Text size="xs" c="dimmed" data-testid="instance-region">
              {regionName(i.regionId, lang)}
            </Text>
          ) : null}
        </Stack>
      ),
    },
    {
      key: 'spec',
      sortable: true,
      nowrap: true,
      header: t('instances.col.spec'),
      render: (i) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {i.cpu !== undefined && i.ram !== undefined ? t('instances.spec', { cpu: i.cpu, ram: i.ram }) : '—'}
        </Text>
      ),
    },
    { key: 'publicIp', sortable: true, header: t('instances.col.publicIp'), render: (i) => ips(i.publicIps) },
    { key: 'privateIp', sortable: true, header: t('instances.col.privateIp'), visibleFrom: 'lg', render: (i) => ips(i.privateIps) },
    {
      key: 'charge',
      sortable: true,
      nowrap: true,
      header: t('instances.col.charge'),
      visibleFrom: 'xl',
      render: (i) => (
        <Text size="sm">
          {i.chargeType === 'PrePaid' ? t('charge.PrePaid') : i.chargeType === 'PostPaid' ? t('charge.PostPaid') : i.chargeType}
        </Text>
      ),
    },
    {
      key: 'created',
      sortable: true,
      nowrap: true,
      header: t('instances.col.created'),
      visibleFrom: 'sm',
      render: (i) => <RelativeTime value={i.createdAt} />,
    },
  ];
  return columns;
}
