import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Navigate } from 'react-router';
import { asApiError } from '../../api/client';
import { runSetup, SETUP_KEY, setupQuery, signIn, startSession } from '../../api/session';
import { useI18n } from '../../i18n/i18n';
import { MONO_INPUT } from '../../kit/Tag';
import { ErrorNotice } from '../../kit/ErrorNotice';
import { PageLoading } from '../boot';
import { AuthFrame } from './AuthFrame';

/**
 * /setup: the first start without an admin. Whoever holds the code the server printed in its
 * terminal creates the first admin, then is signed in at once.
 */
export function SetupPage() {
  const { t } = useI18n();
  const qc = useQueryClient();
  const setup = useQuery(setupQuery);
  const [form, setForm] = useState({ setupCode: '', username: 'admin', password: '', confirm: '' });
  const [tried, setTried] = useState(false);
  const set = (change: Partial<typeof form>) => setForm((f) => ({ ...f, ...change }));

  const create = useMutation({
    mutationFn: async () => {
      const body = { setupCode: form.setupCode.trim(), username: form.username.trim(), password: form.password };
      await runSetup(body);
      return signIn(body.username, body.password);
    },
    onSuccess: (user) => {
      qc.setQueryData(SETUP_KEY, { needed: false });
      startSession(qc, user);
    },
  });

  if (setup.isLoading) return <PageLoading label={t('common.loading')} />;
  if (create.isSuccess) return <Navigate to="/" replace />;
  if (setup.data && !setup.data.needed) return <Navigate to="/login" replace />;

  const err = create.error ? asApiError(create.error) : undefined;
  const local = {
    setupCode: !form.setupCode.trim() ? t('setup.err.code') : undefined,
    username: !form.username.trim() ? t('setup.err.username') : undefined,
    password: !form.password ? t('setup.err.password') : undefined,
    confirm: form.confirm !== form.password ? t('setup.err.confirm') : undefined,
  };
  const shown = (field: keyof typeof local) => (tried ? local[field] : undefined);
  const serverField = err?.code === 'WrongSetupCode' ? 'setupCode' : err?.code === 'WeakPassword' ? 'password' : undefined;

  return (
    <AuthFrame title={t('setup.title')} subtitle={t('setup.subtitle')}>
      {setup.error ? <ErrorNotice error={setup.error} onRetry={() => void setup.refetch()} /> : null}
      <form
        noValidate
        aria-label={t('setup.title')}
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (Object.values(local).some(Boolean) || create.isPending) return;
          create.mutate();
        }}
      >
        <Stack gap="md">
          <TextInput
            label={t('setup.code')}
            description={t('setup.codeHint')}
            value={form.setupCode}
            onChange={(e) => set({ setupCode: e.currentTarget.value })}
            error={shown('setupCode') ?? (serverField === 'setupCode' ? err?.message : undefined)}
            autoComplete="one-time-code"
            spellCheck={false}
            required
            autoFocus
            styles={MONO_INPUT}
            data-testid="setup-code"
          />
          <TextInput
            label={t('setup.username')}
            value={form.username}
            onChange={(e) => set({ username: e.currentTarget.value })}
            error={shown('username')}
            autoComplete="username"
            required
            data-testid="setup-username"
          />
          <PasswordInput
            label={t('setup.password')}
            description={t('password.policy')}
            value={form.password}
            onChange={(e) => set({ password: e.currentTarget.value })}
            error={shown('password') ?? (serverField === 'password' ? err?.message : undefined)}
            autoComplete="new-password"
            required
            data-testid="setup-password"
            visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
          />
          <PasswordInput
            label={t('setup.confirm')}
            value={form.confirm}
            onChange={(e) => set({ confirm: e.currentTarget.value })}
            error={shown('confirm')}
            autoComplete="new-password"
            required
            data-testid="setup-confirm"
            visibilityToggleButtonProps={{ 'aria-label': t('password.showConfirm') }}
          />
          {err?.code === 'SetupDone' ? (
            <Alert color="blue" variant="light" data-testid="setup-done">
              {err.message}{' '}
              <Anchor component={Link} to="/login">
                {t('login.submit')}
              </Anchor>
            </Alert>
          ) : create.error && !serverField ? (
            <ErrorNotice error={create.error} title={t('setup.failed')} />
          ) : null}
          <Button type="submit" fullWidth loading={create.isPending} data-testid="setup-submit">
            {t('setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
