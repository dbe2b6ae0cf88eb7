import { expect, type Page } from '@playwright/test';

/** Theme and language are saved to the person's profile: set them, whatever an earlier run left. */
export async function setLook(page: Page, scheme: 'light' | 'dark', lang: 'en' | 'zh-CN') {
  const html = page.locator('html');
  if ((await html.getAttribute('data-mantine-color-scheme')) !== scheme) await page.getByTestId('color-scheme-toggle').click();
  await expect(html).toHaveAttribute('data-mantine-color-scheme', scheme);
  if ((await html.getAttribute('lang')) !== lang) {
    await page.getByTestId('language-switch').click();
    await page.getByRole('option', { name: lang === 'en' ? /English/ : /中文/ }).click();
  }
  await expect(html).toHaveAttribute('lang', lang);
}
