import {
  expect,
  test,
  type APIRequestContext,
  type Page,
} from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { COORDINATOR_EMAIL } from './support/accounts';
import {
  CHROMIUM_MISSING_MESSAGE,
  DEMO_PASSWORD,
  chromiumMissing,
} from './support/environment';
import { DESKTOP, PHONE, saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';

test.skip(chromiumMissing, CHROMIUM_MISSING_MESSAGE);

const POOL_NET_EDITOR_EMAIL = 'editor.pool-net@4m4iof.example';

interface CreatedAction {
  id: number;
  code: string;
  title: string;
}

// The e2e server starts from reference data only: each worker creates the
// actions it needs, as the coordinator, through the API.
async function createAction(
  request: APIRequestContext,
  title: string,
): Promise<CreatedAction> {
  const login = await request.post('/api/auth/login', {
    data: { email: COORDINATOR_EMAIL, password: DEMO_PASSWORD },
  });
  expect(login.status()).toBe(200);
  const { accessToken } = (await login.json()) as { accessToken: string };
  const response = await request.post('/api/actions', {
    headers: { Authorization: `Bearer ${accessToken}` },
    data: {
      title,
      description:
        'Bring the Industry 4.0 alliances of the regions together on additive manufacturing.',
      stream: 3,
      phase: 'preparation',
      lead: 'pool-net',
      contributors: ['eurecat', 'flanders-make'],
      regions: ['PT16', 'ES51'],
      startDate: '2026-01-12',
      dueDate: '2027-06-30',
      status: 'in_progress',
      progress: 20,
      health: 'green',
      milestones: [
        {
          title: 'Workshop agenda agreed',
          dueDate: '2026-02-15',
          doneDate: '2026-02-10',
        },
        { title: 'Workshop held in Marinha Grande', dueDate: '2027-03-20' },
      ],
      indicators: [
        {
          name: 'SMEs taking part',
          unit: 'SMEs',
          baseline: 0,
          target: 40,
          actual: 12,
        },
      ],
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as CreatedAction;
}

let action: CreatedAction;

test.beforeAll(async ({ request }) => {
  action = await createAction(
    request,
    `Joint roadmap workshop ${randomUUID().slice(0, 6)}`,
  );
});

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('status')).toHaveText('You are signed out.');
}

const historyOf = (page: Page) =>
  page
    .getByRole('region', { name: 'History of status updates' })
    .getByRole('listitem')
    .first();

test.describe('action plan', () => {
  test('a partner editor posts a status update that the coordinator then reads', async ({
    page,
  }) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });

    await signIn(page, POOL_NET_EDITOR_EMAIL);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Actions' })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Actions' }),
    ).toBeVisible();
    await page.getByLabel('Lead partner').selectOption({ label: 'Pool-Net' });
    await expect(page).toHaveURL(/lead=pool-net/);
    await page.getByRole('link', { name: action.title }).click();
    await expect(page).toHaveURL(`/actions/${action.id}`);
    await expect(
      page.getByRole('heading', {
        level: 1,
        name: `${action.code} ${action.title}`,
      }),
    ).toBeVisible();
    // Pool-Net leads this action: its editor may update it, not delete it.
    await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);

    await page.getByRole('button', { name: 'Post a status update' }).click();
    const form = page.getByRole('region', { name: 'Post a status update' });
    await form.getByLabel('Amber (at risk)').check();
    // The comment rule is explained before anything is sent.
    await expect(
      form.getByText('A comment is required for this update: health is amber.'),
    ).toBeVisible();
    await form.getByRole('button', { name: 'Post the update' }).click();
    await expect(
      form.getByText('A comment is required when health is amber.'),
    ).toBeVisible();

    await form.getByLabel('Progress (%)').fill('35');
    await form
      .getByLabel('Comment (required)')
      .fill('The venue in Marinha Grande is not confirmed yet.');
    await form
      .getByLabel(/^Next steps/)
      .fill('Ask Eurecat to host in Barcelona.');
    await form.getByRole('button', { name: 'Post the update' }).click();

    await expect(page.getByRole('status').first()).toHaveText(
      'Your status update is posted and shown first in the history.',
    );
    await expect(historyOf(page)).toContainText('Pool-Net editor, Pool-Net');
    await expect(historyOf(page)).toContainText(
      'The venue in Marinha Grande is not confirmed yet.',
    );
    await expect(historyOf(page)).toContainText('Amber');
    await expect(historyOf(page)).toContainText('Progress 35%');
    await expect(
      page.getByRole('region', { name: 'Details' }).getByText('35%'),
    ).toBeVisible();

    await signOut(page);
    await signIn(page, COORDINATOR_EMAIL);
    await page.goto(`/actions/${action.id}`);
    await expect(historyOf(page)).toContainText('Pool-Net editor, Pool-Net');
    await expect(historyOf(page)).toContainText(
      'The venue in Marinha Grande is not confirmed yet.',
    );
    await expect(historyOf(page)).toContainText(
      'Ask Eurecat to host in Barcelona.',
    );
    await expect(page.getByRole('button', { name: 'Delete' })).toBeVisible();

    await page
      .getByRole('link', { name: 'Actions', exact: true })
      .first()
      .click();
    await page.getByLabel('Search').fill(action.code);
    await expect(page).toHaveURL(new RegExp(`q=${action.code}`));
    const row = page.getByRole('row').filter({ hasText: action.title });
    await expect(row).toContainText('Amber');
    await expect(row).toContainText('35%');
    // A shared link shows the same list after a reload.
    await page.reload();
    await expect(page.getByLabel('Search')).toHaveValue(action.code);
    await expect(
      page.getByRole('row').filter({ hasText: action.title }),
    ).toContainText('Amber');

    expect(problems).toEqual([]);
  });

  test('the governance panel shows the rules and the refused phase gate names the partners', async ({
    page,
  }) => {
    await signIn(page);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Governance' })
      .click();
    const leads = page
      .getByRole('listitem')
      .filter({ hasText: 'Every active partner leads at least one action' });
    await expect(leads).toContainText('Violated');
    // Pool-Net leads an action; the others of the reference data do not yet.
    await expect(
      leads.getByRole('link', { name: 'Cluj IT Cluster' }),
    ).toHaveAttribute('href', '/partners/cluj-it-cluster');
    await expect(leads.getByRole('link', { name: 'Pool-Net' })).toHaveCount(0);
    await expect(
      page.getByRole('button', { name: /Adopt the joint action plan/ }),
    ).toHaveCount(0);

    await signOut(page);
    await signIn(page, COORDINATOR_EMAIL);
    await page.goto('/governance');
    await expect(page.getByText('Current phase')).toBeVisible();
    await expect(
      page.getByText('The plan cannot be adopted yet.'),
    ).toBeVisible();
    await page
      .getByRole('button', {
        name: 'Adopt the joint action plan and move to Implementation',
      })
      .click();
    await page
      .getByRole('button', {
        name: 'Yes, adopt the joint action plan and move to Implementation',
      })
      .click();
    const refusal = page.getByRole('alert');
    await expect(refusal).toContainText('The server refused to move on');
    await expect(refusal).toContainText(
      'Every active partner leads at least one action',
    );
    await expect(
      refusal.getByRole('link', { name: 'Plastipolis' }),
    ).toHaveAttribute('href', '/partners/plastipolis');
    await expect(refusal).toContainText(
      'Every activity stream has at least one action',
    );
    await expect(page.getByText('Current phase')).toBeVisible();
    await expect(page.getByText('Preparation', { exact: true })).toBeVisible();
  });
});

test.describe('action plan screenshots', () => {
  for (const [device, viewport] of Object.entries({
    desktop: DESKTOP,
    phone: PHONE,
  })) {
    test(`on a ${device} (${viewport.width} px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await signIn(page, COORDINATOR_EMAIL);

      const shots = [
        { name: 'actions', path: '/actions', ready: action.title },
        {
          name: 'action',
          path: `/actions/${action.id}`,
          ready: 'History of status updates',
        },
        { name: 'governance', path: '/governance', ready: 'Phase gate' },
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

      await page.goto(`/actions/${action.id}`);
      await page.getByRole('button', { name: 'Post a status update' }).click();
      await page.getByLabel('Red (in trouble)').check();
      await page.getByRole('button', { name: 'Post the update' }).click();
      await expect(
        page.getByText('A comment is required when health is red.'),
      ).toBeVisible();
      await saveScreenshot(page, `action-update-${device}`);

      await page.goto(`/actions/${action.id}/edit`);
      await expect(page.getByLabel('Milestone 1')).toHaveValue(
        'Workshop agenda agreed',
      );
      await saveScreenshot(page, `action-edit-${device}`);
    });
  }
});
