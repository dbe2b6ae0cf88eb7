import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { screenshot } from './support/screens';
import { setLook } from './support/look';
import { noteResponse } from './support/audit-trail';
import { api, signInAs } from './support/session';
import { drawn } from './support/tables';

// The second cloud as a person uses it: add a MOS account, import a key pair, create an
// instance with it, stop, start, change its type, renew it, edit its metadata, terminate it.
// Every step goes browser → BFF → SigV2-signed form POST → the simulator's MOS API.

const MOS_PORT = Number(process.env.E2E_MOS_PORT ?? 18788);
const MOS_KEY = { id: 'MOSDEMO00000000000000001', secret: 'mos-demo-local-simulator-secret-0001' };
// An RSA public key (its private half was thrown away): the initial password gets encrypted to it.
const PUBLIC_KEY =
  'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQCOiqXwHAC3FPUVql9AZPLGSn0l/hxKdHudOqunj1U/uytbSOwaNDJJg8v8mPOWsy13q2LdGkvU/003UJspe1cwBDedrgEITra7ciAt/Hl0yJ1hHNYmOtQEczX4rC2wFesuVRZl9f4Hh2hPGmnPL+zLyVCKGZNbErflEyJfjnqliwPukAA7VRCwBHziYWi1vheX5mPP9HB69sAuLA0FIixNTSwaG/1g9uP2XTTTxUKhSmCwtuRKB4mM7yP8ZQkk2iGn+HCFvWvlozVSZEnHzBlmrmWUE17fwqpfvum2uBQmmxHz1yd0Iz5zOKdpANCJ6976pVjTXLpVWmTdJP8/B9mz e2e@laptop';

async function pick(page: Page, testId: string, option: string | RegExp) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).click();
}

/** Opens the detail page's "…" menu and picks an action. */
async function detailAction(page: Page, name: string, action: string) {
  await page.getByRole('button', { name: `Actions for ${name}` }).click();
  await page.getByRole('menuitem', { name: action }).click();
}

const status = (page: Page) => page.getByTestId('mos-detail');

test('a MOS account, a key pair and an instance through its whole life', async ({ page }) => {
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const accountName = `MOS e2e ${stamp}`;
  const keyName = `e2e-key-${stamp}`;
  const name = `e2e-mos-${stamp}`;

  // Add the account as an admin does, and test its connection (a signed GetBalance).
  await signInAs(page, undefined, '/admin/accounts');
  await setLook(page, 'light', 'en');
  await page.getByTestId('add-account').click();
  await page.getByTestId('account-provider').getByText('Meituan (MOS)').click();
  await expect(page.getByTestId('account-area')).toHaveCount(0);
  await page.getByTestId('account-name').fill(accountName);
  await page.getByTestId('account-key-id').fill(MOS_KEY.id);
  await page.getByTestId('account-secret').fill(MOS_KEY.secret);
  await page.getByTestId('account-url').fill(`http://127.0.0.1:${MOS_PORT}/mcs/v1`);
  await page.getByTestId('account-region').fill('Beijing');
  await screenshot(page, 'mos-account-dialog-light');
  await page.getByTestId('account-submit').click();
  const accountRow = page.locator(`[data-testid=account-row][data-account-name="${accountName}"]`);
  await expect(accountRow).toHaveAttribute('data-provider', 'mos');
  await accountRow.getByTestId('test-connection').click();
  await expect(accountRow.getByTestId('test-result')).toHaveAttribute('data-ok', 'true');
  const accountId = await accountRow.getAttribute('data-account-id');

  // The MOS products under that account: the navigation is MOS's now.
  await page.goto(`/mos/instances?account=${accountId}`);
  await expect(page.getByTestId('mos-instance-row').first()).toBeVisible();
  await expect(page.getByTestId('account-picker')).toHaveAttribute('data-account-id', accountId!);
  await expect(page.getByRole('link', { name: 'Key pairs' })).toBeVisible();
  await expect(page.getByTestId('nav-vdcs')).toHaveCount(0);
  const balanceBefore = Number(await page.getByTestId('mos-balance').getAttribute('data-balance'));
  expect(balanceBefore).toBeGreaterThan(0);
  await screenshot(page, 'mos-instances-light');
  await expectNoSeriousA11yViolations(page, 'MOS instances');

  // MOS sorts nothing: a header reads the whole list and sorts it here, page 1 descending by name.
  const rowNames = async () =>
    (await drawn(page.getByTestId('mos-instance-row')))
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-instance-name') ?? ''));
  await page.getByTestId('sort-name').click();
  await page.getByTestId('sort-name').click();
  await expect(page).toHaveURL(/sort=-name/);
  await expect(page.locator('th[data-column=name]')).toHaveAttribute('aria-sort', 'descending');
  const descending = (n: string[]) =>
    n.length > 1 &&
    n.every(
      (x, k) =>
        k === 0 ||
        n[k - 1]!.localeCompare(x, undefined, { numeric: true, sensitivity: 'base' }) >= 0,
    );
  await expect.poll(async () => descending(await rowNames())).toBe(true);
  await page.getByTestId('sort-name').click();
  await expect(page).not.toHaveURL(/sort=/);

  // Filters live in the URL.
  await pick(page, 'mos-status-filter', 'Stopped (ready)');
  await expect(page).toHaveURL(/status=ready/);
  await expect(page.locator('[data-testid=mos-instance-row]:not([data-status=ready])')).toHaveCount(
    0,
  );
  await page.getByTestId('mos-search').fill('web');
  await expect(page).toHaveURL(/q=web/);

  // Import a key pair (a private key is refused before anything is sent).
  await page.goto(`/mos/key-pairs?account=${accountId}`);
  await page.getByTestId('mos-import-key').click();
  await page.getByTestId('mos-key-name').fill(keyName);
  await page.getByTestId('mos-key-material').fill('-----BEGIN OPENSSH PRIVATE KEY----- abc');
  await expect(page.getByText('This is a private key')).toBeVisible();
  await page.getByTestId('mos-key-material').fill(PUBLIC_KEY);
  await page.getByTestId('dialog-submit').click();
  const keyRow = page.locator(`[data-testid=mos-key-row][data-key-name="${keyName}"]`);
  await expect(keyRow.getByTestId('mos-key-fingerprint')).toHaveText(
    '67:96:70:3a:91:3d:bc:7b:35:a4:e9:6c:dd:e2:c3:fc',
  );
  await screenshot(page, 'mos-key-pairs-light');
  await expectNoSeriousA11yViolations(page, 'MOS key pairs');

  // Create an instance with it, for 72 hours.
  await page.goto(`/mos/instances/new?account=${accountId}`);
  await page.getByTestId('mos-create-name').fill(name);
  await pick(page, 'mos-create-type', /^medium —/);
  await pick(page, 'mos-create-template', 'cirros-0.3.1-x86_64.qcow2');
  await pick(page, 'mos-create-keypair', new RegExp(`^${keyName}`));
  await page.getByTestId('duration-count').fill('72');
  await pick(page, 'duration-unit', 'Hours');
  await screenshot(page, 'mos-create-light');
  await expectNoSeriousA11yViolations(page, 'MOS create form');
  await page.getByTestId('mos-create-submit').click();
  await expect(status(page)).toHaveAttribute('data-status', 'creating');
  await expect(status(page)).toHaveAttribute('data-status', 'running', { timeout: 20_000 });
  expect(Number(await page.getByTestId('mos-balance').getAttribute('data-balance'))).toBeCloseTo(
    balanceBefore - 72 * 0.3,
    2,
  );
  await page.getByTestId('mos-password-toggle').click();
  await expect(page.getByTestId('mos-password-keypair')).toHaveAttribute('data-keypair', keyName);
  await expect(page.getByTestId('mos-login-account')).toHaveText('cirros');
  await screenshot(page, 'mos-detail-light');
  await expectNoSeriousA11yViolations(page, 'MOS instance detail');

  // Stop (gently: stopping, then ready), start, stop at once with Force.
  await page.getByTestId('mos-detail-stop').click();
  await page.getByTestId('dialog-submit').click();
  await expect(status(page)).toHaveAttribute('data-status', 'stopping');
  await expect(status(page)).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });
  await page.getByTestId('mos-detail-start').click();
  await expect(status(page)).toHaveAttribute('data-status', /starting|running/);
  await expect(status(page)).toHaveAttribute('data-status', 'running', { timeout: 20_000 });
  await page.getByTestId('mos-detail-stop').click();
  await page.getByTestId('mos-force').check();
  await page.getByTestId('dialog-submit').click();
  await expect(status(page)).toHaveAttribute('data-status', 'ready');

  // Change the type (only while stopped).
  await detailAction(page, name, 'Change type');
  await pick(page, 'mos-type-select', /^large —/);
  await page.getByTestId('dialog-submit').click();
  await expect(page.getByTestId('mos-type')).toHaveText('large', { timeout: 20_000 });
  await expect(status(page)).toHaveAttribute('data-status', 'ready', { timeout: 20_000 });

  // Renew by 72 hours: the expiry moves by exactly that.
  const expireBefore = Date.parse(
    (await page.getByTestId('mos-expireAt').getAttribute('data-value'))!,
  );
  await detailAction(page, name, 'Renew');
  await page.getByTestId('duration-count').fill('72');
  await pick(page, 'duration-unit', 'Hours');
  await page.getByTestId('dialog-submit').click();
  await expect
    .poll(
      async () =>
        Date.parse((await page.getByTestId('mos-expireAt').getAttribute('data-value'))!) -
        expireBefore,
    )
    .toBe(72 * 3_600_000);

  // Metadata: add a key, change one, save; it is there after a reload.
  await page.getByTestId('mos-meta-add').click();
  await page.getByTestId('mos-meta-key').last().fill('role');
  await page.getByTestId('mos-meta-value').last().fill('e2e 测试');
  await page.getByTestId('mos-meta-save').click();
  await expect(page.getByText('Metadata saved')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('mos-meta-value').last()).toHaveValue('e2e 测试');

  // The dark theme and Chinese, on the detail page and the list.
  await setLook(page, 'dark', 'en');
  await screenshot(page, 'mos-detail-dark');
  await expectNoSeriousA11yViolations(page, 'MOS detail, dark');
  await setLook(page, 'dark', 'zh-CN');
  await screenshot(page, 'mos-detail-dark-zh');
  await page.goto(`/mos/instances?account=${accountId}`);
  await expect(page.getByTestId('mos-instance-row').first()).toBeVisible();
  await screenshot(page, 'mos-instances-dark-zh');
  await expectNoSeriousA11yViolations(page, 'MOS instances, dark, Chinese');
  await setLook(page, 'light', 'zh-CN');
  await screenshot(page, 'mos-instances-light-zh');
  await setLook(page, 'light', 'en');

  // Terminate: the name must be typed; the instance is gone from the list.
  await page
    .locator(`[data-testid=mos-instance-row][data-instance-name="${name}"]`)
    .getByTestId('mos-instance-link')
    .click();
  await detailAction(page, name, 'Terminate');
  await page.getByTestId('confirm-input').fill(name);
  await page.getByTestId('confirm-button').click();
  await expect(page).toHaveURL(/\/mos\/instances\?/);
  await expect(
    page.locator(`[data-testid=mos-instance-row][data-instance-name="${name}"]`),
  ).toHaveCount(0);

  // The e2e data folder outlives the run: leave no account behind.
  const gone = await page.request.fetch(`/api/accounts/${accountId}`, {
    method: 'DELETE',
    headers: { 'X-CSRF': '1' },
  });
  noteResponse('DELETE', gone.url(), gone.status(), gone.headers()['x-request-id']);
  expect(gone.status()).toBe(204);
});

test('one inventory across both clouds, a failing account in its place, and the keyboard search', async ({
  page,
}) => {
  await signInAs(page, undefined, '/inventory');
  await setLook(page, 'light', 'en');
  // An account whose key is wrong: its card says so, the others are listed all the same.
  const broken = await api(page, 'POST', '/api/accounts', {
    provider: 'mos',
    name: `MOS broken ${Date.now().toString(36)}`,
    accessKeyId: MOS_KEY.id,
    secret: 'not-the-secret',
    endpointUrl: `http://127.0.0.1:${MOS_PORT}/mcs/v1`,
  });
  expect(broken.status).toBe(201);
  try {
    await page.reload();
    const card = page.locator(
      `[data-testid=inventory-account][data-account-id="${broken.body.account.id}"]`,
    );
    await expect(card).toHaveAttribute('data-state', 'error', { timeout: 20_000 });
    await expect(card).toContainText('SignatureDoesNotMatch');
    await expect(page.getByTestId('inventory-partial')).toBeVisible();
    await expect(
      page.locator('[data-testid=inventory-row][data-provider=cds]').first(),
    ).toBeVisible();
    await page.getByTestId('inventory-search').fill('web-0');
    await expect(page).toHaveURL(/q=web-0/);
    await expect(
      page.locator('[data-testid=inventory-row][data-provider=mos][data-name=web-01]').first(),
    ).toBeVisible();
    await expect(
      page.locator('[data-testid=inventory-row][data-provider=cds][data-name=web-01]').first(),
    ).toBeVisible();
    await screenshot(page, 'inventory-light');
    await expectNoSeriousA11yViolations(page, 'inventory');
    await setLook(page, 'dark', 'zh-CN');
    await expect(page.getByRole('heading', { name: '全部云主机' })).toBeVisible();
    await screenshot(page, 'inventory-dark-zh');
    await expectNoSeriousA11yViolations(page, 'inventory, dark, Chinese');
    await setLook(page, 'light', 'en');

    // Ctrl+K: by the start of a MOS address, then open the CDS web-02 by its name.
    await page.keyboard.press('Control+K');
    await page.getByTestId('quick-search-input').fill('203.0.113');
    await expect(page.getByTestId('quick-search-hit').first()).toHaveAttribute(
      'data-to',
      /^\/mos\/instances\//,
    );
    await screenshot(page, 'quick-search-light');
    await expectNoSeriousA11yViolations(page, 'keyboard search');
    await page.getByTestId('quick-search-input').press('Enter');
    await expect(page).toHaveURL(/\/mos\/instances\/[0-9a-f-]{36}\?account=/);
    await expect(page.getByTestId('mos-detail')).toBeVisible();
    await page.keyboard.press('Control+K');
    await page.getByTestId('quick-search-input').fill('web-02');
    const cdsHit = page.locator('[data-testid=quick-search-hit][data-to^="/instances/"]').first();
    await expect(cdsHit).toBeVisible();
    await cdsHit.click();
    await expect(page).toHaveURL(/\/instances\/[0-9a-f-]{36}\?account=/);
    await expect(page.getByRole('heading', { name: 'web-02' })).toBeVisible();
  } finally {
    const res = await page.request.fetch(`/api/accounts/${broken.body.account.id}`, {
      method: 'DELETE',
      headers: { 'X-CSRF': '1' },
    });
    noteResponse('DELETE', res.url(), res.status(), res.headers()['x-request-id']);
  }
});
