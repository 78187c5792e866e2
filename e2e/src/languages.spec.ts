import { expect, test } from '@playwright/test';
import {
  CHROMIUM_MISSING_MESSAGE,
  chromiumMissing,
} from './support/environment';
import { saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';

test.skip(chromiumMissing, CHROMIUM_MISSING_MESSAGE);

// Months as French writes them in short dates ("25 nov. 2026").
const FRENCH_DATE =
  /\b\d{1,2} (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.) \d{4}\b/;

test('a viewer switches the interface to French in the header and keeps it after a reload', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByLabel('Language').selectOption('fr');

  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Tableau de bord',
  );
  const nav = page.getByRole('navigation', { name: 'Principale' });
  await expect(nav.getByRole('link', { name: 'Partenariat' })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'Avancement moyen par axe' }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Se déconnecter' }),
  ).toBeVisible();
  await expect(page).toHaveTitle('Tableau de bord · 4M4IoF Roadmap');
  // The day the figures are of, written the French way.
  await expect(
    page.locator('.dashboard-header__as-of time').first(),
  ).toHaveText(FRENCH_DATE);
  await saveScreenshot(page, 'languages-dashboard-fr');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Tableau de bord',
  );
  await expect(page.getByLabel('Langue')).toHaveValue('fr');

  // Numbers too: the key figures group thousands with a (narrow) space.
  await page.goto('/');
  await expect(page.locator('main')).toContainText(/\d[\u202f\u00a0]\d{3}\b/);

  // And back to English, remembered as well.
  await page.getByLabel('Langue').selectOption('en');
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dashboard');
});
