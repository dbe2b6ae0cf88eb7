import { Code, TextInput } from '@mantine/core';
import { useT } from '../i18n/i18n';

/** "Type <word> to confirm": the guard of every action that loses data (one look everywhere). */
export function TypeToConfirm({ word, value, onChange, autoFocus }: { word: string; value: string; onChange: (v: string) => void; autoFocus?: boolean }) {
  const t = useT();
  return (
    <TextInput
      label={
        <>
          {t('confirm.typeBefore')} <Code>{word}</Code> {t('confirm.typeAfter')}
        </>
      }
      aria-label={t('confirm.typeLabel', { word })}
      data-testid="confirm-input"
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      autoComplete="off"
      data-autofocus={autoFocus || undefined}
    />
  );
}
