import { expect, test } from '@playwright/test';
import {
  CHROMIUM_MISSING_MESSAGE,
  chromiumMissing,
} from './support/environment';
import { DESKTOP, PHONE, saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';

test.skip(chromiumMissing, CHROMIUM_MISSING_MESSAGE);

const PARTNERS = [
  'Plastipolis',
  'Viaméca',
  'Minalogic',
  'AFIL',
  'microTEC Südwest',
  'bwcon',
  'Eurecat',
  'CEP',
  'Clúster Digital de Catalunya',
  'Flanders Make',
  'Cluj IT Cluster',
  'Pool-Net',
];

test.describe('partnership overview', () => {
  test('lists the 12 partners and leads to a partner page that survives a reload', async ({
    page,
  }) => {
    // Content-Security-Policy violations and script errors end up here.
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });

    await page.goto('/');
    await expect(page).toHaveURL('/sign-in');
    await expect(page).toHaveTitle('Sign in · 4M4IoF Roadmap');
    await signIn(page);

    await expect(page).toHaveURL('/');
    await expect(page).toHaveTitle('Partnership overview · 4M4IoF Roadmap');
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: '4 Motors 4 Industry of the Future',
      }),
    ).toBeVisible();

    const table = page.getByRole('table', {
      name: 'Partners of the consortium',
    });
    await expect(table.locator('tbody tr')).toHaveCount(12);
    for (const name of PARTNERS) {
      await expect(
        table.getByRole('link', { name, exact: true }),
      ).toBeVisible();
    }
    await expect(
      page.locator('[aria-current="step"]').getByRole('heading'),
    ).toHaveText(/Preparation/);
    await expect(page.getByRole('contentinfo')).toContainText('Version ');

    await table.getByRole('link', { name: 'microTEC Südwest' }).click();
    await expect(page).toHaveURL('/partners/microtec-sudwest');
    await expect(
      page.getByRole('heading', { level: 1, name: 'microTEC Südwest' }),
    ).toBeVisible();

    await page.reload();
    await expect(
      page.getByRole('heading', { level: 1, name: 'microTEC Südwest' }),
    ).toBeVisible();
    await expect(page).toHaveTitle('microTEC Südwest · 4M4IoF Roadmap');
    await expect(
      page.getByText('Baden-Württemberg · Germany · Four Motors'),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', {
        name: 'Stream 1 Regional Industry 4.0 alliances',
      }),
    ).toBeVisible();
    await expect(
      page.getByText('Allianz Industrie 4.0', { exact: true }),
    ).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('shows the not-found page for unknown addresses and partners', async ({
    page,
  }) => {
    await signIn(page);
    await page.goto('/no/such/page');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Page not found' }),
    ).toBeVisible();
    await expect(page).toHaveTitle('Page not found · 4M4IoF Roadmap');

    await page.goto('/partners/no-such-partner');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Partner not found' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'See all partners' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Partners' }),
    ).toBeVisible();
  });

  test('navigates between the pages of the main navigation', async ({
    page,
  }) => {
    await signIn(page);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Funding' }).click();
    await expect(page).toHaveURL('/funding-instruments');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Funding instruments' }),
    ).toBeVisible();
    const h2020 = page.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'H2020' }),
    });
    await h2020.getByRole('link', { name: 'Horizon Europe' }).click();
    await expect(page).toHaveURL('/funding-instruments#horizon-europe');
    await expect(
      page.getByRole('heading', { name: 'Horizon Europe' }),
    ).toBeInViewport();
    await nav.getByRole('link', { name: 'Partners', exact: true }).click();
    await expect(page.locator('tbody tr')).toHaveCount(12);
  });
});

test.describe('signing in and out', () => {
  test('refuses a wrong password and explains why', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('E-mail address').fill('viewer@4m4iof.example');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'The e-mail address or the password is wrong.',
    );
    await expect(page).toHaveURL('/sign-in');
  });

  test('returns to the requested page after signing in, and signs out', async ({
    page,
  }) => {
    await page.goto('/partners/pool-net');
    await expect(page).toHaveURL(/\/sign-in\?returnUrl=%2Fpartners%2Fpool-net/);
    await signIn(page);
    await expect(page).toHaveURL('/partners/pool-net');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Pool-Net' }),
    ).toBeVisible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('status')).toHaveText('You are signed out.');
    await page.goto('/partners');
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test.describe('when the API fails', () => {
  test('shows the error with a retry that recovers', async ({ page }) => {
    await signIn(page);
    // The overview reads the partners too: let it finish before failing them.
    await expect(
      page.getByRole('table', { name: 'Partners of the consortium' }),
    ).toBeVisible();
    let failures = 1;
    await page.route('**/api/partners', async (route) => {
      if (failures-- > 0) {
        await route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({
            statusCode: 503,
            message: 'Service Unavailable',
          }),
        });
      } else {
        await route.continue();
      }
    });
    await page.goto('/partners');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The partners could not be loaded');
    await expect(alert).toContainText('error 503');
    await saveScreenshot(page, 'error-desktop');

    await alert.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.locator('tbody tr')).toHaveCount(12);
  });
});

test.describe('screenshots', () => {
  const pages = [
    { name: 'overview', path: '/', ready: 'Partners of the consortium' },
    {
      name: 'partner',
      path: '/partners/microtec-sudwest',
      ready: 'microTEC Südwest',
    },
    {
      name: 'partners',
      path: '/partners',
      ready: 'Partners of the consortium',
    },
    { name: 'funding', path: '/funding-instruments', ready: 'Interreg' },
    { name: 'not-found', path: '/nowhere', ready: 'Page not found' },
  ];

  for (const [device, viewport] of Object.entries({
    desktop: DESKTOP,
    phone: PHONE,
  })) {
    test(`on a ${device} (${viewport.width} px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto('/sign-in');
      await expect(page.getByRole('contentinfo')).toContainText('Version ');
      await saveScreenshot(page, `sign-in-${device}`);
      await signIn(page);

      for (const shot of pages) {
        await page.goto(shot.path);
        await expect(
          page.getByText(shot.ready, { exact: true }).first(),
        ).toBeAttached();
        await expect(
          page.getByRole('status').filter({ hasText: 'Loading' }),
        ).toHaveCount(0);
        await expect(page.getByRole('contentinfo')).toContainText('Version ');
        await saveScreenshot(page, `${shot.name}-${device}`);
        // Nothing may stick out sideways: wide tables scroll inside their box.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, `${shot.path} is wider than the screen`).toBe(0);
      }
    });
  }
});
