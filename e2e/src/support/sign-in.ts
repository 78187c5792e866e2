import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, VIEWER_EMAIL } from './environment';

/** Signs in through the sign-in page, as people do. */
export async function signIn(
  page: Page,
  email = VIEWER_EMAIL,
  password = DEMO_PASSWORD,
): Promise<void> {
  if (!page.url().includes('/sign-in')) await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}
