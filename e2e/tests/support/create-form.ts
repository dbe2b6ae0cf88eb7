import { expect, type Page } from '@playwright/test';

export const E2E_INSTANCE_PASSWORD = 'E2e-Instance-Pass1!';

/** Fills the create-instance form's place, name and password (the page is open or opening). */
export async function fillCreateInstance(page: Page, name: string, password = E2E_INSTANCE_PASSWORD) {
  // The create page loads on first use; until it is shown the list (and its own VDC filter) stays.
  await expect(page.getByRole('form', { name: 'Create instance' })).toBeVisible();
  await page.getByRole('combobox', { name: 'VDC' }).click();
  await page.getByRole('option', { name: 'Beijing-Prod' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('textbox', { name: 'Confirm password' }).fill(password);
}
