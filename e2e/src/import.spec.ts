import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { COORDINATOR_EMAIL } from './support/accounts';
import {
  CHROMIUM_MISSING_MESSAGE,
  chromiumMissing,
} from './support/environment';
import { DESKTOP, PHONE, saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';

test.skip(chromiumMissing, CHROMIUM_MISSING_MESSAGE);

const HEADER =
  'Code,Title,Stream,Phase,Lead partner,Contributors,Regions,Start date,Due date,Status,Progress,Health,Description';
const rows = (lead: string) =>
  [
    HEADER,
    'IMP-01,Joint demonstrator on collaborative robots,3,implementation,afil,"cep, eurecat",ITC4,2026-12-01,2027-09-30,planned,0,green,Demonstrators in Lombardy and Catalonia',
    `IMP-02,Matchmaking days for SMEs,5,preparation,${lead},,PT16,2026-11-15,2027-03-31,in_progress,25,green,Two matchmaking days a year`,
  ].join('\n');
const csv = (lead: string) => ({
  name: 'action-plan.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(rows(lead)),
});

test('the coordinator imports a small action plan: template, preview with an error, fix, apply', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await signIn(page, COORDINATOR_EMAIL);
  await page.goto('/admin');
  await page
    .getByRole('navigation', { name: 'Administration' })
    .getByRole('link', { name: 'Import and export' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Import the action plan' }),
  ).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the template' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('action-plan-template.xlsx');
  const template = readFileSync(await download.path());
  expect(template.subarray(0, 2).toString()).toBe('PK');

  const file = page.getByLabel('Spreadsheet with the action plan');
  await file.setInputFiles(csv('nobody'));
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.getByText('Problems: 1')).toBeVisible();
  const problems = page.getByRole('region', { name: 'Problems to fix' });
  await expect(problems.getByRole('row').nth(1)).toHaveText(
    /3\s*E3\s*Lead partner\s*unknown partner "nobody"/,
  );
  await expect(
    page.getByRole('button', { name: 'Apply the import' }),
  ).toHaveCount(0);
  await saveScreenshot(page, 'import-preview-with-error');

  await file.setInputFiles(csv('pool-net'));
  await page.getByRole('button', { name: 'Preview the import' }).click();
  await expect(page.getByText('To create: 2')).toBeVisible();
  await expect(page.getByText('Problems: 0')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Actions the import changes' }),
  ).toContainText('Matchmaking days for SMEs');
  await saveScreenshot(page, 'import-preview');

  await page.getByRole('button', { name: 'Apply the import' }).click();
  await expect(
    page.getByText('Imported: 2 actions created, 0 updated.'),
  ).toBeVisible();
  await page.getByRole('link', { name: 'See the actions' }).click();
  await expect(page).toHaveURL(/\/actions/);
  await expect(
    page.getByRole('link', {
      name: /Joint demonstrator on collaborative robots/,
    }),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: /Matchmaking days for SMEs/ }),
  ).toBeVisible();

  const [exported] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('button', { name: 'Export as a spreadsheet (XLSX)' })
      .click(),
  ]);
  expect(exported.suggestedFilename()).toMatch(
    /^action-plan-\d{4}-\d{2}-\d{2}\.xlsx$/,
  );

  await page.setViewportSize(PHONE);
  await page.goto('/admin/import');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Import the action plan' }),
  ).toBeVisible();
  await saveScreenshot(page, 'import-phone');
});

// Screenshots only: the other journeys share this server and count its partners and regions.
test('the administration pages list the partners, regions, streams and settings', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await signIn(page, COORDINATOR_EMAIL);
  await page.goto('/admin/partners');
  const partners = page.getByRole('region', { name: 'Partners' });
  await expect(partners.getByRole('row')).toHaveCount(13);
  await page.getByRole('button', { name: 'Retire CEP' }).click();
  await expect(page.getByLabel('Hand its open actions over to')).toBeVisible();
  await saveScreenshot(page, 'admin-partners');
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.goto('/admin/regions');
  await expect(
    page.getByRole('region', { name: 'Regions' }).getByRole('row'),
  ).toHaveCount(11);
  await page.goto('/admin/streams');
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(5);
  await page.goto('/admin/settings');
  await expect(page.getByLabel('Stale after (days)')).toHaveValue('30');
  await page.setViewportSize(PHONE);
  await page.goto('/admin/partners');
  await expect(partners.getByRole('row')).toHaveCount(13);
  await saveScreenshot(page, 'admin-partners-phone');
});
