import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The workspace package.json is two folders up both from the bundle (dist/api)
// and from the sources (api/src).
function readVersion(): string {
  try {
    return JSON.parse(
      readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'),
    ).version;
  } catch {
    return 'unknown';
  }
}

export const APP_VERSION: string = readVersion();
