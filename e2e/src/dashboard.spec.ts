import {
  expect,
  test,
  type APIRequestContext,
  type Locator,
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

// The journeys share one server and run side by side: this one works in
// Małopolska, a region no partner and no other journey works in, so the
// figures filtered to it are those of the actions created here.
const REGION = 'PL21';
const REGION_NAME = 'Małopolska';

interface Figures {
  actions: number;
  meanProgress: number | null;
  byStatus: Record<string, number>;
  byHealth: Record<string, number>;
  overdue: number;
  stale: number;
}

interface DashboardResponse {
  overall: Figures;
  matrix: { partner: string; stream: number; led: number }[];
}

interface CreatedAction {
  id: number;
  code: string;
  title: string;
}

function daysFromToday(days: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

async function tokenOf(request: APIRequestContext): Promise<string> {
  const login = await request.post('/api/auth/login', {
    data: { email: COORDINATOR_EMAIL, password: DEMO_PASSWORD },
  });
  expect(login.status()).toBe(200);
  return ((await login.json()) as { accessToken: string }).accessToken;
}

async function dashboardOf(
  request: APIRequestContext,
  token: string,
  query = '',
): Promise<DashboardResponse> {
  const response = await request.get(`/api/dashboard${query}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(200);
  return (await response.json()) as DashboardResponse;
}

// Streams 1–3 only, and no action led by Cluj IT Cluster or Plastipolis: the
// governance journey expects those rules to fail still.
const PLAN = (suffix: string) => [
  {
    title: `Alliance meetings in Kraków ${suffix}`,
    stream: 1,
    phase: 'implementation',
    lead: 'afil',
    contributors: ['eurecat'],
    status: 'in_progress',
    progress: 40,
    health: 'green',
    dueDate: daysFromToday(120),
    milestones: [{ title: 'First meeting held', dueDate: daysFromToday(20) }],
  },
  {
    title: `Małopolska Industry 4.0 working group ${suffix}`,
    stream: 1,
    phase: 'implementation',
    lead: 'afil',
    contributors: ['minalogic'],
    status: 'on_hold',
    progress: 10,
    health: 'amber',
    dueDate: daysFromToday(-12),
  },
  {
    title: `Mapping of the Małopolska S3 priorities ${suffix}`,
    stream: 2,
    phase: 'preparation',
    lead: 'eurecat',
    contributors: ['afil'],
    status: 'completed',
    progress: 100,
    health: 'green',
    dueDate: daysFromToday(-40),
  },
  {
    title: `Roadmap chapter on industrial robotics ${suffix}`,
    stream: 3,
    phase: 'implementation',
    lead: 'bwcon',
    contributors: [],
    status: 'in_progress',
    progress: 60,
    health: 'red',
    dueDate: daysFromToday(45),
    milestones: [{ title: 'Draft chapter sent', dueDate: daysFromToday(35) }],
  },
  {
    title: `Cross-regional S3 coordination group ${suffix}`,
    stream: 2,
    phase: 'preparation',
    lead: 'minalogic',
    contributors: ['afil', 'bwcon'],
    status: 'planned',
    progress: 0,
    health: 'green',
    dueDate: daysFromToday(200),
  },
];

const headline = (page: Page, label: string): Locator =>
  page
    .locator('.headline__figure')
    .filter({ has: page.locator('.headline__label', { hasText: label }) });

const value = (page: Page, label: string): Locator =>
  headline(page, label).locator('.headline__value');

async function expectHeadline(page: Page, figures: Figures): Promise<void> {
  const percent =
    figures.meanProgress === null
      ? '—'
      : `${Math.round(figures.meanProgress)}%`;
  await expect(value(page, 'Actions')).toHaveText(String(figures.actions));
  await expect(value(page, 'Mean progress')).toHaveText(percent);
  await expect(value(page, 'In progress')).toHaveText(
    String(figures.byStatus['in_progress']),
  );
  await expect(value(page, 'Completed')).toHaveText(
    String(figures.byStatus['completed']),
  );
  await expect(value(page, 'Overdue')).toHaveText(String(figures.overdue));
  await expect(value(page, 'Stale')).toHaveText(String(figures.stale));
  await expect(value(page, 'Red health')).toHaveText(
    String(figures.byHealth['red']),
  );
}

// Drawn charts are SVG inside their role="img" container.
async function chartsDrawn(page: Page): Promise<void> {
  const drawings = page.locator('[role="img"]');
  await expect(drawings.first()).toBeVisible();
  for (const drawing of await drawings.all()) {
    await expect(drawing.locator('svg')).toHaveCount(1);
  }
}

test.describe('steering-committee dashboard', () => {
  // One worker creates the plan and reads it; the journeys must not double it.
  test.describe.configure({ mode: 'serial' });

  let token: string;
  let created: CreatedAction[];

  test.beforeAll(async ({ request }) => {
    token = await tokenOf(request);
    const suffix = randomUUID().slice(0, 6);
    created = [];
    for (const action of PLAN(suffix)) {
      const response = await request.post('/api/actions', {
        headers: { Authorization: `Bearer ${token}` },
        data: { ...action, regions: [REGION] },
      });
      expect(response.status(), await response.text()).toBe(201);
      created.push((await response.json()) as CreatedAction);
    }
  });

  test('the viewer reads the figures, filters them to a region and opens the actions behind a cell', async ({
    page,
    request,
  }) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });

    await signIn(page);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link').first()).toHaveText('Dashboard');
    await nav.getByRole('link', { name: 'Dashboard' }).click();
    await expect(page).toHaveURL('/dashboard');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Dashboard' }),
    ).toBeVisible();

    // Other journeys add actions meanwhile: read both again until they agree.
    await expect(async () => {
      await page.reload();
      const whole = await dashboardOf(request, token);
      await expectHeadline(page, whole.overall);
    }).toPass({ timeout: 20_000 });

    // Filters go to the address, so the filtered dashboard can be sent.
    await page.locator('[data-filter="region"] summary').click();
    await page.getByRole('checkbox', { name: REGION_NAME }).check();
    await expect(page).toHaveURL(`/dashboard?region=${REGION}`);
    await expect(
      page.getByText(`Showing the actions of ${REGION_NAME}.`),
    ).toBeVisible();
    await page.keyboard.press('Escape');

    const region = await dashboardOf(request, token, `?region=${REGION}`);
    expect(region.overall).toMatchObject({
      actions: 5,
      overdue: 1,
      byStatus: { in_progress: 2, completed: 1, planned: 1, on_hold: 1 },
      byHealth: { red: 1 },
    });
    await expectHeadline(page, region.overall);
    await expect(value(page, 'Mean progress')).toHaveText('42%');

    // The partner × stream cell: AFIL leads the two stream 1 actions.
    const matrix = page.getByRole('table', {
      name: 'Actions each partner leads and contributes to, by stream',
    });
    const afil = matrix.getByRole('row').filter({
      has: page.getByRole('rowheader', { name: 'AFIL', exact: true }),
    });
    // Two led in S1; none led but two contributed to in S2; nothing in S3–S5.
    await expect(afil.getByRole('cell')).toHaveText([
      '2',
      /^0.*\+2$/,
      /none/,
      /none/,
      /none/,
      '2',
    ]);
    expect(
      region.matrix.find((c) => c.partner === 'afil' && c.stream === 1)?.led,
    ).toBe(2);
    await afil
      .getByRole('link', { name: 'AFIL leads 2 actions in S1' })
      .click();

    await expect(page).toHaveURL(
      `/actions?stream=1&region=${REGION}&lead=afil&status=planned,in_progress,on_hold,completed`,
    );
    await expect(
      page.getByRole('heading', { level: 1, name: 'Actions' }),
    ).toBeVisible();
    const rows = page
      .getByRole('table')
      .getByRole('row')
      .filter({
        has: page.getByRole('link'),
      });
    await expect(rows).toHaveCount(2);
    await expect(rows.filter({ hasText: created[0].title })).toHaveCount(1);
    await expect(rows.filter({ hasText: created[1].title })).toHaveCount(1);

    // Back to the same filtered dashboard, and the overdue figure's actions.
    await page.goBack();
    await expect(page).toHaveURL(`/dashboard?region=${REGION}`);
    await headline(page, 'Overdue').getByRole('link').click();
    await expect(page).toHaveURL(`/actions?region=${REGION}&overdue=true`);
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText(created[1].title);

    expect(problems).toEqual([]);
  });

  for (const [device, viewport] of Object.entries({
    desktop: DESKTOP,
    phone: PHONE,
  })) {
    test(`screenshot on a ${device} (${viewport.width} px)`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await signIn(page);
      await page.goto(`/dashboard?region=${REGION}`);
      await expect(value(page, 'Actions')).toHaveText('5');
      await chartsDrawn(page);
      // No horizontal scrolling of the page itself, whatever the width.
      const overflow = await page.evaluate(
        () =>
          document.documentElement.scrollWidth -
          document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
      await saveScreenshot(page, `dashboard-${device}`);
    });
  }
});
