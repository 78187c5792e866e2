import { existsSync } from 'node:fs';

// The browser journeys drive Debian's Chromium, never a downloaded one.
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_MISSING_MESSAGE = `E2E SKIPPED: ${CHROMIUM_PATH} not found — install Debian's chromium package`;

export const chromiumMissing = !existsSync(CHROMIUM_PATH);
