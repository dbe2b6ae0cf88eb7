import { Alert, Button, Loader, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { asApiError } from '../../api/client';
import { sessionQuery, setupQuery, signIn, startSession } from '../../api/session';
import { useI18n } from '../../i18n/i18n';
import { useNow } from '../../kit/useNow';
import { modules } from '../../modules';
import { preloadSignedIn } from '../preload';
import { PageLoading } from '../boot';
import { AuthFrame } from './AuthFrame';
import { loginRefusal } from './login-errors';
import { reasonFrom, safeNext } from './return-path';

// Shown only for a failure other than a refused sign-in (the BFF down, say): loaded then, so the
// page itself carries none of its copy button, tooltip and notices.
const ErrorNotice = lazy(() => import('../../kit/ErrorNotice').then((m) => ({ default: m.ErrorNotice })));

/** /login: username and password; afterwards back to where the person was (?next=). */
export function LoginPage() {
  const { t, lang } = useI18n();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const reason = reasonFrom(params);
  const qc = useQueryClient();
  const session = useQuery(sessionQuery);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [tried, setTried] = useState(false);
  const now = useNow(15_000);
  const login = useMutation({
    mutationFn: () => signIn(username.trim(), password),
    // The session's answer makes this page send the person on (below).
    onSuccess: (user) => startSession(qc, user),
  });

  if (session.data) return <Navigate to={next} replace />;
  if (session.isLoading) return <SetupRedirect fallback={<PageLoading label={t('common.loading')} />} />;

  const error = login.error ? asApiError(login.error) : undefined;
  const refusal = error ? loginRefusal(error, t, lang, now) : undefined;

  return (
    <AuthFrame title={t('login.title')} subtitle={t('login.subtitle')}>
      <SetupRedirect />
      {reason && !login.error ? (
        <Alert color={reason === 'expired' ? 'orange' : 'blue'} variant="light" icon={<IconInfoCircle size={18} />} data-testid="login-notice" data-reason={reason} role="status">
          {t(`login.reason.${reason}`)}
        </Alert>
      ) : null}
      <form
        noValidate
        aria-label={t('login.title')}
        onSubmit={(e) => {
          e.preventDefault();
          setTried(true);
          if (!username.trim() || !password || login.isPending) return;
          login.mutate();
          // While the sign-in is checked, the console and the page it leads to are fetched.
          preloadSignedIn(modules, next.split(/[?#]/)[0]!);
        }}
      >
        <Stack gap="md">
          <TextInput
            label={t('login.username')}
            value={username}
            onChange={(e) => setUsername(e.currentTarget.value)}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            autoFocus
            error={tried && !username.trim() ? t('login.err.noUsername') : undefined}
            data-testid="login-username"
          />
          <PasswordInput
            label={t('login.password')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            autoComplete="current-password"
            required
            error={tried && !password ? t('login.err.noPassword') : undefined}
            data-testid="login-password"
            visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
          />
          {refusal ? (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} role="alert" data-testid="login-error" data-code={error?.code}>
              {refusal}
            </Alert>
          ) : login.error ? (
            <div data-testid="login-error" data-code={error?.code}>
              <Suspense fallback={<Loader size="sm" aria-label={t('common.loading')} />}>
                <ErrorNotice error={login.error} title={t('login.failed')} />
              </Suspense>
            </div>
          ) : null}
          <Button type="submit" fullWidth loading={login.isPending} data-testid="login-submit">
            {t('login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}

/**
 * To /setup while the console has no one to sign in yet. A part of its own, so the setup check's
 * answer redraws only it, not the whole card (a second long task on a phone).
 */
function SetupRedirect({ fallback = null }: { fallback?: ReactNode }) {
  const setup = useQuery(setupQuery);
  return setup.data?.needed ? <Navigate to="/setup" replace /> : fallback;
}
