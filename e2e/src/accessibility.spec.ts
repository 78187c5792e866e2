import { expect, test } from '@playwright/test';
import { COORDINATOR_EMAIL } from './support/accounts';
import {
  CHROMIUM_MISSING_MESSAGE,
  DEMO_PASSWORD,
  chromiumMissing,
} from './support/environment';
import { DESKTOP, PHONE, saveScreenshot } from './support/screenshots';
import { seriousViolations } from './support/axe';
import { signIn } from './support/sign-in';

test.skip(chromiumMissing, CHROMIUM_MISSING_MESSAGE);

let actionId: number;

// The e2e server starts from reference data only: an action to look at.
test.beforeAll(async ({ request }) => {
  const login = await request.post('/api/auth/login', {
    data: { email: COORDINATOR_EMAIL, password: DEMO_PASSWORD },
  });
  expect(login.status()).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const created = await request.post('/api/actions', {
    headers: { Authorization: `Bearer ${accessToken}` },
    data: {
      title: 'Accessible dashboards for the steering committee',
      description: 'Every figure readable with a keyboard and a screen reader.',
      stream: 5,
      phase: 'implementation',
      lead: 'cep',
      contributors: ['bwcon'],
      regions: ['BE2'],
      startDate: '2026-01-05',
      dueDate: '2026-03-31',
      status: 'in_progress',
      progress: 35,
      health: 'amber',
      milestones: [{ title: 'Audit done', dueDate: '2026-02-27' }],
      indicators: [
        { name: 'Pages checked', unit: 'pages', baseline: 0, target: 10 },
      ],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  actionId = ((await created.json()) as { id: number }).id;
});

for (const [width, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    for (const [name, path] of [
      ['dashboard', () => '/dashboard'],
      ['action list', () => '/actions'],
      ['action page', () => `/actions/${actionId}`],
    ] as const) {
      test(`the ${name} has no serious or critical accessibility violation`, async ({
        page,
      }) => {
        await signIn(page);
        await page.goto(path());
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(
          page.getByRole('status').filter({ hasText: /Loading/ }),
        ).toHaveCount(0);
        expect(await seriousViolations(page)).toEqual([]);
        await saveScreenshot(
          page,
          `accessibility-${name.replace(/ /g, '-')}-${width}`,
        );
      });
    }
  });
}

test('the dashboard in French has no serious or critical violation either', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/dashboard');
  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Tableau de bord',
  );
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('at 390 px in French, where the words are longest', () => {
  test.use({ viewport: PHONE });

  test('nothing on the dashboard or an action page runs off the side', async ({
    page,
  }) => {
    await signIn(page);
    await page.getByLabel('Language').selectOption('fr');
    for (const path of ['/dashboard', `/actions/${actionId}`]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const width = await page.evaluate(
        () => document.documentElement.scrollWidth,
      );
      expect(width, path).toBeLessThanOrEqual(PHONE.width);
    }
    await saveScreenshot(page, 'accessibility-action-page-phone-fr');
  });
});
