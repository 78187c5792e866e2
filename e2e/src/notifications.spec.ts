import { expect, test, type APIRequestContext } from '@playwright/test';
import {
  COORDINATOR_EMAIL,
  createAccount,
  uniqueEmail,
} from './support/accounts';
import {
  CHROMIUM_MISSING_MESSAGE,
  DEMO_PASSWORD,
  chromiumMissing,
} from './support/environment';
import { DESKTOP, PHONE, saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';

test.skip(chromiumMissing, CHROMIUM_MISSING_MESSAGE);

const PASSWORD = 'notify-me-2026';

async function tokenOf(
  request: APIRequestContext,
  email: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const response = await request.post('/api/auth/login', {
    data: { email, password },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

// The tests share one server: the action and the two editors are this test's own.
test('an editor comments on an action another partner leads; that partner’s editor follows the bell to it', async ({
  browser,
  request,
}) => {
  const title = `Cross-cluster survey ${Date.now()}`;
  const coordinatorToken = await tokenOf(request, COORDINATOR_EMAIL);
  const created = await request.post('/api/actions', {
    headers: { Authorization: `Bearer ${coordinatorToken}` },
    data: {
      title,
      stream: 1,
      phase: 'preparation',
      lead: 'bwcon',
      contributors: ['eurecat'],
      startDate: '2026-01-12',
      dueDate: '2027-06-30',
    },
  });
  expect(created.status()).toBe(201);
  const action = (await created.json()) as { id: number; code: string };

  const commenter = uniqueEmail('editor.eurecat');
  const reader = uniqueEmail('editor.bwcon');
  await createAccount(request, {
    email: commenter,
    displayName: 'Núria from Eurecat',
    role: 'editor',
    partner: 'eurecat',
    password: PASSWORD,
  });
  await createAccount(request, {
    email: reader,
    displayName: 'Jonas from bwcon',
    role: 'editor',
    partner: 'bwcon',
    password: PASSWORD,
  });

  // The Eurecat editor comments on the action bwcon leads.
  const eurecat = await browser.newPage({ viewport: DESKTOP });
  await signIn(eurecat, commenter, PASSWORD);
  await eurecat.goto(`/actions/${action.id}`);
  await eurecat
    .getByLabel('Your comment')
    .fill('Our survey of the Catalan alliances is ready to merge with yours.');
  await eurecat.getByRole('button', { name: 'Post comment' }).click();
  await expect(eurecat.getByRole('status')).toContainText('comment');
  await eurecat.close();

  // The bwcon editor sees it on the bell, as the API counts it.
  const bwcon = await browser.newPage({ viewport: DESKTOP });
  await signIn(bwcon, reader, PASSWORD);
  const readerToken = await tokenOf(request, reader, PASSWORD);
  const inbox = await request.get('/api/notifications', {
    headers: { Authorization: `Bearer ${readerToken}` },
  });
  const { unread } = (await inbox.json()) as { unread: number };
  expect(unread).toBeGreaterThanOrEqual(1);
  const bell = bwcon.getByRole('link', {
    name: `Notifications, ${unread} unread`,
  });
  await expect(bell).toBeVisible();
  await saveScreenshot(bwcon, 'notifications-bell');

  await bell.click();
  await expect(bwcon).toHaveURL(/\/notifications$/);
  await expect(
    bwcon.getByRole('heading', { level: 1, name: 'Notifications' }),
  ).toBeVisible();
  const notification = bwcon.getByRole('link', {
    name: `New Núria from Eurecat commented on ${action.code} ${title}: "Our survey of the Catalan alliances is ready to merge with yours."`,
  });
  await expect(notification).toBeVisible();
  await saveScreenshot(bwcon, 'notifications-list');

  await notification.click();
  await expect(bwcon).toHaveURL(
    new RegExp(`/actions/${action.id}#comments-title$`),
  );
  await expect(
    bwcon.getByRole('heading', { level: 1, name: new RegExp(title) }),
  ).toBeVisible();
  await expect(
    bwcon.getByText(
      'Our survey of the Catalan alliances is ready to merge with yours.',
    ),
  ).toBeVisible();
  // Read now: the bell has one fewer.
  await bwcon.goto('/notifications');
  await expect(
    bwcon.getByRole('link', {
      name:
        unread - 1 > 0
          ? `Notifications, ${unread - 1} unread`
          : /^Notifications$/,
    }),
  ).toBeVisible();

  // The link of the weekly digest opens the status update form.
  await bwcon.goto(`/actions/${action.id}?update=status`);
  await expect(
    bwcon.getByRole('button', { name: /Post.*update/i }),
  ).toBeVisible();
  await saveScreenshot(bwcon, 'notifications-update-link');

  // E-mail preferences: a daily digest, in German.
  await bwcon.goto('/account/notifications');
  await bwcon.getByLabel('In a daily digest').check();
  await bwcon.getByLabel('Language of the e-mails').selectOption('de');
  await bwcon.getByRole('button', { name: 'Save preferences' }).click();
  await expect(bwcon.getByRole('status')).toHaveText(
    'Your preferences are saved.',
  );
  await saveScreenshot(bwcon, 'notifications-preferences');
  await bwcon.reload();
  await expect(bwcon.getByLabel('In a daily digest')).toBeChecked();
  await expect(bwcon.getByLabel('Language of the e-mails')).toHaveValue('de');

  await bwcon.setViewportSize(PHONE);
  await bwcon.goto('/notifications');
  await expect(
    bwcon.getByRole('link', { name: /Notifications/ }).first(),
  ).toBeVisible();
  await saveScreenshot(bwcon, 'notifications-list-phone');
  await bwcon.close();
});

test('the coordinator sees that e-mail is off on the e2e server', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await signIn(page, COORDINATOR_EMAIL);
  await page.goto('/admin/mail');
  await expect(
    page.getByRole('heading', { level: 2, name: 'E-mail is off' }),
  ).toBeVisible();
  await expect(
    page.getByText('No SMTP server is configured (SMTP_URL)'),
  ).toBeVisible();
  await saveScreenshot(page, 'notifications-mail-admin');
});
