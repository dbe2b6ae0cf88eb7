import { Alert, Button, Center, EmptyState, Group, Loader, Stack } from '@mantine/core';
import { IconKeyOff } from '@tabler/icons-react';
import { Fragment, useEffect } from 'react';
import { Link, Outlet } from 'react-router';
import type { CloudProvider } from '../api/accounts';
import { useRole } from '../auth/permission';
import { isAdmin } from '../auth/roles';
import { useI18n } from '../i18n/i18n';
import { ErrorNotice } from '../kit/ErrorNotice';
import { AccountProvider, useAccountChoice } from '../context/AccountContext';
import { providerDefault } from '../context/account';

/**
 * Product pages run under one cloud account of their provider. This layout resolves it from the
 * URL (or the default), says plainly when there is none or the address names one that is gone,
 * and remounts the page when the account changes, so nothing typed or selected for one account
 * is carried over to another.
 */
export function AccountGate({ provider }: { provider: CloudProvider }) {
  const { t } = useI18n();
  const role = useRole();
  const { accounts, account, missing, requested, query, setAccount } = useAccountChoice();
  const fallback = accounts ? providerDefault(accounts, provider) : undefined;
  const providerName = provider.toUpperCase();
  // Without ?account= the default is the default CDS account: another cloud's page names its own default.
  const adopt = !requested && account && account.provider !== provider ? fallback?.id : undefined;
  useEffect(() => {
    if (adopt) setAccount(adopt, true);
  }, [adopt, setAccount]);

  if (query.isLoading || adopt) {
    return (
      <Center h={240}>
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (query.error) return <ErrorNotice error={query.error} title={t('account.loadFailed')} onRetry={() => void query.refetch()} />;

  const fallbackButton = fallback ? (
    <Button variant="light" onClick={() => setAccount(fallback.id)} data-testid="use-default-account">
      {t('account.useNamed', { name: fallback.name })}
    </Button>
  ) : null;

  if (!fallback) {
    return (
      <EmptyState
        data-testid="no-account"
        py={64}
        icon={<IconKeyOff size={28} />}
        withIndicatorBackground
        title={t('account.noneTitle', { provider: providerName })}
        description={isAdmin(role ?? undefined) ? t('account.noneAdmin') : t('account.noneOther')}
      >
        {isAdmin(role ?? undefined) ? (
          <Button mt="md" component={Link} to="/admin/accounts">
            {t('accounts.add')}
          </Button>
        ) : null}
      </EmptyState>
    );
  }
  if (missing || !account) {
    return (
      <Alert color="orange" variant="light" title={t('account.missingTitle')} data-testid="account-missing">
        <Stack gap="sm" align="flex-start">
          {t('account.missingText')}
          {fallbackButton}
        </Stack>
      </Alert>
    );
  }
  if (account.provider !== provider) {
    return (
      <Alert color="orange" variant="light" title={t('account.wrongProviderTitle', { provider: providerName })} data-testid="account-wrong-provider">
        <Stack gap="sm" align="flex-start">
          {t('account.wrongProviderText', { name: account.name, provider: account.provider.toUpperCase(), wanted: providerName })}
          <Group>{fallbackButton}</Group>
        </Stack>
      </Alert>
    );
  }
  return (
    <AccountProvider account={account}>
      <Fragment key={account.id}>
        <Outlet />
      </Fragment>
    </AccountProvider>
  );
}
