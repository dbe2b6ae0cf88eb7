import { ActionIcon, Button, Group, SegmentedControl, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import {
  defaultPeriod,
  fromLocalInput,
  periodChoices,
  PRESETS,
  rangeProblem,
  spanOf,
  toLocalInput,
  type MonitorView,
  type Period,
  type Preset,
} from './range';

interface Props {
  view: MonitorView;
  setView: (patch: Partial<MonitorView>) => void;
  /** The window on screen, to prefill the custom inputs. */
  current: { from: number; to: number };
  onRefresh: () => void;
}

/** Presets, a custom range (two datetime-local inputs, checked before use) and the period. */
export function RangeControls({ view, setView, current, onRefresh }: Props) {
  const t = useT();
  const [customOpen, setCustomOpen] = useState(view.spec.kind === 'custom');
  const [fromText, setFromText] = useState(() => toLocalInput(current.from));
  const [toText, setToText] = useState(() => toLocalInput(current.to));
  const [problem, setProblem] = useState<string>();
  const selected = customOpen || view.spec.kind === 'custom' ? 'custom' : view.spec.preset;

  const choose = (value: string) => {
    if (value === 'custom') {
      setFromText(toLocalInput(current.from));
      setToText(toLocalInput(current.to));
      setProblem(undefined);
      setCustomOpen(true);
      return;
    }
    setCustomOpen(false);
    const preset = value as Preset;
    const span = spanOf({ kind: 'preset', preset });
    setView({ spec: { kind: 'preset', preset }, period: defaultPeriod(span) });
  };

  const apply = () => {
    const from = fromLocalInput(fromText);
    const to = fromLocalInput(toText);
    const why = rangeProblem(from, to);
    setProblem(why);
    if (why || from === undefined || to === undefined) return;
    setView({ spec: { kind: 'custom', from, to }, period: defaultPeriod(to - from) });
  };

  const choices = periodChoices(spanOf(view.spec));
  return (
    <Stack gap="xs">
      <Group gap="sm" wrap="wrap" align="center">
        <SegmentedControl
          aria-label={t('monitor.range')}
          value={selected}
          onChange={choose}
          data={[...PRESETS.map((p) => ({ value: p, label: t(`monitor.range.${p}`) })), { value: 'custom', label: t('monitor.range.custom') }]}
        />
        <Group gap={6} wrap="nowrap">
          <Text size="sm" c="dimmed">
            {t('monitor.period')}
          </Text>
          <SegmentedControl
            aria-label={t('monitor.period')}
            size="xs"
            value={String(view.period)}
            onChange={(v) => setView({ period: Number(v) as Period })}
            data={choices.map((p) => ({ value: String(p), label: t(`monitor.period.${p}`) }))}
          />
        </Group>
        <Tooltip label={t('monitor.refresh')} withArrow>
          <ActionIcon variant="subtle" aria-label={t('monitor.refresh')} onClick={onRefresh}>
            <IconRefresh size={18} />
          </ActionIcon>
        </Tooltip>
      </Group>
      {selected === 'custom' ? (
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput type="datetime-local" label={t('monitor.from')} value={fromText} onChange={(e) => setFromText(e.currentTarget.value)} />
          <TextInput type="datetime-local" label={t('monitor.to')} value={toText} onChange={(e) => setToText(e.currentTarget.value)} />
          <Button variant="light" onClick={apply}>
            {t('monitor.apply')}
          </Button>
          {problem ? (
            <Text size="sm" c="red" role="alert">
              {t(`monitor.rangeProblem.${problem as 'missing'}`)}
            </Text>
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );
}
