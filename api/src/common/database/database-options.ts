import sqlite3 from 'sqlite3';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import type { DatabaseConfig } from '../config';
import { ENTITIES } from './entities';

// SQLite: WAL so readers never wait for the writer, foreign keys enforced (TypeORM
// turns them on), and a busy timeout so a second writer waits instead of failing.
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

export function databaseOptions(database: DatabaseConfig): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    logging: ['error' as const, 'warn' as const],
  };
  if (database.type === 'postgres') {
    return { type: 'postgres', url: database.url, ...common };
  }
  return {
    type: 'sqlite',
    // TypeORM turns on sqlite3's verbose mode, which records a stack trace on every call.
    driver: { verbose: () => sqlite3 },
    database: database.file,
    enableWAL: database.file !== ':memory:',
    busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
    ...common,
  };
}
