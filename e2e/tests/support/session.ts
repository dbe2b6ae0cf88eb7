import { expect, type Page } from '@playwright/test';
import { noteResponse } from './audit-trail';

/** The admin the e2e start creates (see playwright.config.ts). */
export const E2E_ADMIN = { username: 'admin', password: 'E2e-Console-Pass-2026!' };

/** Signs in through the sign-in page, as a person would. */
export async function signInAs(page: Page, who: { username: string; password: string } = E2E_ADMIN, path = '/instances?region=CN_Beijing_A') {
  await page.goto(path);
  await page.getByTestId('login-username').fill(who.username);
  await page.getByTestId('login-password').fill(who.password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
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
