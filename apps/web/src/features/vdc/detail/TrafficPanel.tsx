import '@mantine/charts/styles.layer.css';
import { cdsNetworkOps, type Vdc } from '@console/api-types/client';
import { LineChart } from '@mantine/charts';
import { Group, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { actionQuery } from '../../../api/query';
import { useAccountId } from '../../../context/AccountContext';
import { useI18n } from '../../../i18n/i18n';
import { ErrorNotice } from '../../../kit/ErrorNotice';
import { addReading, type Reading } from './traffic';

const EVERY_MS = 10_000;

/**
 * DescribeBandwidthTraffic of one network, read every 10 seconds while the page is open: each
 * reading (the last five minutes' average) is kept and drawn against the bandwidth, so the chart
 * grows as long as the page stays.
 */
export function TrafficPanel({ vdc }: { vdc: Vdc }) {
  const { t, lang } = useI18n();
  const account = useAccountId();
  const networks = [
    ...vdc.publicNetworks.map((p) => ({ value: p.id, label: p.name })),
    ...vdc.privateNetworks.map((p) => ({ value: p.id, label: p.name })),
  ];
  const [networkId, setNetworkId] = useState(networks[0]?.value);
  const [readings, setReadings] = useState<Reading[]>([]);
  const chosen = networks.some((n) => n.value === networkId) ? networkId : networks[0]?.value;
  const query = useQuery({
    ...actionQuery(cdsNetworkOps.DescribeBandwidthTraffic, { NetworkId: chosen ?? '' }, account),
    enabled: !!chosen,
    refetchInterval: EVERY_MS,
    refetchIntervalInBackground: false,
  });
  useEffect(() => setReadings([]), [chosen]);
  useEffect(() => {
    if (query.data) setReadings((r) => addReading(r, query.dataUpdatedAt, query.data));
  }, [query.data, query.dataUpdatedAt]);
  if (!chosen)
    return (
      <Text size="sm" c="dimmed">
        {t('vdc.noPublic')}
      </Text>
    );
  const name = networks.find((n) => n.value === chosen)?.label ?? chosen;
  const last = readings[readings.length - 1];
  const time = new Intl.DateTimeFormat(lang, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const data = readings.map((r) => ({
    time: time.format(r.at),
    [t('vdc.traffic.in')]: r.inMbps,
    [t('vdc.traffic.out')]: r.outMbps,
  }));
  return (
    <Stack gap="xs" data-testid="traffic" data-readings={readings.length}>
      <Group justify="space-between" align="flex-end">
        <Select
          label={t('vdc.traffic.network')}
          data={networks}
          value={chosen}
          onChange={(v) => v && setNetworkId(v)}
          allowDeselect={false}
          w={240}
          comboboxProps={{ withinPortal: true }}
        />
        {last ? (
          <Group gap="lg">
            <Stat label={t('vdc.traffic.in')} value={t('vdc.mbps', { n: last.inMbps })} />
            <Stat label={t('vdc.traffic.out')} value={t('vdc.mbps', { n: last.outMbps })} />
            <Stat
              label={t('vdc.traffic.max')}
              value={last.maxQos === undefined ? '—' : t('vdc.mbps', { n: last.maxQos })}
            />
          </Group>
        ) : null}
      </Group>
      {query.error ? (
        <ErrorNotice
          error={query.error}
          title={t('vdc.traffic.failed')}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {readings.length === 0 && !query.error ? (
        <Text size="sm" c="dimmed">
          {t('vdc.traffic.waiting')}
        </Text>
      ) : (
        <div role="img" aria-label={t('vdc.traffic.chart', { name })}>
          <LineChart
            h={200}
            data={data}
            dataKey="time"
            unit=" Mbps"
            withLegend
            withDots={readings.length < 3}
            curveType="monotone"
            yAxisProps={{ width: 72, domain: [0, last?.maxQos ?? 'auto'] }}
            referenceLines={
              last?.maxQos ? [{ y: last.maxQos, label: t('vdc.traffic.max'), color: 'red.6' }] : []
            }
            series={[
              { name: t('vdc.traffic.in'), color: 'teal.6' },
              { name: t('vdc.traffic.out'), color: 'indigo.6' },
            ]}
          />
        </div>
      )}
      <Text size="xs" c="dimmed">
        {t('vdc.traffic.note', { count: readings.length })}
      </Text>
    </Stack>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600}>
        {value}
      </Text>
    </div>
  );
}
