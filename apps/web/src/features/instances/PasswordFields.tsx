import { Group, List, PasswordInput, Stack, ThemeIcon } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useT } from '../../i18n/i18n';
import { PASSWORD_CHECKS } from './form-rules';

export interface PasswordFieldsProps {
  password: string;
  confirm: string;
  errors: { password?: string; confirm?: string };
  onChange: (change: { password?: string; confirm?: string }) => void;
}

/** Password and confirmation, with the rule's parts ticked off live as the person types. */
export function PasswordFields({ password, confirm, errors, onChange }: PasswordFieldsProps) {
  const t = useT();
  return (
    <Stack gap="xs">
      <Group align="flex-start" grow>
        <PasswordInput
          label={t('create.password')}
          value={password}
          onChange={(e) => onChange({ password: e.currentTarget.value })}
          error={errors.password}
          autoComplete="new-password"
          required
          aria-describedby="password-rule"
          visibilityToggleButtonProps={{ 'aria-label': t('create.showPassword') }}
        />
        <PasswordInput
          label={t('create.confirm')}
          value={confirm}
          onChange={(e) => onChange({ confirm: e.currentTarget.value })}
          error={errors.confirm}
          autoComplete="new-password"
          required
          visibilityToggleButtonProps={{ 'aria-label': t('create.showConfirm') }}
        />
      </Group>
      <List id="password-rule" size="xs" spacing={2} center aria-label={t('create.pw.rule')}>
        {PASSWORD_CHECKS.map((c) => {
          const ok = c.test(password);
          return (
            <List.Item
              key={c.key}
              data-ok={ok}
              icon={
                <ThemeIcon size={14} radius="xl" color={ok ? 'teal' : 'gray'} variant={ok ? 'filled' : 'light'}>
                  {ok ? <IconCheck size={10} /> : <IconX size={10} />}
                </ThemeIcon>
              }
            >
              {t(c.key)}
            </List.Item>
          );
        })}
      </List>
    </Stack>
  );
}
