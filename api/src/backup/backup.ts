import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import sqlite3 from 'sqlite3';
import type { DatabaseConfig } from '../common/config';
import {
  databaseOptions,
  SQLITE_BUSY_TIMEOUT_MS,
} from '../common/database/database-options';
import { prepareDataFolder } from '../common/database/data-folder';
import { createDataSource } from '../common/database/database.module';
import { tableNames } from '../common/database/table-names';
import { MIGRATIONS } from '../migrations';

export class BackupError extends Error {}

// TypeORM's own bookkeeping, present in an "empty" database whose migrations ran.
const MIGRATIONS_TABLE = 'migrations';

/**
 * A consistent copy of the whole database, taken while the server runs:
 * SQLite's VACUUM INTO (a compact single file, read in one transaction) or
 * PostgreSQL's pg_dump (custom format, for pg_restore).
 */
export async function backupDatabase(
  database: DatabaseConfig,
  out: string,
): Promise<void> {
  if (existsSync(out))
    throw new BackupError(`${out} already exists; choose another --out file`);
  if (database.type === 'postgres') {
    await runTool('pg_dump', [
      '--format=custom',
      '--no-owner',
      '--no-privileges',
      `--file=${out}`,
      `--dbname=${database.url}`,
    ]);
    return;
  }
  assertSqliteFile(database.file);
  const connection = await openSqlite(database.file, sqlite3.OPEN_READWRITE);
  try {
    await run(connection, 'VACUUM INTO ?', [out]);
  } finally {
    await close(connection);
  }
}

/**
 * Replaces the database's content with a backup's. Refuses a database that holds
 * rows unless `force`; the backup is checked first, and the replacement is one
 * transaction (SQLite's backup API, pg_restore --single-transaction), so a failed
 * restore leaves the database as it was.
 */
export async function restoreDatabase(
  database: DatabaseConfig,
  from: string,
  force: boolean,
): Promise<void> {
  if (!existsSync(from) || !statSync(from).isFile())
    throw new BackupError(`there is no backup file ${from}`);
  if (database.type === 'postgres') {
    await runTool('pg_restore', ['--list', from]).catch(() => {
      throw new BackupError(`${from} is not a backup made by pg_dump`);
    });
    await assertMayOverwrite(await tablesWithRows(database), force);
    await runTool('pg_restore', [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      `--dbname=${database.url}`,
      from,
    ]);
    return;
  }
  await assertSqliteBackup(from);
  prepareDataFolder(database);
  await assertMayOverwrite(await tablesWithRows(database), force);
  const target = await openSqlite(
    database.file,
    sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE,
  );
  try {
    await copyInto(target, from);
    const [check] = await all(target, 'PRAGMA integrity_check');
    if (check?.['integrity_check'] !== 'ok')
      throw new BackupError(
        `the restored database fails its integrity check: ${JSON.stringify(check)}`,
      );
  } finally {
    await close(target);
  }
}

async function assertMayOverwrite(
  tablesWithRows: string[],
  force: boolean,
): Promise<void> {
  if (tablesWithRows.length && !force)
    throw new BackupError(
      `the database is not empty (rows in ${tablesWithRows.slice(0, 5).join(', ')}${tablesWithRows.length > 5 ? ', …' : ''}); add --force to replace its content with the backup`,
    );
}

function assertSqliteFile(file: string): void {
  if (file === ':memory:' || !existsSync(file))
    throw new BackupError(
      `there is no database at ${file}. Set DATABASE_URL to the server's database.`,
    );
}

/** A backup of a newer version would be unreadable to this one; a damaged one is refused. */
async function assertSqliteBackup(file: string): Promise<void> {
  const backup = await openSqlite(file, sqlite3.OPEN_READONLY).catch(() => {
    throw new BackupError(`${file} is not a SQLite database`);
  });
  try {
    const [check] = await all(backup, 'PRAGMA quick_check').catch(() => {
      throw new BackupError(`${file} is not a SQLite database`);
    });
    if (check?.['quick_check'] !== 'ok')
      throw new BackupError(`${file} is damaged: ${JSON.stringify(check)}`);
    const hasMigrations = await all(
      backup,
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?`,
      [MIGRATIONS_TABLE],
    );
    if (!hasMigrations.length)
      throw new BackupError(`${file} is not a backup of this application`);
    const known = new Set(MIGRATIONS.map((migration) => migration.name));
    const unknown = (
      await all(backup, `SELECT name FROM ${MIGRATIONS_TABLE}`)
    ).filter((row) => !known.has(String(row['name'])));
    if (unknown.length)
      throw new BackupError(
        `${file} was made by a newer version (migration ${unknown.map((r) => r['name']).join(', ')}); restore it with that version`,
      );
  } finally {
    await close(backup);
  }
}

/** The tables holding rows; opening a missing SQLite file creates it empty. */
async function tablesWithRows(database: DatabaseConfig): Promise<string[]> {
  const dataSource = createDataSource({
    ...databaseOptions(database),
    migrationsRun: false,
  });
  await dataSource.initialize();
  try {
    const filled: string[] = [];
    for (const name of await tableNames(dataSource)) {
      if (name === MIGRATIONS_TABLE) continue;
      const [row] = await dataSource.query(
        `SELECT COUNT(*) AS count FROM ${dataSource.driver.escape(name)}`,
      );
      if (Number(row.count) > 0) filled.push(name);
    }
    return filled;
  } finally {
    await dataSource.destroy();
  }
}

function runTool(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new BackupError(
          error.code === 'ENOENT'
            ? `${command} is not installed; install the PostgreSQL client tools (apt-get install postgresql-client)`
            : `${command} could not run: ${error.message}`,
        ),
      ),
    );
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(
            new BackupError(
              `${command} failed (exit ${code}): ${errors.trim()}`,
            ),
          ),
    );
  });
}

function openSqlite(file: string, mode: number): Promise<sqlite3.Database> {
  return new Promise<sqlite3.Database>((resolve, reject) => {
    const connection = new sqlite3.Database(file, mode, (error) =>
      error ? reject(error) : resolve(connection),
    );
  }).then(async (connection) => {
    await run(connection, `PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    return connection;
  });
}

function run(
  connection: sqlite3.Database,
  sql: string,
  parameters: unknown[] = [],
): Promise<void> {
  return new Promise((resolve, reject) =>
    connection.run(sql, parameters, (error) =>
      error ? reject(error) : resolve(),
    ),
  );
}

function all(
  connection: sqlite3.Database,
  sql: string,
  parameters: unknown[] = [],
): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) =>
    connection.all(sql, parameters, (error, rows) =>
      error ? reject(error) : resolve(rows as Record<string, unknown>[]),
    ),
  );
}

function close(connection: sqlite3.Database): Promise<void> {
  return new Promise((resolve, reject) =>
    connection.close((error) => (error ? reject(error) : resolve())),
  );
}

// The driver's backup API, which its type declarations leave out.
interface SqliteBackup {
  step(pages: number, callback: (error: Error | null) => void): void;
  finish(callback: () => void): void;
  readonly completed: boolean;
  readonly failed: boolean;
}
type WithBackupApi = {
  backup(
    filename: string,
    destinationName: string,
    sourceName: string,
    filenameIsDestination: boolean,
    callback: (error: Error | null) => void,
  ): SqliteBackup;
};

/**
 * SQLite's online backup API, run backwards: every page of `from` into the open
 * database, under its write lock. Busy steps (a reader of the target) are retried.
 */
function copyInto(target: sqlite3.Database, from: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const backup = (target as unknown as WithBackupApi).backup(
      from,
      'main',
      'main',
      false,
      (error) => (error ? reject(error) : step()),
    );
    const step = () =>
      backup.step(-1, (error) => {
        if (backup.completed) return backup.finish(resolve);
        if (backup.failed || (error && !/BUSY|LOCKED/.test(error.message)))
          return backup.finish(() =>
            reject(
              new BackupError(
                `the restore from ${from} failed: ${error?.message ?? 'unknown error'}`,
              ),
            ),
          );
        setTimeout(step, 50);
      });
  });
}
