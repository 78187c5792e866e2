import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { ConfigError, loadConfig } from './common/config';
import { prepareDataFolder } from './common/database/data-folder';
import { loadNotificationsConfig } from './notifications/notifications.config';
import { QuietStartupLogger } from './common/quiet-logger';

async function bootstrap(): Promise<void> {
  const base = loadConfig();
  const config = {
    ...base,
    notifications: loadNotificationsConfig(process.env, base.port),
  };
  prepareDataFolder(config.database);
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.register(config),
    {
      logger: new QuietStartupLogger(),
    },
  );
  configureApp(app);
  await app.listen(config.port, process.env['HOST'] || '127.0.0.1');
  const where =
    config.database.type === 'sqlite' ? config.database.file : 'PostgreSQL';
  Logger.log(
    `4M4IoF Roadmap is ready on http://127.0.0.1:${config.port} (API docs: /api/docs, database: ${where})`,
    'Start',
  );
}

bootstrap().catch((error: unknown) => {
  const message =
    error instanceof ConfigError
      ? error.message
      : `Could not start: ${(error as Error)?.message ?? error}`;
  console.error(`\n${message}\n`);
  process.exit(1);
});
