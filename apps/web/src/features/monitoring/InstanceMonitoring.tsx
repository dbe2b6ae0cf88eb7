import type { Instance } from '@console/api-types/client';
import { Alert, Group, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isQueryOfActions } from '../../api/query';
import { useT } from '../../i18n/i18n';
import { chooseDevice, diskOptions, nicOptions, SYSTEM_DISK } from './devices';
import { MetricChart } from './MetricChart';
import { METRIC_GROUPS, METRICS, type MetricGroup } from './metrics';
import { RangeControls } from './RangeControls';
import { resolveWindow } from './range';
import { useMonitorView } from './useMonitorView';

/** Presets follow the clock: the window moves on every minute. */
function useMinuteClock() {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const h = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(h);
  }, []);
  return [now, () => setNow(Date.now())] as const;
}

/**
 * Monitoring of one instance (issue #3): the eight DescribeInstanceMonitor metrics over a range
 * kept in the URL, CPU and memory, then the disks (one disk at a time) and the network (one
 * interface at a time).
 */
export function InstanceMonitoring({ instance }: { instance: Instance }) {
  const t = useT();
  const client = useQueryClient();
  const [view, setView] = useMonitorView();
  const [now, tick] = useMinuteClock();
  const range = resolveWindow(view.spec, now);
  const disks = diskOptions(instance, t);
  const nics = nicOptions(instance, t);
  const disk = chooseDevice(disks, view.disk);
  const nic = chooseDevice(nics, view.nic);

  const refresh = () => {
    tick();
    void client.invalidateQueries({ predicate: isQueryOfActions('cds', ['DescribeInstanceMonitor']) });
  };

  const picker = (group: MetricGroup) => {
    if (group === 'disk')
      return (
        <Select
          aria-label={t('monitor.disk')}
          size="xs"
          w={260}
          allowDeselect={false}
          data={disks}
          value={disk}
          onChange={(v) => setView({ disk: v === SYSTEM_DISK ? '' : (v ?? '') })}
          data-testid="monitor-disk"
        />
      );
    if (group === 'network' && nics.length > 0)
      return (
        <Select
          aria-label={t('monitor.nic')}
          size="xs"
          w={260}
          allowDeselect={false}
          data={nics}
          value={nic}
          onChange={(v) => setView({ nic: v ?? '' })}
          data-testid="monitor-nic"
        />
      );
    return null;
  };

  const deviceOf = (group: MetricGroup) =>
    group === 'disk' ? (disk && disk !== SYSTEM_DISK ? { DiskId: disk } : {}) : group === 'network' ? { InterfaceId: nic } : {};

  return (
    <Stack gap="md" data-testid="instance-monitoring">
      {/* Keyed by the range in the URL, so going back or forward resets the custom inputs with it. */}
      <RangeControls
        key={view.spec.kind === 'custom' ? `custom-${view.spec.from}-${view.spec.to}` : view.spec.preset}
        view={view}
        setView={setView}
        current={range}
        onRefresh={refresh}
      />
      {instance.status === 'stop' ? <Alert color="gray">{t('monitor.stopped')}</Alert> : null}
      {instance.status === 'creating' ? <Alert color="blue">{t('monitor.creating')}</Alert> : null}
      {METRIC_GROUPS.map((group) => (
        <Stack key={group} gap="xs">
          <Group justify="space-between" wrap="wrap">
            <Title order={4}>{t(`monitor.group.${group}`)}</Title>
            {picker(group)}
          </Group>
          {group === 'network' && nics.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('monitor.nic.none')}
            </Text>
          ) : (
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="sm">
              {METRICS.filter((m) => m.group === group).map((m) => (
                <MetricChart
                  key={m.name}
                  instanceId={instance.id}
                  metric={m}
                  from={range.from}
                  to={range.to}
                  period={view.period}
                  device={deviceOf(group)}
                />
              ))}
            </SimpleGrid>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
