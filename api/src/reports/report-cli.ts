import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { existsSync, writeFileSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import {
  type AppConfig,
  ConfigError,
  type DatabaseConfig,
  parseDatabaseUrl,
} from '../common/config';
import { CoreModule } from '../common/core.module';
import { databaseOptions } from '../common/database/database-options';
import {
  type FieldProblem,
  flattenValidationErrors,
} from '../common/http/validation';
import { PARTNERSHIP_ID, Partnership } from '../partnership/partnership.entity';
import { REPORT_FORMATS, type ReportFormat } from './progress-report';
import { ProgressReportQueryDto } from './progress-report.dto';
import { ReportsModule } from './reports.module';
import { type ReportRequest, ReportsService } from './reports.service';

// SPEC §6: the progress report from the command line, on the server's database.

export const REPORT_CLI_USAGE = `Usage: npm run report -- --from YYYY-MM-DD --to YYYY-MM-DD [--format pdf|xlsx|md|csv] [--out FILE]
       npm run report -- --session ID [--format pdf|xlsx|md|csv] [--out FILE]

Writes the progress report of a period (Brussels calendar days, both included), or
since a working session: from its date to today, with what changed since it closed.

Options:
  --from DATE     first day of the period, YYYY-MM-DD
  --to DATE       last day of the period, YYYY-MM-DD
  --session ID    since this working session, instead of --from and --to
  --format FMT    ${REPORT_FORMATS.join(', ')} (default: the extension of --out)
  --out FILE      where to write the report; "-" for standard output
                  (default: 4m4iof-progress-FROM_TO.FORMAT in the current folder)
  -h, --help      show this help

The database is the server's: DATABASE_URL (a SQLite file or a postgres:// URL),
by default data/4m4iof.sqlite. Start the server once to create it.

Exit codes: 0 written, 1 the report could not be made, 2 bad arguments.`;

export type ReportCliOptions = ReportRequest & {
  format: ReportFormat;
  /** A path, or "-" for standard output; null for the default file name */
  out: string | null;
};

export type ParsedArguments =
  | { kind: 'help' }
  | { kind: 'run'; options: ReportCliOptions }
  | { kind: 'invalid'; problems: FieldProblem[] };

export function parseReportArguments(argv: string[]): ParsedArguments {
  // Asking for help is answered whatever else is wrong on the line.
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        session: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return {
      kind: 'invalid',
      problems: [{ field: 'arguments', problems: [(error as Error).message] }],
    };
  }
  const out = typeof values['out'] === 'string' ? values['out'] : null;
  const fromExtension =
    out && out !== '-' ? extname(out).slice(1).toLowerCase() : undefined;
  const query = plainToInstance(ProgressReportQueryDto, {
    from: values['from'],
    to: values['to'],
    session: values['session'],
    format: values['format'] ?? (fromExtension || undefined),
  });
  const problems = flattenValidationErrors(validateSync(query)).map((p) =>
    p.field === 'format' && values['format'] === undefined
      ? {
          field: 'format',
          problems: [
            `give --format (${REPORT_FORMATS.join(', ')}) or an --out file with one of these extensions`,
          ],
        }
      : p,
  );
  if (problems.length) return { kind: 'invalid', problems };
  return {
    kind: 'run',
    options: {
      ...(query.session === undefined
        ? { from: query.from as string, to: query.to as string }
        : { session: query.session }),
      format: query.format,
      out,
    },
  };
}

export interface CliIo {
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: { write: (chunk: string | Buffer) => unknown };
  stderr: { write: (chunk: string) => unknown };
}

/** Runs the command and answers its exit code; never exits the process itself. */
export async function runReportCli(argv: string[], io: CliIo): Promise<number> {
  const parsed = parseReportArguments(argv);
  if (parsed.kind === 'help') {
    io.stdout.write(`${REPORT_CLI_USAGE}\n`);
    return 0;
  }
  if (parsed.kind === 'invalid') {
    for (const { field, problems } of parsed.problems)
      io.stderr.write(`report: ${field}: ${problems.join(', ')}\n`);
    io.stderr.write('Run with --help for the options.\n');
    return 2;
  }
  const { options } = parsed;
  let context: INestApplicationContext | undefined;
  try {
    const database = parseDatabaseUrl(io.env['DATABASE_URL'], io.cwd);
    assertDatabaseExists(database);
    context = await createReportContext(database);
    await assertInitialised(context);
    const file = await context
      .get(ReportsService)
      .renderProgress(options, options.format);
    if (options.out === '-') {
      io.stdout.write(file.body);
    } else {
      const path = resolve(io.cwd, options.out ?? file.fileName);
      writeFileSync(path, file.body);
      io.stderr.write(`Progress report written to ${path}\n`);
    }
    return 0;
  } catch (error) {
    io.stderr.write(
      `report: ${error instanceof ConfigError ? error.message : `could not make the report: ${(error as Error).message}`}\n`,
    );
    return 1;
  } finally {
    await context?.close();
  }
}

// Opening a missing SQLite file would create an empty database; say what to do instead.
export function assertDatabaseExists(database: DatabaseConfig): void {
  if (
    database.type === 'sqlite' &&
    database.file !== ':memory:' &&
    !existsSync(database.file)
  )
    throw new ConfigError(
      `there is no database at ${database.file}. Start the server once (npm start) to create it, or set DATABASE_URL.`,
    );
}

export async function assertInitialised(
  context: INestApplicationContext,
): Promise<void> {
  const partnership = await context
    .get(DataSource)
    .manager.findOneBy(Partnership, { id: PARTNERSHIP_ID });
  if (!partnership)
    throw new ConfigError(
      'the database has not been initialised. Start the server once (npm start) to load the reference data.',
    );
}

/** The report service on the database, with its migrations run and nothing seeded. */
function createReportContext(
  database: DatabaseConfig,
): Promise<INestApplicationContext> {
  const config: AppConfig = {
    port: 0,
    database,
    seed: 'reference',
    demoPassword: null,
    serveWeb: false,
  };
  @Module({
    imports: [
      CoreModule.register(config),
      TypeOrmModule.forRoot(databaseOptions(database)),
      ReportsModule,
    ],
  })
  class ReportCliModule {}
  return NestFactory.createApplicationContext(ReportCliModule, {
    logger: ['error'],
    abortOnError: false,
  });
}
