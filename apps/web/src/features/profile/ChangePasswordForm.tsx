import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { changeOwnPassword, endSession } from '../../api/session';
import { useT } from '../../i18n/i18n';
import { ErrorNotice } from '../../kit/ErrorNotice';
import { errorOnAField, fieldError } from '../../kit/form-errors';
import { NewPasswordFields, newPasswordErrors } from '../../kit/NewPasswordFields';
import { useTaskTracker } from '../../tasks/TaskProvider';

const SERVER_FIELDS = { currentPassword: ['InvalidCredentials'], password: ['WeakPassword'] } as const;

/**
 * The person's own password. The server ends every session of theirs when it changes, this one
 * included, so success leads to the sign-in page with a notice saying why.
 */
export function ChangePasswordForm() {
  const t = useT();
  const qc = useQueryClient();
  const tracker = useTaskTracker();
  const [form, setForm] = useState({ current: '', password: '', confirm: '' });
  const [tried, setTried] = useState(false);
  const change = useMutation({
    mutationFn: () => changeOwnPassword(form.current, form.password),
    onSuccess: () => {
      tracker.reset();
      endSession(qc, 'passwordChanged');
    },
  });
  const local = { current: form.current ? undefined : t('profile.err.current'), ...newPasswordErrors(form.password, form.confirm, t) };
  const shown = (f: keyof typeof local) => (tried ? local[f] : undefined);

  return (
    <form
      noValidate
      aria-label={t('profile.password')}
      onSubmit={(e) => {
        e.preventDefault();
        setTried(true);
        if (!Object.values(local).some(Boolean) && !change.isPending) change.mutate();
      }}
    >
      <Stack gap="sm" maw={420}>
        <PasswordInput
          label={t('profile.currentPassword')}
          value={form.current}
          onChange={(e) => {
            const current = e.currentTarget.value;
            setForm((f) => ({ ...f, current }));
          }}
          error={shown('current') ?? fieldError(change.error, 'currentPassword', SERVER_FIELDS.currentPassword)}
          autoComplete="current-password"
          required
          data-testid="profile-current-password"
          visibilityToggleButtonProps={{ 'aria-label': t('profile.showCurrent') }}
        />
        <NewPasswordFields
          password={form.password}
          confirm={form.confirm}
          onChange={(c) => setForm((f) => ({ ...f, ...c }))}
          errors={{ password: shown('password') ?? fieldError(change.error, 'password', SERVER_FIELDS.password), confirm: shown('confirm') }}
          testIdPrefix="profile-new"
        />
        {change.error && !errorOnAField(change.error, SERVER_FIELDS) ? <ErrorNotice error={change.error} title={t('profile.passwordFailed')} /> : null}
        <Group>
          <Button type="submit" loading={change.isPending} data-testid="profile-password-submit">
            {t('profile.passwordSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
