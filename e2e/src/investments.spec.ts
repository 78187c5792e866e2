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
import { seriousViolations } from './support/axe';
import { DESKTOP, PHONE, saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';

test.skip(chromiumMissing, CHROMIUM_MISSING_MESSAGE);

const POOL_NET_EDITOR_EMAIL = 'editor.pool-net@4m4iof.example';
const CEP_EDITOR_EMAIL = 'editor.cep@4m4iof.example';

/** Whole cents as the English pages write them, e.g. €1,250,000.50 */
const euros = (cents: number) =>
  `€${Math.floor(cents / 100).toLocaleString('en')}.${String(cents % 100).padStart(2, '0')}`;

async function tokenOf(
  request: APIRequestContext,
  email: string,
): Promise<string> {
  const login = await request.post('/api/auth/login', {
    data: { email, password: DEMO_PASSWORD },
  });
  expect(login.status()).toBe(200);
  return ((await login.json()) as { accessToken: string }).accessToken;
}

async function submittedTotal(request: APIRequestContext): Promise<number> {
  const response = await request.get('/api/investments/pipeline', {
    headers: {
      Authorization: `Bearer ${await tokenOf(request, COORDINATOR_EMAIL)}`,
    },
  });
  const pipeline = (await response.json()) as {
    byStatus: { status: string; amountCents: number }[];
  };
  return (
    pipeline.byStatus.find((row) => row.status === 'submitted')?.amountCents ??
    0
  );
}

const column = (page: Page, status: string) =>
  page
    .locator('.board__column')
    .filter({ has: page.getByRole('heading', { name: status }) });

// One journey: each step needs the proposal the one before it made.
test.describe.serial('the investment pipeline', () => {
  const title = `Composites recycling pilot line ${randomUUID().slice(0, 6)}`;
  let proposalUrl = '';

  test('a Pool-Net editor records a proposal for its partner and moves it to submitted', async ({
    page,
  }) => {
    await signIn(page, POOL_NET_EDITOR_EMAIL);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Investments' })
      .click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Investment pipeline' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'New proposal' }).click();

    await expect(page.getByLabel('Lead partner')).toBeDisabled();
    await expect(page.getByLabel('Lead partner')).toHaveValue('pool-net');
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Funding instrument').selectOption({ label: 'ERDF' });
    await page
      .getByLabel('Call', { exact: true })
      .fill('I3 Instrument, Strand 2a');
    await page.getByLabel('Amount (euros)').fill('1.234,567');
    await page.getByRole('button', { name: 'Record the proposal' }).click();
    await expect(
      page.getByText('Enter an amount in euros, with at most two decimals.'),
    ).toBeVisible();
    await page.getByLabel('Amount (euros)').fill('1 250 000,50');
    await page.getByLabel('Co-financing (euros)').fill('250000');
    await page.getByLabel('Call deadline').fill('2027-03-31');
    await page.getByRole('checkbox', { name: 'Eurecat' }).check();
    await page.getByRole('checkbox', { name: 'Centro Portugal' }).check();
    await page.getByRole('checkbox', { name: 'Catalonia' }).check();
    await page.getByRole('button', { name: 'Record the proposal' }).click();

    await expect(
      page.getByRole('heading', { level: 1, name: title }),
    ).toBeVisible();
    proposalUrl = new URL(page.url()).pathname;
    expect(proposalUrl).toMatch(/^\/investments\/\d+$/);
    await expect(page.getByText('€1,250,000.50')).toBeVisible();
    await expect(page.getByText('€250,000.00')).toBeVisible();
    await expect(page.getByText('Recorded as Idea')).toBeVisible();

    await page.getByRole('link', { name: 'Edit or move the proposal' }).click();
    await page.getByLabel('Status').selectOption({ label: 'Submitted' });
    await page
      .getByLabel('Why the status changes')
      .fill('Submitted through the managing authority portal.');
    await page.getByRole('button', { name: 'Save the proposal' }).click();

    await expect(
      page.getByRole('heading', { level: 1, name: title }),
    ).toBeVisible();
    await expect(page.locator('.proposal-status')).toHaveText('Submitted');
    await expect(page.getByText('Idea → Submitted')).toBeVisible();
    await expect(
      page.getByText('Submitted through the managing authority portal.'),
    ).toBeVisible();
  });

  test('an editor of another partner reads the proposal but cannot change it', async ({
    page,
    request,
  }) => {
    await signIn(page, CEP_EDITOR_EMAIL);
    await page.goto(proposalUrl);
    await expect(
      page.getByRole('heading', { level: 1, name: title }),
    ).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Edit or move the proposal' }),
    ).toHaveCount(0);
    const response = await request.patch(`/api${proposalUrl}`, {
      headers: {
        Authorization: `Bearer ${await tokenOf(request, CEP_EDITOR_EMAIL)}`,
      },
      data: { version: 2, status: 'withdrawn' },
    });
    expect(response.status()).toBe(403);
  });

  test('the coordinator sees it in the submitted column and in the totals', async ({
    page,
    request,
  }) => {
    await signIn(page, COORDINATOR_EMAIL);
    await page.goto('/investments');
    const submitted = column(page, 'Submitted');
    await expect(submitted.getByRole('link', { name: title })).toBeVisible();
    await expect(submitted).toContainText('ERDF · Pool-Net');
    await expect(submitted.locator('.board__sum')).toHaveText(
      euros(await submittedTotal(request)),
    );

    await page.getByRole('button', { name: 'Show as a table' }).click();
    const erdf = page
      .getByRole('table', { name: /Amounts of the proposals/ })
      .getByRole('row', { name: /ERDF/ });
    await expect(erdf).toContainText('€1,250,000.50');

    await page.getByLabel('Partner').selectOption({ label: 'Pool-Net' });
    await expect(page).toHaveURL(/partner=pool-net/);
    await expect(submitted.getByRole('link', { name: title })).toBeVisible();

    await page.goto('/dashboard');
    const panel = page.getByRole('region', { name: 'Investment pipeline' });
    await expect(panel.getByRole('row', { name: /Submitted/ })).toBeVisible();
  });

  for (const [device, viewport] of Object.entries({
    desktop: DESKTOP,
    phone: PHONE,
  })) {
    test(`the board, a proposal and its form: no serious accessibility finding; screenshots (${device})`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await signIn(page, COORDINATOR_EMAIL);
      await page.goto('/investments');
      await expect(
        column(page, 'Submitted').getByRole('link', { name: title }),
      ).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, `investments-board-${device}`);
      await page.goto(proposalUrl);
      await expect(page.getByText('Idea → Submitted')).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, `investment-${device}`);
      await page.goto(`${proposalUrl}/edit`);
      await expect(page.getByLabel('Amount (euros)')).toHaveValue('1250000.50');
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, `investment-edit-${device}`);
    });
  }
});
