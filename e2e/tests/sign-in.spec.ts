import { expectNoSeriousA11yViolations } from './support/axe';
import { screenshot } from './support/screens';
import { E2E_ADMIN } from './support/session';
import { expect, test } from './support/test';

// The sign-in page has its own language list and theme button (no Select or Tooltip: it is part of
// the first download); they must work like the shell's, by mouse and by keyboard, in both themes.
test('the sign-in page: language from its list by mouse and keyboard, both themes, axe, then in', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByTestId('login-username')).toBeVisible();

  await page.getByTestId('language-switch').click();
  await expect(page.getByRole('listbox')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'sign-in, language list open');
  await page.getByRole('option', { name: /中文/ }).click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('登录');

  await page.getByTestId('color-scheme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await screenshot(page, 'sign-in-dark-zh');
  await expectNoSeriousA11yViolations(page, 'sign-in, dark, zh');

  // Back by keyboard: an arrow opens the list on the language in use, the next arrow moves, Enter picks.
  await page.getByTestId('language-switch').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { name: /中文/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('language-switch')).toBeFocused();
  await page.getByTestId('color-scheme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light');
  await screenshot(page, 'sign-in-light-en');

  await page.getByTestId('login-username').fill(E2E_ADMIN.username);
  await page.getByTestId('login-password').fill(E2E_ADMIN.password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('user-menu')).toBeVisible();
});
