import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { noteResponse } from './support/audit-trail';
import { screenshot } from './support/screens';
import { setLook } from './support/look';
import { api, signInAs } from './support/session';

// Administration: the default cloud account is a setting an admin chooses (issue 12). The badge
// marks it, "Make default" moves it after a confirmation, and a person who has not picked an
// account (no ?account=) starts with it.

const SIM_PORT = Number(process.env.E2E_SIM_PORT ?? 18787);
const CDS_KEY = { id: 'AKDEMO0000000000000001', secret: 'SKdemo-local-simulator-secret-0001' };

/** PUT and DELETE from the page's context (the support helper sends GET, POST and PATCH). */
async function call(page: Page, method: 'PUT' | 'DELETE', path: string, body?: unknown) {
  const res = await page.request.fetch(path, {
    method,
    headers: { 'X-CSRF': '1', 'Content-Type': 'application/json' },
    data: body === undefined ? undefined : JSON.stringify(body),
  });
  noteResponse(method, res.url(), res.status(), res.headers()['x-request-id']);
  return res.status();
}

test('an admin makes another cloud account the default, and a fresh visit starts with it', async ({ page }) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const name = `CDS second ${stamp}`;
  await signInAs(page, undefined, '/admin/accounts');
  await setLook(page, 'light', 'en');

  // A second CDS account on the simulator (the same key pair: its calls work too).
  const made = await api(page, 'POST', '/api/accounts', {
    provider: 'cds', name, accessKeyId: CDS_KEY.id, secret: CDS_KEY.secret, endpointArea: 'custom', endpointUrl: `http://127.0.0.1:${SIM_PORT}`,
  });
  expect(made.status).toBe(201);
  const id = made.body.account.id as string;
  const before = (await api(page, 'GET', '/api/accounts')).body.items.find((a: { provider: string; isDefault: boolean }) => a.provider === 'cds' && a.isDefault);
  expect(before).toBeTruthy();

  try {
    await page.reload();
    const row = page.locator(`[data-testid=account-row][data-account-id="${id}"]`);
    const oldRow = page.locator(`[data-testid=account-row][data-account-id="${before.id}"]`);
    await expect(oldRow.getByTestId('default-account-badge')).toHaveText('Default');
    await expect(row.getByTestId('default-account-badge')).toHaveCount(0);

    // The current default cannot be made default again: the item says why.
    await oldRow.getByRole('button', { name: `Actions for ${before.name}` }).click();
    await expect(page.getByRole('menuitem', { name: /Make default/ })).toBeDisabled();
    await expect(page.getByRole('menuitem', { name: /Make default/ })).toContainText('Already the default CDS account');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toHaveCount(0);

    // Make the new one the default, after a confirmation.
    await row.getByRole('button', { name: `Actions for ${name}` }).click();
    await page.getByRole('menuitem', { name: 'Make default', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Make this the default CDS account?' });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText(name);
    await screenshot(page, 'admin-make-default-confirm-light');
    await dialog.getByTestId('confirm-button').click();
    await expect(dialog).toBeHidden();
    await expect(row.getByTestId('default-account-badge')).toBeVisible();
    await expect(oldRow.getByTestId('default-account-badge')).toHaveCount(0);
    await expect(page.getByText(`${name} is now the default CDS account`)).toBeVisible();
    await screenshot(page, 'admin-default-account-light');
    await expectNoSeriousA11yViolations(page, 'cloud accounts, light');

    // A visit naming no account starts with the new default.
    await page.goto('/instances?region=CN_Beijing_A');
    await expect(page.getByTestId('account-picker')).toHaveAttribute('data-account-id', id);
    await expect(page.getByTestId('instance-row').first()).toBeVisible();

    // Dark and Chinese: the badge and the action in the other language.
    await page.goto('/admin/accounts');
    await setLook(page, 'dark', 'zh-CN');
    await expect(row.getByTestId('default-account-badge')).toHaveText('默认');
    await oldRow.getByRole('button', { name: `${before.name} 的操作` }).click();
    await expect(page.getByRole('menuitem', { name: '设为默认', exact: true })).toBeEnabled();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu')).toHaveCount(0);
    await screenshot(page, 'admin-default-account-dark-zh');
    await expectNoSeriousA11yViolations(page, 'cloud accounts, dark zh-CN');
  } finally {
    // Leave the console as the other specs expect it: the old default, this account gone, light English.
    expect(await call(page, 'PUT', '/api/accounts/default', { provider: 'cds', accountId: before.id })).toBe(200);
    expect(await call(page, 'DELETE', `/api/accounts/${id}`)).toBe(204);
    await page.goto('/admin/accounts');
    await setLook(page, 'light', 'en');
  }
});
