import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { TaskProvider } from '../tasks/TaskProvider';
import { makeQueryClient } from './providers';
import { routes } from './router';

// Pages load lazily (their chunk and their module's messages): the first visit compiles them here.
configure({ asyncUtilTimeout: 10_000 });
vi.setConfig({ testTimeout: 30_000 });

function renderAt(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <MantineProvider>
      <QueryClientProvider client={makeQueryClient()}>
        <I18nProvider language="en">
          <TaskProvider>
            <RouterProvider router={router} />
          </TaskProvider>
        </I18nProvider>
      </QueryClientProvider>
    </MantineProvider>,
  );
  return router;
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status });
const notSignedIn = () =>
  json(401, { code: 'NotSignedIn', message: 'Sign in first', requestId: 'r', httpStatus: 401 });
const user = (role: string) => ({
  id: 'u1',
  username: 'demo',
  displayName: 'Demo Person',
  role,
  language: 'en-US',
  theme: 'light',
});
const ACCOUNTS = {
  items: [
    {
      id: 'acc-mos',
      provider: 'mos',
      name: 'MOS one',
      accessKeyId: 'AK2',
      secretHint: '****',
      endpointArea: 'mainland',
      endpointUrl: null,
    },
    {
      id: 'acc-1',
      provider: 'cds',
      name: 'Prod',
      accessKeyId: 'AK1',
      secretHint: '****abcd',
      endpointArea: 'mainland',
      endpointUrl: null,
    },
    {
      id: 'acc-2',
      provider: 'cds',
      name: 'Test',
      accessKeyId: 'AK3',
      secretHint: '****wxyz',
      endpointArea: 'custom',
      endpointUrl: 'http://127.0.0.1:1',
    },
  ],
};
const emptyPage = {
  data: { items: [], pageNumber: 1, pageCount: 1, totalCount: 0 },
  requestId: 'r',
};
/** The instance list's one page from the console server's inventory (GET /api/inventory/cds/instances). */
const emptyInventory = {
  items: [],
  page: 1,
  pageSize: 20,
  pageCount: 1,
  totalCount: 0,
  refreshedAt: new Date(0).toISOString(),
};

/** A fake BFF: the session (until `signedIn` is false), accounts, and empty cloud lists. Records every URL. */
function fakeBff(opts: {
  role?: string;
  signedIn?: boolean;
  actions?: (url: string) => Response | undefined;
}) {
  let signedIn = opts.signedIn ?? true;
  const urls: string[] = [];
  const fetchImpl = vi.fn(async (url: string, init?: RequestInit) => {
    urls.push(url);
    const method = init?.method ?? 'GET';
    if (url === '/api/session' && method === 'POST') {
      signedIn = true;
      return json(200, { user: user(opts.role ?? 'operator') });
    }
    if (url === '/api/session')
      return signedIn ? json(200, { user: user(opts.role ?? 'operator') }) : notSignedIn();
    if (url === '/api/setup') return json(200, { needed: false });
    if (!signedIn) return notSignedIn();
    if (url === '/api/accounts') return json(200, ACCOUNTS);
    if (url.startsWith('/api/inventory/')) return json(200, emptyInventory);
    return opts.actions?.(url) ?? json(200, emptyPage);
  });
  vi.stubGlobal('fetch', fetchImpl);
  return { urls, fetchImpl };
}

const here = (router: ReturnType<typeof renderAt>) =>
  `${router.state.location.pathname}${router.state.location.search}`;

describe('signing in', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('sends a signed-out person to the sign-in page and back to the same path and query afterwards', async () => {
    fakeBff({ signedIn: false });
    const router = renderAt('/instances?region=CN_Beijing_A&account=acc-2&status=running');
    const username = await screen.findByTestId('login-username');
    expect(here(router)).toBe(
      '/login?next=%2Finstances%3Fregion%3DCN_Beijing_A%26account%3Dacc-2%26status%3Drunning',
    );
    fireEvent.change(username, { target: { value: 'demo' } });
    fireEvent.change(screen.getByTestId('login-password'), {
      target: { value: 'Some-Long-Password-1' },
    });
    fireEvent.click(screen.getByTestId('login-submit'));
    await screen.findByTestId('user-menu');
    expect(here(router)).toBe('/instances?region=CN_Beijing_A&account=acc-2&status=running');
  });

  it('goes to sign-in, keeping the return path, when any call answers 401 mid-session', async () => {
    let expired = false;
    const bff = fakeBff({
      actions: (url) => (expired && url.includes('/DescribeVdc') ? notSignedIn() : undefined),
    });
    const router = renderAt('/instances');
    await screen.findByText('No instances yet');
    await waitFor(() =>
      expect(bff.urls.some((u) => u.startsWith('/api/actions/cds/network/DescribeVdc'))).toBe(true),
    );
    bff.urls.length = 0;
    expired = true;
    await router.navigate('/vdcs?region=CN_Beijing_A');
    await screen.findByTestId('login-username');
    const params = new URLSearchParams(router.state.location.search);
    expect(router.state.location.pathname).toBe('/login');
    expect(params.get('next')).toBe('/vdcs?region=CN_Beijing_A');
    expect(params.get('reason')).toBe('expired');
    expect(screen.getByTestId('login-notice').getAttribute('data-reason')).toBe('expired');
    expect(bff.urls.some((u) => u.startsWith('/api/actions/cds/network/DescribeVdc'))).toBe(true);
  });
});

describe('the signed-in shell', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the person and acts with the first CDS account by default, the picked one otherwise', async () => {
    const bff = fakeBff({});
    const router = renderAt('/instances?region=CN_Beijing_A');
    expect(await screen.findByText('No instance in this region')).toBeTruthy();
    expect(screen.getByTestId('user-name').textContent).toBe('Demo Person');
    // Cloud calls: catalog actions and the inventory's pages, each naming its account.
    const actionUrls = () =>
      bff.urls.filter((u) => u.startsWith('/api/actions/') || u.startsWith('/api/inventory/'));
    const accountOf = (u: string) => new URL(u, 'http://console').searchParams.get('account');
    expect(actionUrls().length).toBeGreaterThan(0);
    expect(actionUrls().some((u) => u.startsWith('/api/inventory/'))).toBe(true);
    expect(actionUrls().every((u) => accountOf(u) === 'acc-1')).toBe(true);
    expect(screen.getByTestId('create-instance').getAttribute('href')).toBe(
      '/instances/new?region=CN_Beijing_A',
    );

    bff.urls.length = 0;
    await router.navigate('/instances?region=CN_Beijing_A&account=acc-2');
    await waitFor(() => expect(actionUrls().some((u) => accountOf(u) === 'acc-2')).toBe(true));
    expect(actionUrls().every((u) => accountOf(u) === 'acc-2')).toBe(true);
    expect(screen.getByTestId('create-instance').getAttribute('href')).toBe(
      '/instances/new?region=CN_Beijing_A&account=acc-2',
    );
  });

  it('says so when the address names an account that does not exist, and asks nothing of the cloud', async () => {
    const bff = fakeBff({});
    renderAt('/instances?account=gone');
    expect(await screen.findByTestId('account-missing')).toBeTruthy();
    expect(bff.urls.some((u) => u.startsWith('/api/actions/'))).toBe(false);
  });

  it('disables the create button for a viewer and says why', async () => {
    fakeBff({ role: 'viewer' });
    renderAt('/instances');
    const button = await screen.findByTestId('create-instance');
    expect((button as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getAllByTestId('disabled-reason')[0]!.textContent).toBe(
      'Your role (Viewer) can only view',
    );
  });

  it('shows the 403 page on admin pages to anyone but an admin, and the admin navigation only to admins', async () => {
    fakeBff({ role: 'operator' });
    renderAt('/admin/people');
    expect(await screen.findByTestId('forbidden')).toBeTruthy();
    expect(screen.queryByTestId('nav-people')).toBeNull();
    expect(screen.getByTestId('nav-audit')).toBeTruthy();
  });
});
