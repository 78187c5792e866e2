import { expect, test, type Page } from '@playwright/test';
import {
  COORDINATOR_EMAIL,
  createAccount,
  uniqueEmail,
} from './support/accounts';
import {
  CHROMIUM_MISSING_MESSAGE,
  chromiumMissing,
} from './support/environment';
import { DESKTOP, PHONE, saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';

test.skip(chromiumMissing, CHROMIUM_MISSING_MESSAGE);

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('status')).toHaveText('You are signed out.');
}

test.describe('accounts', () => {
  test('the coordinator creates a partner editor, who signs in without the admin pages', async ({
    page,
  }) => {
    const email = uniqueEmail('editor.pool-net');
    const password = 'Atlantic-Arc-2031';
    // Content-Security-Policy violations and script errors end up here.
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });

    await signIn(page, COORDINATOR_EMAIL);
    await expect(page.getByRole('banner')).toContainText('Coordinator');
    await mainNav(page).getByRole('link', { name: 'Admin' }).click();
    await expect(page).toHaveURL('/admin');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Accounts' }),
    ).toBeVisible();
    await expect(
      page.getByRole('row').filter({ hasText: COORDINATOR_EMAIL }),
    ).toBeVisible();

    await page.getByRole('link', { name: 'New account' }).click();
    await expect(page).toHaveURL('/admin/accounts/new');
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Display name').fill('Inês Ferreira');
    await page.getByLabel('Role').selectOption({ label: 'Partner editor' });
    // An editor without a partner is refused before anything is sent.
    await page.getByRole('button', { name: 'Create account' }).click();
    await expect(
      page.getByText('Choose the partner this editor works for'),
    ).toBeVisible();
    await page.getByLabel('Partner').selectOption({ label: 'Pool-Net' });
    await page.getByLabel('Initial password').fill('short');
    await expect(
      page.getByText('It must have at least 10 characters.'),
    ).toBeVisible();
    await page.getByLabel('Initial password').fill(password);
    await expect(page.getByText('Strong enough.')).toBeVisible();
    await page.getByRole('button', { name: 'Create account' }).click();

    await expect(page).toHaveURL(/\/admin\/accounts\/\d+$/);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Inês Ferreira' }),
    ).toBeVisible();
    await expect(page.getByRole('status').first()).toContainText(
      'The account is created.',
    );
    await expect(page.getByText('Partner editor, Pool-Net')).toBeVisible();

    await signOut(page);
    await signIn(page, email, password);
    const header = page.getByRole('banner');
    await expect(header).toContainText('Inês Ferreira');
    await expect(header).toContainText('Partner editor, Pool-Net');
    await expect(mainNav(page).getByRole('link')).toHaveText([
      'Dashboard',
      'Partnership',
      'Actions',
      'Governance',
      'Reports',
      'Sessions',
      'Investments',
      'Partners',
      'Funding',
    ]);
    await expect(page.getByRole('link', { name: 'Admin' })).toHaveCount(0);

    await page.goto('/admin');
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: 'You do not have access to this page',
      }),
    ).toBeVisible();
    await expect(page).toHaveURL('/admin');
    await expect(page).toHaveTitle('No access · 4M4IoF Roadmap');
    await saveScreenshot(page, 'no-access-desktop');
    expect(problems).toEqual([]);
  });

  test('a viewer changes their own password, then signs in with the new one', async ({
    page,
    request,
  }) => {
    const email = uniqueEmail('observer');
    const oldPassword = 'Observatory-0451';
    const newPassword = 'Lighthouse-Keeper-77';
    await createAccount(request, {
      email,
      displayName: 'Regional Observer',
      role: 'viewer',
      password: oldPassword,
    });

    await signIn(page, email, oldPassword);
    await page.getByRole('link', { name: 'My account' }).click();
    await expect(page).toHaveURL('/account');
    await expect(
      page.getByRole('heading', { level: 1, name: 'My account' }),
    ).toBeVisible();
    await expect(page.getByText(email).first()).toBeVisible();

    await page.getByLabel('Current password').fill('not-my-password');
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Confirm the new password').fill(newPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(
      page.getByText('This is not your current password.'),
    ).toBeVisible();

    await page.getByLabel('Current password').fill(oldPassword);
    await page.getByRole('button', { name: 'Change password' }).click();
    await expect(page.getByRole('status')).toContainText(
      'Your password has been changed.',
    );

    // The old token stopped working; the page keeps going with the new one.
    await page.reload();
    await expect(
      page.getByRole('heading', { level: 1, name: 'My account' }),
    ).toBeVisible();
    await expect(page.getByText(email).first()).toBeVisible();

    await signOut(page);
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill(oldPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'The e-mail address or the password is wrong.',
    );
    await signIn(page, email, newPassword);
    await expect(page.getByRole('banner')).toContainText('Regional Observer');
  });

  test('the coordinator filters accounts by the address, and disables one after confirming', async ({
    page,
    request,
  }) => {
    const email = uniqueEmail('editor.bwcon');
    const password = 'Neckar-Valley-2031';
    await createAccount(request, {
      email,
      displayName: 'Bwcon Departing Editor',
      role: 'editor',
      partner: 'bwcon',
      password,
    });

    await signIn(page, COORDINATOR_EMAIL);
    await page.goto('/admin');
    await page.getByLabel('Partner').selectOption({ label: 'bwcon' });
    await expect(page).toHaveURL('/admin?partner=bwcon');
    await page.getByLabel('Search').fill('departing');
    await expect(page).toHaveURL('/admin?partner=bwcon&q=departing');
    const rows = page.locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await page.reload();
    await expect(page.getByLabel('Search')).toHaveValue('departing');
    await expect(rows).toHaveCount(1);

    await rows.getByRole('link', { name: 'Bwcon Departing Editor' }).click();
    await page.getByRole('button', { name: 'Disable account' }).click();
    const question = page.getByRole('alertdialog');
    await expect(question).toContainText(
      'Disable the account of Bwcon Departing Editor?',
    );
    await question
      .getByRole('button', { name: 'Yes, disable the account' })
      .click();
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(
      page.getByRole('heading', { level: 1, name: /Disabled/ }),
    ).toBeVisible();

    await page.getByRole('link', { name: 'Accounts' }).click();
    await page.getByLabel('Status').selectOption({ label: 'Disabled' });
    await expect(page).toHaveURL(/active=false/);
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText('Disabled');

    await signOut(page);
    await page.getByLabel('E-mail address').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'The e-mail address or the password is wrong.',
    );
  });
});

test.describe('account screenshots', () => {
  for (const [device, viewport] of Object.entries({
    desktop: DESKTOP,
    phone: PHONE,
  })) {
    test(`on a ${device} (${viewport.width} px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await signIn(page, COORDINATOR_EMAIL);

      const shots = [
        { name: 'admin', path: '/admin', ready: 'Last sign-in' },
        {
          name: 'new-account',
          path: '/admin/accounts/new',
          ready: 'Initial password',
        },
        { name: 'account', path: '/account', ready: 'Account created' },
      ];
      for (const shot of shots) {
        await page.goto(shot.path);
        await expect(
          page.getByText(shot.ready, { exact: true }).first(),
        ).toBeVisible();
        await expect(
          page.getByRole('status').filter({ hasText: 'Loading' }),
        ).toHaveCount(0);
        await saveScreenshot(page, `${shot.name}-${device}`);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow, `${shot.path} is wider than the screen`).toBe(0);
      }

      await page.goto('/admin');
      await page
        .locator('tbody')
        .getByRole('link', { name: 'Pool-Net editor', exact: true })
        .click();
      await expect(page.getByRole('heading', { name: 'Access' })).toBeVisible();
      await page.getByRole('button', { name: 'Disable account' }).click();
      await expect(page.getByRole('alertdialog')).toBeVisible();
      await saveScreenshot(page, `admin-account-${device}`);

      // What a form looks like when it is refused.
      await page.goto('/admin/accounts/new');
      await page.getByLabel('Role').selectOption({ label: 'Partner editor' });
      await page.getByLabel('Initial password').fill('password1');
      await page.getByRole('button', { name: 'Create account' }).click();
      await expect(
        page.getByText('Choose the partner this editor'),
      ).toBeVisible();
      await saveScreenshot(page, `new-account-errors-${device}`);
    });
  }
});
