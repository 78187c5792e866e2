import { expect, test, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { COORDINATOR_EMAIL } from './support/accounts';
import {
  CHROMIUM_MISSING_MESSAGE,
  DEMO_PASSWORD,
  chromiumMissing,
} from './support/environment';
import { seriousViolations } from './support/axe';
import { DESKTOP, PHONE, saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';

test.skip(chromiumMissing, CHROMIUM_MISSING_MESSAGE);

const AFIL_EDITOR_EMAIL = 'editor.afil@4m4iof.example';

/** Today in Brussels, as the date inputs want it. */
function brusselsToday(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Brussels',
  }).format(new Date());
}

function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('status')).toHaveText('You are signed out.');
}

test.describe('working sessions', () => {
  test.describe.configure({ mode: 'serial' });

  test('the coordinator records a decision that creates an action and closes the session; an editor updates the action; the dashboard shows the change', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    const suffix = randomUUID().slice(0, 6);
    const decisionText = `Organise the Lombardy robotics workshop ${suffix}`;

    // The coordinator records the session and its decision.
    await signIn(page, COORDINATOR_EMAIL);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Sessions' })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Working sessions' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'New working session' }).click();
    await expect(page.getByLabel('Text of decision 1')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Date', { exact: true }).fill(brusselsToday());
    await page.getByLabel('Place').fill(`Milan, AFIL ${suffix}`);
    await page.getByLabel('AFIL', { exact: true }).selectOption('present');
    await page.getByLabel('Eurecat', { exact: true }).selectOption('absent');
    await page
      .getByLabel('Agenda items, one per line')
      .fill('Progress of stream 1\nNext calls');
    await page.getByLabel('Text of decision 1').fill(decisionText);
    await page
      .getByLabel('Owner of decision 1')
      .selectOption({ label: 'AFIL' });
    await page.getByLabel('Due date of decision 1').fill(daysFromToday(30));
    await page
      .getByLabel('Minutes (Markdown)')
      .fill(
        '## Agreed\n\nAFIL **leads** the workshop.\n\n<script>window.injected = true</script>',
      );
    await page.getByRole('button', { name: 'Save the session' }).click();

    await expect(page).toHaveURL(/\/sessions\/\d+$/);
    const sessionUrl = new URL(page.url()).pathname;
    await expect(
      page.getByRole('heading', { level: 1, name: /Working session of/ }),
    ).toBeVisible();
    await expect(page.getByText('AFIL — present')).toBeVisible();
    await expect(page.getByText('Eurecat — absent')).toBeVisible();
    // The minutes are rendered from Markdown, without the script.
    const minutes = page.locator('.minutes');
    await expect(
      minutes.getByRole('heading', { name: 'Agreed' }),
    ).toBeVisible();
    await expect(minutes.locator('strong')).toHaveText('leads');
    await expect(minutes.locator('script')).toHaveCount(0);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);

    // The decision's follow-up action, in one step.
    await page
      .getByRole('button', { name: 'Create the follow-up action' })
      .click();
    await page.getByLabel('Activity stream').selectOption({ index: 0 });
    await page.getByLabel('Phase').selectOption({ label: 'Implementation' });
    await page.getByRole('button', { name: 'Create the action' }).click();
    const actionLink = page
      .locator('.decision')
      .filter({ hasText: decisionText })
      .getByRole('link', { name: new RegExp(`^S1-\\d+ ${decisionText}$`) });
    await expect(actionLink).toBeVisible();
    const actionName = (await actionLink.textContent())?.trim() ?? '';
    const actionCode = actionName.split(' ')[0];
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'session-detail-desktop');

    // Closing freezes the figures, after a confirmation.
    await page.getByRole('button', { name: 'Close the session' }).click();
    await expect(
      page.getByRole('alertdialog', { name: 'Close this working session?' }),
    ).toBeVisible();
    await page
      .getByRole('button', { name: 'Yes, close and freeze the figures' })
      .click();
    await expect(page.locator('.session-meta .badge')).toHaveText('Closed');
    await expect(page.getByRole('link', { name: 'Edit' })).toHaveCount(0);
    await expect(
      page.getByRole('heading', { name: 'Changes since the last session' }),
    ).toBeVisible();
    await expect(page.getByText('Nothing has changed since.')).toBeVisible();
    await signOut(page);

    // AFIL's editor updates the action the decision created.
    await signIn(page, AFIL_EDITOR_EMAIL);
    await page.goto(sessionUrl);
    await page.getByRole('link', { name: actionName }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: actionName }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Post a status update' }).click();
    const form = page.getByRole('region', { name: 'Post a status update' });
    await form.getByLabel('Status').selectOption({ label: 'In progress' });
    await form.getByLabel('Amber (at risk)').check();
    await form.getByLabel('Progress (%)').fill('25');
    await form
      .getByLabel('Comment (required)')
      .fill('The venue in Milan is not confirmed yet.');
    await form.getByRole('button', { name: 'Post the update' }).click();
    await expect(page.getByRole('status').first()).toHaveText(
      'Your status update is posted and shown first in the history.',
    );

    // The dashboard says what changed since the session.
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Dashboard' })
      .click();
    const panel = page.getByRole('region', {
      name: 'Changes since the last session',
    });
    await expect(panel).toBeVisible();
    const change = panel.getByRole('listitem').filter({ hasText: actionName });
    await expect(change).toContainText('Moved');
    await expect(change).toContainText('Planned');
    await expect(change).toContainText('In progress');
    await expect(change).toContainText('0% → 25%');
    await expect(
      change.getByRole('link', { name: actionName }),
    ).toHaveAttribute('href', new RegExp(`/actions/\\d+$`));
    await panel.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'dashboard-changes-since-session-desktop');
    expect(await seriousViolations(page)).toEqual([]);

    await page.setViewportSize(PHONE);
    await expect(change).toBeVisible();
    await saveScreenshot(page, 'dashboard-changes-since-session-phone');
    await page.goto(sessionUrl);
    await expect(page.locator('.session-meta .badge')).toHaveText('Closed');
    await expect(
      page
        .getByRole('region', { name: 'Changes since the last session' })
        .getByRole('listitem')
        .filter({ hasText: actionCode })
        .filter({ hasText: 'Moved' }),
    ).toContainText('0% → 25%');
    await saveScreenshot(page, 'session-detail-phone');
    await page.setViewportSize(DESKTOP);

    expect(problems).toEqual([]);
  });
  test('the coordinator prepares the next session and downloads its agenda', async ({
    page,
    request,
  }) => {
    const login = await request.post('/api/auth/login', {
      data: { email: COORDINATOR_EMAIL, password: DEMO_PASSWORD },
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const created = await request.post('/api/working-sessions', {
      headers: { Authorization: `Bearer ${accessToken}` },
      data: {
        date: daysFromToday(7),
        place: 'Barcelona, Eurecat',
        agenda: ['Welcome'],
        attendees: [{ partner: 'eurecat' }],
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const session = (await created.json()) as { id: number };

    await signIn(page, COORDINATOR_EMAIL);
    await page.goto('/sessions');
    await page.getByRole('link', { name: 'Prepare the next session' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Prepare the next session' }),
    ).toBeVisible();
    const next = page.getByRole('region', { name: /Next session/ });
    await expect(next.getByRole('link').first()).toHaveAttribute(
      'href',
      `/sessions/${session.id}`,
    );
    await expect(next.getByRole('listitem').first()).toHaveText('Welcome');
    expect(await seriousViolations(page)).toEqual([]);
    await saveScreenshot(page, 'session-prepare-desktop');

    const download = page.waitForEvent('download');
    await next.getByRole('button', { name: 'Agenda as Markdown' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(
      `4m4iof-agenda-${daysFromToday(7)}.md`,
    );

    await page.setViewportSize(PHONE);
    await expect(next).toBeVisible();
    await saveScreenshot(page, 'session-prepare-phone');
    await page.setViewportSize(DESKTOP);
  });
});
