import { expect, test } from '@playwright/test';
import {
  CHROMIUM_MISSING_MESSAGE,
  chromiumMissing,
} from './support/environment';

test.skip(chromiumMissing, CHROMIUM_MISSING_MESSAGE);

// The built server, as a user's browser meets it: the web app, a deep link that falls
// back to index.html, a static asset and the API carry the same protective headers.
test.describe('security headers of the running server', () => {
  for (const path of ['/', '/dashboard', '/i18n/en.json', '/api/health']) {
    test(`are sent with ${path}`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.ok()).toBe(true);
      const headers = res.headers();
      expect(headers['content-security-policy']).toContain("script-src 'self'");
      expect(headers['content-security-policy']).toContain(
        "frame-ancestors 'self'",
      );
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(headers['referrer-policy']).toBe('no-referrer');
      expect(headers['x-powered-by']).toBeUndefined();
    });
  }
});
