import type { Page } from '@playwright/test';
import { join } from 'node:path';

export const DESKTOP = { width: 1366, height: 900 };
export const PHONE = { width: 390, height: 844 };

const SCREENSHOT_DIR = join(__dirname, '..', '..', 'screenshots');

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: join(SCREENSHOT_DIR, `${name}.png`),
    fullPage: true,
  });
}
