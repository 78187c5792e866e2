import { existsSync } from 'node:fs';

// The browser journeys drive Debian's Chromium, never a downloaded one.
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_MISSING_MESSAGE = `E2E SKIPPED: ${CHROMIUM_PATH} not found — install Debian's chromium package`;

export const chromiumMissing = !existsSync(CHROMIUM_PATH);

// Seeded accounts share the DEMO_PASSWORD the server is started with (SPEC §7).
export const DEMO_PASSWORD = 'e2e-password-123';
export const VIEWER_EMAIL = 'viewer@4m4iof.example';
