import { allActionRefs } from '@console/api-types/client/all';
import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconBox, IconFilterOff, IconSearch, IconUser } from '@tabler/icons-react';
import { useCallback } from 'react';
import { useT } from '../../i18n/i18n';
import { DebouncedInput } from '../../kit/DebouncedInput';
import { actionLabelsEn } from './action-labels.en';
import { auditFiltered, OUTCOMES, rangeInverted, RANGES, withAuditFilter, type AuditState, type Outcome, type Range } from './audit-state';

/** What the console itself records besides cloud actions (sign-in, people, accounts): those it has words for. */
const CONSOLE_ACTIONS = Object.keys(actionLabelsEn)
  .filter((k) => k.startsWith('audit.act.console/'))
  .map((k) => k.slice('audit.act.console/'.length));
const ACTION_NAMES = [...new Set([...CONSOLE_ACTIONS, ...allActionRefs().map((d) => d.action)])].sort();
const ANY = '__any__';

/** The audit log's filters; every change lands in the URL (typing: once it pauses). */
export function AuditFilters({ state, onChange }: { state: AuditState; onChange: (next: AuditState, replace?: boolean) => void }) {
  const t = useT();
  const commitUser = useCallback((user: string | undefined) => onChange(withAuditFilter(state, { user }), true), [state, onChange]);
  const commitAction = useCallback((action: string | undefined) => onChange(withAuditFilter(state, { action }), true), [state, onChange]);
  const commitResource = useCallback((resource: string | undefined) => onChange(withAuditFilter(state, { resource }), true), [state, onChange]);
  const filtered = auditFiltered(state);
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <DebouncedInput
        label={t('audit.filter.user')}
        placeholder={t('audit.filter.userPlaceholder')}
        leftSection={<IconUser size={16} />}
        value={state.user}
        onCommit={commitUser}
        maxLength={64}
        w={180}
        data-testid="audit-user"
      />
      <DebouncedInput
        label={t('audit.filter.action')}
        placeholder={t('audit.filter.actionPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={state.action}
        onCommit={commitAction}
        suggestions={ACTION_NAMES}
        maxLength={64}
        w={220}
        data-testid="audit-action"
      />
      <DebouncedInput
        label={t('audit.filter.resource')}
        placeholder={t('audit.filter.resourcePlaceholder')}
        leftSection={<IconBox size={16} />}
        value={state.resource}
        onCommit={commitResource}
        maxLength={128}
        w={220}
        data-testid="audit-resource-input"
      />
      <Select
        label={t('audit.filter.outcome')}
        data={[{ value: ANY, label: t('audit.filter.anyOutcome') }, ...OUTCOMES.map((o) => ({ value: o, label: t(`audit.outcome.${o}`) }))]}
        value={state.outcome ?? ANY}
        onChange={(v) => onChange(withAuditFilter(state, { outcome: !v || v === ANY ? undefined : (v as Outcome) }))}
        allowDeselect={false}
        w={170}
        comboboxProps={{ withinPortal: true }}
        data-testid="audit-outcome"
      />
      <Select
        label={t('audit.filter.range')}
        data={[{ value: ANY, label: t('audit.range.any') }, ...RANGES.map((r) => ({ value: r, label: t(`audit.range.${r}`) }))]}
        value={state.range ?? ANY}
        onChange={(v) => {
          const range = !v || v === ANY ? undefined : (v as Range);
          onChange(withAuditFilter(state, { range, from: range === 'custom' ? state.from : undefined, to: range === 'custom' ? state.to : undefined }));
        }}
        allowDeselect={false}
        w={160}
        comboboxProps={{ withinPortal: true }}
        data-testid="audit-range"
      />
      {state.range === 'custom' ? (
        <>
          <TextInput
            type="datetime-local"
            label={t('audit.filter.from')}
            value={state.from ?? ''}
            onChange={(e) => onChange(withAuditFilter(state, { from: e.currentTarget.value || undefined }), true)}
            w={210}
            data-testid="audit-from"
          />
          <TextInput
            type="datetime-local"
            label={t('audit.filter.to')}
            value={state.to ?? ''}
            onChange={(e) => onChange(withAuditFilter(state, { to: e.currentTarget.value || undefined }), true)}
            error={rangeInverted(state) ? t('audit.filter.inverted') : undefined}
            w={210}
            data-testid="audit-to"
          />
        </>
      ) : null}
      {filtered ? (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} />}
          onClick={() => onChange({ page: 1, size: state.size })}
          data-testid="audit-clear"
        >
          {t('audit.filter.clear')}
        </Button>
      ) : null}
    </Group>
  );
}
