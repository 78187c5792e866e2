import { accessSync, constants, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError, type DatabaseConfig } from '../config';

// A missing data folder is created; one that cannot be written is reported in
// one sentence at start rather than as a driver stack trace.
export function prepareDataFolder(database: DatabaseConfig): void {
  if (database.type !== 'sqlite' || database.file === ':memory:') return;
  const folder = dirname(database.file);
  try {
    mkdirSync(folder, { recursive: true });
    accessSync(folder, constants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ConfigError(
      `Cannot use the database file ${database.file}: its folder ${folder} cannot be created or written (${reason}). ` +
        'Make it writable or set DATABASE_URL to another file.',
    );
  }
}
