import { type INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { parseArgs } from 'node:util';
import {
  type AppConfig,
  ConfigError,
  type DatabaseConfig,
  parseDatabaseUrl,
} from '../common/config';
import { CoreModule } from '../common/core.module';
import { databaseOptions } from '../common/database/database-options';
import type { CliIo } from '../reports/report-cli';
import { assertDatabaseExists, assertInitialised } from '../reports/report-cli';
import { DigestService, type PlannedMail } from './digest.service';
import { MailOutbox } from './mail-outbox';
import {
  loadNotificationsConfig,
  type NotificationsConfig,
} from './notifications.config';
import { NotificationsModule } from './notifications.module';

export const DIGEST_CLI_USAGE = `Usage: npm run digest -- [--dry-run]

Runs what the server's schedule runs: notifies the actions that became overdue or
stale, the milestones due within 7 days and the rules newly broken; queues the
digests due now (each editor's weekly digest, the coordinator's weekly summary,
the daily digests) and sends the mail queue. A digest already sent for its
period is never sent again.

Options:
  --dry-run   print the digests that would be sent; change and send nothing
  -h, --help  show this help

The database is the server's (DATABASE_URL); e-mail goes through SMTP_URL, from
MAIL_FROM, with links to PUBLIC_URL. Without SMTP_URL e-mail is off.

Exit codes: 0 done, 1 failed, 2 bad arguments.`;

export async function runDigestCli(argv: string[], io: CliIo): Promise<number> {
  let dryRun: boolean;
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) {
      io.stdout.write(`${DIGEST_CLI_USAGE}\n`);
      return 0;
    }
    dryRun = values['dry-run'] === true;
  } catch (error) {
    io.stderr.write(`digest: ${(error as Error).message}\n`);
    io.stderr.write('Run with --help for the options.\n');
    return 2;
  }
  let context: INestApplicationContext | undefined;
  try {
    const database = parseDatabaseUrl(io.env['DATABASE_URL'], io.cwd);
    assertDatabaseExists(database);
    const notifications = {
      ...loadNotificationsConfig(io.env, Number(io.env['PORT'] ?? 3000)),
      scheduler: false,
    };
    context = await createDigestContext(database, notifications);
    await assertInitialised(context);
    const digests = context.get(DigestService);
    const outbox = context.get(MailOutbox);
    if (!outbox.enabled)
      io.stderr.write(
        'E-mail is off (SMTP_URL is not set): nothing is sent.\n',
      );
    if (dryRun) {
      const planned = await digests.plan();
      io.stdout.write(describe(planned, 'would be sent'));
      return 0;
    }
    const fresh = await digests.scan();
    const queued = await digests.run();
    const delivery = await outbox.deliverDue();
    io.stdout.write(
      `${fresh} new notification${fresh === 1 ? '' : 's'} of overdue, stale, due or broken-rule facts.\n` +
        describe(queued, 'queued') +
        `Mail queue: ${delivery.sent} sent, ${delivery.retrying} to retry, ${delivery.failed} failed.\n`,
    );
    return 0;
  } catch (error) {
    io.stderr.write(
      `digest: ${error instanceof ConfigError ? error.message : `could not run the digests: ${(error as Error).message}`}\n`,
    );
    return 1;
  } finally {
    await context?.close();
  }
}

function describe(mails: PlannedMail[], verb: string): string {
  if (!mails.length) return `No digest ${verb}.\n`;
  return (
    `${mails.length} digest${mails.length === 1 ? '' : 's'} ${verb}:\n\n` +
    mails
      .map(
        (m) =>
          `To: ${m.recipient}\nSubject: ${m.mail.subject}\nPeriod: ${m.dedupeKey}\n\n${m.mail.text}`,
      )
      .join('\n========\n\n')
  );
}

function createDigestContext(
  database: DatabaseConfig,
  notifications: NotificationsConfig,
): Promise<INestApplicationContext> {
  const config: AppConfig = {
    port: 0,
    database,
    seed: 'reference',
    demoPassword: null,
    serveWeb: false,
    notifications,
  };
  @Module({
    imports: [
      CoreModule.register(config),
      TypeOrmModule.forRoot(databaseOptions(database)),
      NotificationsModule.register(notifications),
    ],
  })
  class DigestCliModule {}
  return NestFactory.createApplicationContext(DigestCliModule, {
    logger: ['error'],
    abortOnError: false,
  });
}
