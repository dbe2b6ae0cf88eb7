import { PasswordInput, Stack } from '@mantine/core';
import { useT } from '../i18n/i18n';

export interface NewPasswordFieldsProps {
  password: string;
  confirm: string;
  onChange: (change: { password?: string; confirm?: string }) => void;
  errors?: { password?: string; confirm?: string };
  label?: string;
  testIdPrefix: string;
}

/** A new console password and its confirmation; the policy is said up front, the server's message shows on the field. */
export function NewPasswordFields({ password, confirm, onChange, errors = {}, label, testIdPrefix }: NewPasswordFieldsProps) {
  const t = useT();
  return (
    <Stack gap="sm">
      <PasswordInput
        label={label ?? t('password.new')}
        description={t('password.policy')}
        value={password}
        onChange={(e) => onChange({ password: e.currentTarget.value })}
        error={errors.password}
        autoComplete="new-password"
        required
        data-testid={`${testIdPrefix}-password`}
        visibilityToggleButtonProps={{ 'aria-label': t('password.show') }}
      />
      <PasswordInput
        label={t('password.confirm')}
        value={confirm}
        onChange={(e) => onChange({ confirm: e.currentTarget.value })}
        error={errors.confirm}
        autoComplete="new-password"
        required
        data-testid={`${testIdPrefix}-confirm`}
        visibilityToggleButtonProps={{ 'aria-label': t('password.showConfirm') }}
      />
    </Stack>
  );
}

/** The local checks before sending: something typed, and the same twice. The policy itself is the server's. */
export function newPasswordErrors(password: string, confirm: string, t: ReturnType<typeof useT>) {
  return {
    password: password ? undefined : t('password.err.required'),
    confirm: confirm === password ? undefined : t('password.err.confirm'),
  };
}
