import { defineConfig } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CHROMIUM_MISSING_MESSAGE,
  CHROMIUM_PATH,
  DEMO_PASSWORD,
  chromiumMissing,
} from './src/support/environment';

const workspaceRoot = join(__dirname, '..');
const port = Number(process.env['E2E_PORT'] ?? 4310);
const baseURL = `http://127.0.0.1:${port}`;
// One fresh database per run; workers inherit the name through the environment.
const databaseFile = (process.env['E2E_DATABASE_FILE'] ??= join(
  tmpdir(),
  `4m4iof-e2e-${randomUUID()}.sqlite`,
));

if (chromiumMissing) {
  if (process.env['CI']) {
    throw new Error(CHROMIUM_MISSING_MESSAGE);
  }
  const line = '!'.repeat(CHROMIUM_MISSING_MESSAGE.length);
  console.warn(`\n${line}\n${CHROMIUM_MISSING_MESSAGE}\n${line}\n`);
}

export default defineConfig({
  testDir: './src',
  outputDir: './test-results',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  globalTeardown: './src/support/global-teardown.ts',
  use: {
    baseURL,
    browserName: 'chromium',
    viewport: { width: 1366, height: 900 },
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  // Without a browser there is nothing to serve: the specs skip themselves.
  webServer: chromiumMissing
    ? undefined
    : {
        command: 'node dist/api/main.js',
        cwd: workspaceRoot,
        url: `${baseURL}/api/health`,
        reuseExistingServer: false,
        timeout: 60_000,
        stdout: 'ignore',
        stderr: 'pipe',
        env: {
          PORT: String(port),
          DATABASE_URL: databaseFile,
          SEED: 'reference',
          DEMO_PASSWORD,
        },
      },
});
