import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ConfigError,
  type DatabaseConfig,
  parseDatabaseUrl,
} from '../common/config';
import type { CliIo } from '../reports/report-cli';
import { BackupError, backupDatabase, restoreDatabase } from './backup';

const DATABASE_NOTE = `The database is the server's: DATABASE_URL (a SQLite file or a postgres:// URL),
by default data/4m4iof.sqlite.`;

export const BACKUP_CLI_USAGE = `Usage: npm run backup -- [--out FILE]

Writes a consistent copy of the whole database while the server keeps running:
SQLite with VACUUM INTO (a compact database file), PostgreSQL with pg_dump
(custom format; needs the PostgreSQL client tools).

Options:
  --out FILE      where to write the backup; it must not exist yet
                  (default: 4m4iof-backup-<date>-<time>.sqlite or .pgdump here)
  -h, --help      show this help

${DATABASE_NOTE}

Exit codes: 0 written, 1 the backup failed, 2 bad arguments.`;

export const RESTORE_CLI_USAGE = `Usage: npm run restore -- --from FILE [--force]

Replaces the content of the database with a backup made by npm run backup. Stop
the server first, and start it again afterwards (it migrates an older backup).

Options:
  --from FILE     the backup file
  --force         replace a database that holds data (without it, only an empty
                  or missing database is restored into)
  -h, --help      show this help

${DATABASE_NOTE}

Exit codes: 0 restored, 1 the restore failed or was refused (nothing changed), 2 bad arguments.`;

type Parsed<T> =
  | { kind: 'help' }
  | { kind: 'run'; options: T }
  | { kind: 'invalid'; problems: string[] };

function parse<T>(
  argv: string[],
  options: Record<string, { type: 'string' | 'boolean' }>,
  check: (values: Record<string, string | boolean | undefined>) => T | string[],
): Parsed<T> {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options,
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { kind: 'invalid', problems: [(error as Error).message] };
  }
  const checked = check(values);
  return Array.isArray(checked)
    ? { kind: 'invalid', problems: checked }
    : { kind: 'run', options: checked };
}

export function parseBackupArguments(
  argv: string[],
): Parsed<{ out: string | null }> {
  return parse(argv, { out: { type: 'string' } }, (values) =>
    values['out'] === ''
      ? ['--out: give a file name']
      : { out: (values['out'] as string | undefined) ?? null },
  );
}

export function parseRestoreArguments(
  argv: string[],
): Parsed<{ from: string; force: boolean }> {
  return parse(
    argv,
    { from: { type: 'string' }, force: { type: 'boolean' } },
    (values) =>
      typeof values['from'] === 'string' && values['from']
        ? { from: values['from'], force: values['force'] === true }
        : ['--from: give the backup file to restore'],
  );
}

function defaultBackupName(database: DatabaseConfig, now: Date): string {
  const stamp = now
    .toISOString()
    .slice(0, 19)
    .replace(/[-:]/g, '')
    .replace('T', '-');
  return `4m4iof-backup-${stamp}.${database.type === 'postgres' ? 'pgdump' : 'sqlite'}`;
}

async function runCommand<T>(
  name: string,
  usage: string,
  parsed: Parsed<T>,
  io: CliIo,
  work: (options: T, database: DatabaseConfig) => Promise<string>,
): Promise<number> {
  if (parsed.kind === 'help') {
    io.stdout.write(`${usage}\n`);
    return 0;
  }
  if (parsed.kind === 'invalid') {
    for (const problem of parsed.problems)
      io.stderr.write(`${name}: ${problem}\n`);
    io.stderr.write('Run with --help for the options.\n');
    return 2;
  }
  try {
    const database = parseDatabaseUrl(io.env['DATABASE_URL'], io.cwd);
    io.stderr.write(`${await work(parsed.options, database)}\n`);
    return 0;
  } catch (error) {
    const known = error instanceof BackupError || error instanceof ConfigError;
    io.stderr.write(
      `${name}: ${known ? (error as Error).message : `failed: ${(error as Error).message}`}\n`,
    );
    return 1;
  }
}

/** `npm run backup`: answers the exit code; never exits the process itself. */
export function runBackupCli(
  argv: string[],
  io: CliIo,
  now = new Date(),
): Promise<number> {
  return runCommand(
    'backup',
    BACKUP_CLI_USAGE,
    parseBackupArguments(argv),
    io,
    async ({ out }, database) => {
      const file = resolve(io.cwd, out ?? defaultBackupName(database, now));
      await backupDatabase(database, file);
      return `Backup written to ${file}`;
    },
  );
}

/** `npm run restore`: answers the exit code; never exits the process itself. */
export function runRestoreCli(argv: string[], io: CliIo): Promise<number> {
  return runCommand(
    'restore',
    RESTORE_CLI_USAGE,
    parseRestoreArguments(argv),
    io,
    async ({ from, force }, database) => {
      const file = resolve(io.cwd, from);
      await restoreDatabase(database, file, force);
      return `Restored ${file} into ${database.type === 'sqlite' ? database.file : 'the PostgreSQL database'}`;
    },
  );
}
