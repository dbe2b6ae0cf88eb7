import './styles';
// The theme's CSS variables, made once at build time (theme-css.test.tsx), not at every start.
import './theme-vars.css';

import { MantineProvider } from '@mantine/core';
import { notificationsStore } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState, useSyncExternalStore, type ReactNode } from 'react';
import { accountsQuery } from '../api/accounts';
import { ApiRequestError } from '../api/client';
import { endSession, SESSION_KEY, sessionQuery } from '../api/session';
import { I18nProvider } from '../i18n/i18n';
import { seedFirstData } from './first-data';
import { isSignedOutPath } from './preload';
import { colorSchemeManager, cssVariablesResolver, theme } from './theme';

/** Retries only what may pass the second time: not 4xx answers, which will not change by themselves. */
const shouldRetry = (count: number, err: unknown) =>
  count < 2 && !(err instanceof ApiRequestError && err.httpStatus >= 400 && err.httpStatus < 500);

// Notices are drawn by a chunk of their own; `notifications.show()` before it mounts is kept by its store.
const Notifications = lazy(() => import('./Notices').then((m) => ({ default: m.Notifications })));

const anyNotice = () => {
  const { notifications, queue } = notificationsStore.getState();
  return notifications.length + queue.length > 0;
};

/**
 * The notices' outlet, fetched and mounted with the first notice (then kept, for the exits): no
 * page shows one as it opens, so the first load neither downloads nor runs their six chunks.
 */
function NoticesOutlet() {
  const shown = useSyncExternalStore(notificationsStore.subscribe, anyNotice, () => false);
  const [mounted, setMounted] = useState(false);
  if (shown && !mounted) setMounted(true);
  if (!mounted) return null;
  return (
    <Suspense fallback={null}>
      {/* Top centre, below the header: clear of the header's controls and of the pages' action
          buttons at the right (a toast there paused its own closing while the pointer sat on the
          button under it). Task notices keep the bottom right. */}
      <Notifications position="top-center" limit={5} />
    </Suspense>
  );
}

export function makeQueryClient() {
  // Any 401 means the session is gone: the shell sends the person to sign in, keeping where they were.
  const onError = (err: unknown) => {
    if (err instanceof ApiRequestError && err.httpStatus === 401 && client.getQueryData(SESSION_KEY)) endSession(client, 'expired');
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 2000, refetchOnWindowFocus: true },
      mutations: { retry: false },
    },
  });
  return client;
}

export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(() => {
    const c = makeQueryClient();
    // A signed-in page's index.html may already hold both answers below (the BFF writes them in).
    seedFirstData(c);
    // Every page first asks who is signed in: ask now, while the page's chunk is still on its way.
    void c.prefetchQuery(sessionQuery);
    // A signed-in page's first cloud call needs the accounts: asked beside the session, not after it.
    if (!isSignedOutPath(window.location.pathname)) void c.prefetchQuery(accountsQuery);
    return c;
  });
  return (
    <MantineProvider
      theme={theme}
      defaultColorScheme="auto"
      colorSchemeManager={colorSchemeManager}
      cssVariablesResolver={cssVariablesResolver}
      withCssVariables={false}
      withGlobalClasses={false}
    >
      <QueryClientProvider client={client}>
        <I18nProvider>
          <NoticesOutlet />
          {children}
        </I18nProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
