import { Paper, Text } from '@mantine/core';
import { useI18n } from '../../i18n/i18n';
import { exactTime } from '../../kit/time';
import type { ChartPoint } from './downsample';
import { formatExact, formatValue, type UnitKind } from './format';

interface Props {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
  unit: UnitKind;
}

/**
 * The sample under the cursor: time to the second and the value as answered. Downsampling keeps
 * real samples only, so the drawn point's value is exact, never an average made for drawing.
 */
export function MonitorTooltip({ active, payload, unit }: Props) {
  const { t, lang } = useI18n();
  const row = payload?.[0]?.payload as ChartPoint | undefined;
  if (!active || !row) return null;
  const shown = row.value === null ? '' : formatValue(unit, row.value, lang);
  const exact = row.value === null ? '' : formatExact(unit, row.value, lang);
  return (
    <Paper withBorder shadow="sm" p="xs" data-testid="monitor-tooltip">
      <Text size="xs" c="dimmed">
        {exactTime(row.t, lang)}
      </Text>
      {row.value === null ? (
        <Text size="sm">{t('monitor.tooltip.gap')}</Text>
      ) : (
        <>
          <Text size="sm" fw={600}>
            {shown}
          </Text>
          {exact !== shown ? (
            <Text size="xs" c="dimmed">
              {t('monitor.tooltip.value')}: {exact}
            </Text>
          ) : null}
        </>
      )}
    </Paper>
  );
}
