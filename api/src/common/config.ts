import { isAbsolute, resolve } from 'node:path';
import type { NotificationsConfig } from '../notifications/notifications.config';

export type SeedMode = 'demo' | 'reference';

export type DatabaseConfig =
  | { type: 'sqlite'; file: string }
  | { type: 'postgres'; url: string };

export interface AppConfig {
  port: number;
  database: DatabaseConfig;
  seed: SeedMode;
  demoPassword: string | null;
  /** Serve the built Angular app (dist/web/browser) beside the API */
  serveWeb: boolean;
  /** E-mail and the notification schedule; without it, no e-mail and no schedule */
  notifications?: Partial<NotificationsConfig>;
}

export const DEFAULT_SQLITE_FILE = 'data/4m4iof.sqlite';

export class ConfigError extends Error {}

// SPEC §7: PORT, DATABASE_URL (SQLite path or postgres:// URL), SEED, DEMO_PASSWORD.
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): AppConfig {
  const port = Number(env['PORT'] ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(
      `PORT must be a whole number from 1 to 65535, not "${env['PORT']}"`,
    );
  }
  const seed = env['SEED'] ?? 'demo';
  if (seed !== 'demo' && seed !== 'reference') {
    throw new ConfigError(`SEED must be "demo" or "reference", not "${seed}"`);
  }
  return {
    port,
    database: parseDatabaseUrl(env['DATABASE_URL'], cwd),
    seed,
    demoPassword: env['DEMO_PASSWORD'] || null,
    serveWeb: true,
  };
}

export function parseDatabaseUrl(
  url: string | undefined,
  cwd = process.cwd(),
): DatabaseConfig {
  const value = url?.trim() || DEFAULT_SQLITE_FILE;
  if (/^postgres(ql)?:\/\//i.test(value))
    return { type: 'postgres', url: value };
  const file = value.replace(/^sqlite:(\/\/)?/i, '');
  if (file === ':memory:') return { type: 'sqlite', file };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(file)) {
    throw new ConfigError(
      `DATABASE_URL must be a SQLite file path or a postgres:// URL, not "${value}"`,
    );
  }
  return { type: 'sqlite', file: isAbsolute(file) ? file : resolve(cwd, file) };
}
