import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, parseDatabaseUrl } from '../common/config';
import type { CliIo } from '../reports/report-cli';
import { copyDatabase, DatabaseCopyError } from './database-copy';

export const DATABASE_COPY_USAGE = `Usage: npm run db:copy -- --from FILE.sqlite --to postgres://user:pass@host:5432/db

Copies a SQLite database of the server into an empty PostgreSQL database: runs the
target's migrations, copies every table in foreign-key order in one transaction, and
checks each table's row count against the source before committing.

Options:
  --from FILE     the SQLite database (e.g. data/4m4iof.sqlite); it is only read
  --to URL        an empty PostgreSQL database, postgres://user:pass@host:5432/db
  -h, --help      show this help

Then start the server with DATABASE_URL set to the --to URL.

Exit codes: 0 copied and checked, 1 the copy failed (the target is left unchanged), 2 bad arguments.`;

type Arguments =
  | { kind: 'help' }
  | { kind: 'run'; from: string; to: string }
  | { kind: 'invalid'; problems: string[] };

export function parseCopyArguments(argv: string[]): Arguments {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  let values: { from?: string; to?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { from: { type: 'string' }, to: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return { kind: 'invalid', problems: [(error as Error).message] };
  }
  const problems: string[] = [];
  if (!values.from) problems.push('--from: give the SQLite database file');
  else if (/^postgres(ql)?:\/\//i.test(values.from))
    problems.push('--from: must be a SQLite database file');
  if (!values.to) problems.push('--to: give the postgres:// URL of the target');
  else if (!/^postgres(ql)?:\/\//i.test(values.to))
    problems.push('--to: must be a postgres:// URL');
  if (problems.length || !values.from || !values.to)
    return { kind: 'invalid', problems };
  return { kind: 'run', from: values.from, to: values.to };
}

/** Runs the command and answers its exit code; never exits the process itself. */
export async function runDatabaseCopyCli(
  argv: string[],
  io: CliIo,
): Promise<number> {
  const parsed = parseCopyArguments(argv);
  if (parsed.kind === 'help') {
    io.stdout.write(`${DATABASE_COPY_USAGE}\n`);
    return 0;
  }
  if (parsed.kind === 'invalid') {
    for (const problem of parsed.problems)
      io.stderr.write(`db:copy: ${problem}\n`);
    io.stderr.write('Run with --help for the options.\n');
    return 2;
  }
  try {
    const from = parseDatabaseUrl(parsed.from, io.cwd);
    const to = parseDatabaseUrl(parsed.to, io.cwd);
    if (from.type !== 'sqlite' || to.type !== 'postgres')
      throw new ConfigError('copy from a SQLite file to a postgres:// URL');
    if (!existsSync(from.file))
      throw new ConfigError(`there is no database at ${from.file}`);
    const copied = await copyDatabase(from, to, ({ table, rows }) =>
      io.stdout.write(`${table.padEnd(32)} ${String(rows).padStart(9)}\n`),
    );
    const total = copied.reduce((sum, t) => sum + t.rows, 0);
    io.stdout.write(
      `Copied ${copied.length} tables, ${total} rows; every count matches the source.\n`,
    );
    return 0;
  } catch (error) {
    const known =
      error instanceof ConfigError || error instanceof DatabaseCopyError;
    io.stderr.write(
      `db:copy: ${known ? '' : 'the copy failed: '}${(error as Error).message}\n`,
    );
    return 1;
  }
}
