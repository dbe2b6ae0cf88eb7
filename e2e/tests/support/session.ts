import { expect, type Cookie, type Page } from '@playwright/test';
import { noteResponse } from './audit-trail';

/** The admin the e2e start creates (see playwright.config.ts). */
export const E2E_ADMIN = { username: 'admin', password: 'E2e-Console-Pass-2026!' };

/** The admin's session cookie from this worker's first sign-in through the form (see signInAs). */
let adminCookies: Cookie[] | undefined;

/**
 * Signs in through the sign-in page, as a person would. The admin does so once per worker: later
 * tests start with that session's cookie (a password hash and a sign-in page fewer each; signing
 * in is what sign-in.spec and the expired-session test test), and use the form again if a test
 * ended that session.
 */
export async function signInAs(page: Page, who: { username: string; password: string } = E2E_ADMIN, path = '/instances?region=CN_Beijing_A') {
  const isAdmin = who.username === E2E_ADMIN.username;
  if (isAdmin && adminCookies) {
    await page.context().addCookies(adminCookies);
    await page.goto(path);
    const menu = page.getByTestId('user-menu');
    // The sign-in page is only shown after a redirect: the session was ended (or has expired).
    await expect(menu.or(page.getByTestId('login-username'))).toBeVisible();
    if (await menu.isVisible()) return;
  } else {
    await page.goto(path);
  }
  await page.getByTestId('login-username').fill(who.username);
  await page.getByTestId('login-password').fill(who.password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
  if (isAdmin) adminCookies = await page.context().cookies();
}

/** Calls the BFF from the page's context (its cookie), for set-up and checks a person cannot see. */
export async function api(page: Page, method: 'GET' | 'POST' | 'PATCH', path: string, body?: unknown) {
  const res = await page.request.fetch(path, {
    method,
    headers: { 'X-CSRF': '1', 'Content-Type': 'application/json' },
    data: body === undefined ? undefined : JSON.stringify(body),
  });
  noteResponse(method, res.url(), res.status(), res.headers()['x-request-id']);
  return { status: res.status(), body: res.status() === 204 ? undefined : await res.json() };
}
