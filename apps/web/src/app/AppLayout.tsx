import {
  Anchor,
  Box,
  Burger,
  Center,
  Group,
  Loader,
  NavLink,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { IconCloud } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { memo, Suspense, useCallback, useDeferredValue, useEffect, useRef } from 'react';
import { Link, Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import {
  sessionQuery,
  SIGN_OUT_REASON_KEY,
  type SessionUser,
  type SignOutReason,
} from '../api/session';
import { PermissionProvider } from '../auth/permission';
import { useApplyPreferences } from '../auth/preferences';
import { loginHref } from './sign-in/return-path';
import { useI18n } from '../i18n/i18n';
import { EndBoot, PageLoading } from './boot';
import { DrawnLater } from '../kit/drawing';
import { ErrorNotice } from '../kit/ErrorNotice';
import { useTaskTracker } from '../tasks/TaskProvider';
import { TaskCentreButton } from '../tasks/TaskCentreButton';
import type { TrackedTask } from '../tasks/tracker';
import { sharedSearch } from '../context/account';
import type { ProductModule } from '../context/module';
import { useAccountChoice } from '../context/AccountContext';
import { composeNav, providerHome } from './compose';
import { QuickSearch } from './QuickSearch';
import { taskResourceLink } from './task-links';
import {
  AccountPicker,
  ColorSchemeToggle,
  LanguageSwitch,
  RegionPicker,
  UserMenu,
} from './HeaderControls';

/**
 * The navigation the modules declare, by group, as far as the person's role may see it. Memoized:
 * the frame draws again when the accounts answer; the navigation only when what it shows changes.
 */
const Navigation = memo(function Navigation({
  modules,
  user,
  onNavigate,
}: {
  modules: readonly ProductModule[];
  user: SessionUser;
  onNavigate: () => void;
}) {
  const { t, pick } = useI18n();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const search = sharedSearch(params);
  const { account } = useAccountChoice();
  return (
    <Stack gap="md" component="nav" aria-label={t('nav.label')}>
      {composeNav(modules, user.role, account?.provider).map((section) => (
        <div key={section.group}>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4}>
            {t(`nav.${section.group}`)}
          </Text>
          {section.items.map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={`${item.to}${search}`}
              label={pick(item.label)}
              leftSection={<item.icon size={18} />}
              active={pathname === item.to || pathname.startsWith(`${item.to}/`)}
              aria-current={pathname === item.to ? 'page' : undefined}
              onClick={onNavigate}
              data-testid={`nav-${item.to.split('/').pop()}`}
            />
          ))}
        </div>
      ))}
    </Stack>
  );
});

/**
 * The console's frame for a signed-in person: header with product name, region, cloud account,
 * language, theme and the person's menu; navbar; page. Nobody signed in (or a 401 anywhere): the
 * sign-in page, which brings the person back here.
 */
export function AppLayout({ modules }: { modules: readonly ProductModule[] }) {
  const { t } = useI18n();
  const [opened, { toggle, close }] = useDisclosure();
  // The session's answer draws the whole frame: deferred, that render is a transition, which React
  // does in slices between which the browser stays free, not one long task (a query's update is
  // otherwise rendered at once, in one go). The data keeps its reference between answers (no extra renders).
  const session = useQuery(sessionQuery);
  const user = useDeferredValue(session.data);
  const loading = useDeferredValue(session.isLoading);
  const qc = useQueryClient();
  const location = useLocation();
  const tracker = useTaskTracker();
  const applyPreferences = useApplyPreferences();
  // Phones: the pickers move from the header into the navigation drawer (rendered once, so test ids stay unique).
  // Read at once, not in an effect: a phone's first render then mounts them in the drawer only,
  // instead of in the header and again in the drawer one commit later.
  const narrow =
    useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false }) ?? false;
  // A phone's navigation drawer is drawn once it is first opened: closed, nobody sees it.
  const drawerUsed = useRef(false);
  if (opened) drawerUsed.current = true;
  // The region picker is CDS's (appendix 1 regions); a MOS account has its region in its own settings.
  const { account, query: accountsQuery } = useAccountChoice();
  const regions = account?.provider !== 'mos';

  // The person's saved language and theme, at sign-in and on reload (and after they change them).
  useEffect(() => {
    if (user) applyPreferences({ language: user.language, theme: user.theme });
  }, [user?.id, user?.language, user?.theme]); // eslint-disable-line react-hooks/exhaustive-deps

  // The tasks are the signed-in person's: another person's are forgotten; while nobody is signed
  // in (an expired session) polling pauses and resumes for the same person after signing in.
  const ownerId = user === undefined ? undefined : (user?.id ?? null);
  useEffect(() => {
    if (ownerId !== undefined) tracker.setOwner(ownerId);
  }, [ownerId, tracker]);
  const linkFor = useCallback((task: TrackedTask) => taskResourceLink(modules, task), [modules]);

  // index.html's placeholder of the frame stays on screen until the frame itself is drawn, and the
  // frame waits for the cloud accounts too (asked for at start, beside the session): drawn before
  // them, the whole frame was drawn again when they answered.
  if (loading || (user && accountsQuery.isLoading))
    return <PageLoading label={t('common.loading')} />;
  if (session.error && user === undefined) {
    return (
      <Center h="100vh" p="md">
        <EndBoot />
        <ErrorNotice
          error={session.error}
          title={t('shell.sessionFailed')}
          onRetry={() => void session.refetch()}
        />
      </Center>
    );
  }
  if (!user) {
    const reason = qc.getQueryData<SignOutReason>(SIGN_OUT_REASON_KEY);
    const to =
      reason === 'signedOut'
        ? '/login?reason=signedOut'
        : loginHref(location.pathname, location.search, reason);
    return <Navigate to={to} replace />;
  }

  return (
    <PermissionProvider role={user.role}>
      {/* The frame is a few lines of CSS (app.css, .shell-*) in place of Mantine's AppShell, which the first load need not carry. */}
      <div className="shell">
        <Anchor href="#main" className="skip-link">
          {t('shell.skip')}
        </Anchor>
        <header className="shell-header mantine-AppShell-header">
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('shell.menu')}
              />
              <IconCloud size={24} color="var(--mantine-primary-color-filled)" aria-hidden />
              <Title order={1} size="h4" style={{ whiteSpace: 'nowrap' }} visibleFrom="lg">
                {t('app.name')}
              </Title>
            </Group>
            {/* The header's controls in the task after the frame and page (kit/drawing.tsx); index.html's
                placeholder stays until then. The theme and the person's menu first, the rest a task
                later, to their left: the header's right end stays where it is. */}
            <DrawnLater>
              <Group gap="sm" wrap="nowrap">
                <EndBoot />
                <DrawnLater>
                  {narrow ? null : (
                    <>
                      {regions ? <RegionPicker /> : null}
                      <AccountPicker home={(p) => providerHome(modules, p)} />
                      <Group gap="sm" wrap="nowrap" visibleFrom="md">
                        <LanguageSwitch />
                      </Group>
                    </>
                  )}
                  <QuickSearch modules={modules} />
                  <TaskCentreButton linkFor={linkFor} account={account?.id} />
                </DrawnLater>
                <ColorSchemeToggle />
                <UserMenu user={user} />
              </Group>
            </DrawnLater>
          </Group>
        </header>
        <nav className="shell-navbar" data-opened={opened || undefined}>
          {narrow && drawerUsed.current ? (
            <Box mb="md">
              <Stack gap="xs">
                {regions ? <RegionPicker /> : null}
                <AccountPicker home={(p) => providerHome(modules, p)} />
              </Stack>
            </Box>
          ) : null}
          <div className="shell-navbar-scroll">
            {/* Drawn in a task after the frame and page (kit/drawing.tsx). */}
            {narrow ? (
              drawerUsed.current ? (
                <Navigation modules={modules} user={user} onNavigate={close} />
              ) : null
            ) : (
              <DrawnLater>
                <Navigation modules={modules} user={user} onNavigate={close} />
              </DrawnLater>
            )}
          </div>
        </nav>
        <main className="shell-main" id="main" tabIndex={-1}>
          {/* A page's chunk loads on its first visit; the frame stays while it does. */}
          <Suspense
            fallback={
              <Center h={240}>
                <Loader aria-label={t('common.loading')} />
              </Center>
            }
          >
            <Outlet />
          </Suspense>
        </main>
      </div>
    </PermissionProvider>
  );
}
