import { Alert, Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { dayCount, isDay, MAX_RANGE_DAYS, PRESETS, presetRange, rangeProblem, type DayRange, type Preset } from './range';

export interface RangePickerProps {
  preset: Preset;
  range: DayRange;
  today: string;
  /** A problem of the range the URL asked for (it was not taken). */
  urlProblem?: 'order' | 'tooLong' | 'future';
  onChange: (preset: Preset, range: DayRange) => void;
}

const problemKey = (p: string): MessageKey => `cost.range.problem.${p}` as MessageKey;

/** Presets as one control; "Custom" shows two dates, checked before they go to the URL. */
export function RangePicker({ preset, range, today, urlProblem, onChange }: RangePickerProps) {
  const { t } = useI18n();
  const [custom, setCustom] = useState(preset === 'custom');
  const [draft, setDraft] = useState<DayRange>(range);
  useEffect(() => {
    setDraft(range);
    setCustom(preset === 'custom');
  }, [preset, range]);

  const problem = !isDay(draft.from) || !isDay(draft.to) ? 'invalid' : rangeProblem(draft, today);
  const pick = (value: string) => {
    if (value === 'custom') {
      setCustom(true);
      return;
    }
    setCustom(false);
    const p = value as Exclude<Preset, 'custom'>;
    onChange(p, presetRange(p, today));
  };

  return (
    <Stack gap="xs">
      <Group gap="md" align="flex-end" wrap="wrap">
        <SegmentedControl
          aria-label={t('cost.range.label')}
          value={custom ? 'custom' : preset}
          onChange={pick}
          data={PRESETS.map((p) => ({ value: p, label: t(`cost.range.${p}`) }))}
        />
        {custom ? (
          <Group gap="xs" align="flex-end" component="form" onSubmit={(e) => { e.preventDefault(); if (!problem) onChange('custom', draft); }}>
            <TextInput type="date" label={t('cost.range.from')} value={draft.from} max={today} onChange={(e) => setDraft({ ...draft, from: e.currentTarget.value })} size="sm" />
            <TextInput type="date" label={t('cost.range.to')} value={draft.to} max={today} onChange={(e) => setDraft({ ...draft, to: e.currentTarget.value })} size="sm" />
            <Button type="submit" size="sm" disabled={!!problem}>
              {t('cost.range.apply')}
            </Button>
          </Group>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed" data-testid="cost-range">
        {t('cost.range.days', { from: range.from, to: range.to, count: dayCount(range) })}
      </Text>
      {custom && problem ? (
        <Text size="sm" c="red" role="status">
          {t(problemKey(problem), { max: MAX_RANGE_DAYS })}
        </Text>
      ) : null}
      {urlProblem ? (
        <Alert color="yellow" variant="light" role="status">
          {t(problemKey(urlProblem), { max: MAX_RANGE_DAYS })}
        </Alert>
      ) : null}
    </Stack>
  );
}
