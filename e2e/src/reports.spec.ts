import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
  CHROMIUM_MISSING_MESSAGE,
  chromiumMissing,
} from './support/environment';
import { DESKTOP, saveScreenshot } from './support/screenshots';
import { signIn } from './support/sign-in';

test.skip(chromiumMissing, CHROMIUM_MISSING_MESSAGE);

// SPEC §1: a viewer follows progress and downloads reports.
test.describe('progress reports', () => {
  test('a viewer previews the report of a period and downloads it as PDF and Markdown', async ({
    page,
  }) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));

    await page.setViewportSize(DESKTOP);
    await signIn(page);
    await page.getByRole('link', { name: 'Reports', exact: true }).click();
    await expect(page).toHaveURL('/reports');
    await expect(page).toHaveTitle('Reports · 4M4IoF Roadmap');

    // Last month by default, previewed from the Markdown report.
    await expect(page.getByLabel('Last month')).toBeChecked();
    const preview = page.locator('.preview__report');
    await expect(
      preview.getByRole('heading', {
        name: '4 Motors 4 Industry of the Future — progress report',
      }),
    ).toBeVisible();
    await expect(
      preview.getByRole('heading', { name: 'Progress per partner' }),
    ).toBeVisible();
    await expect(
      preview.getByRole('cell', {
        name: 'Clúster Digital de Catalunya',
        exact: true,
      }),
    ).toBeVisible();

    await page.getByLabel('Custom dates').check();
    await page.getByLabel('From').fill('2026-10-01');
    await page.getByLabel('To (included)').fill('2026-11-30');
    await expect(
      page.getByRole('heading', {
        name: /Preview — 1 Oct 2026 to 30 Nov 2026/,
      }),
    ).toBeVisible();
    await saveScreenshot(page, 'reports-desktop');

    await page.getByLabel('Format').selectOption('pdf');
    const pdfDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download' }).click();
    const pdf = await pdfDownload;
    expect(pdf.suggestedFilename()).toBe(
      '4m4iof-progress-2026-10-01_2026-11-30.pdf',
    );
    const pdfBytes = await readFile(await pdf.path());
    expect(pdfBytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    await expect(
      page.getByRole('status').filter({ hasText: 'Downloaded' }),
    ).toHaveText('Downloaded 4m4iof-progress-2026-10-01_2026-11-30.pdf.');

    await page.getByLabel('Format').selectOption('md');
    const mdDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download' }).click();
    const md = await mdDownload;
    expect(md.suggestedFilename()).toBe(
      '4m4iof-progress-2026-10-01_2026-11-30.md',
    );
    const markdown = await readFile(await md.path(), 'utf8');
    expect(markdown.split('\n')[0]).toBe(
      '# 4 Motors 4 Industry of the Future — progress report',
    );
    expect(markdown).toContain('- **Period:** 2026-10-01 to 2026-11-30');

    expect(problems).toEqual([]);
  });

  test('a reversed period is explained before anything is asked of the server', async ({
    page,
  }) => {
    await signIn(page);
    await page.goto('/reports');
    await page.getByLabel('From').fill('2026-11-30');
    await page.getByLabel('To (included)').fill('2026-10-01');
    await expect(
      page.getByText('The last day cannot be before the first.'),
    ).toBeVisible();
    await expect(page.getByLabel('Custom dates')).toBeChecked();
    await expect(page.getByRole('button', { name: 'Download' })).toBeDisabled();
  });
});
