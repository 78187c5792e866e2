import {
  type DynamicModule,
  Inject,
  Module,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ActionsModule } from './actions/actions.module';
import { AdministrationModule } from './administration/administration.module';
import { APP_CONFIG } from './app.config';
import { AuditModule } from './audit/audit.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { AccountsSeeder } from './auth/accounts.seeder';
import { AuthModule } from './auth/auth.module';
import type { AppConfig } from './common/config';
import { CoreModule } from './common/core.module';
import { databaseModule } from './common/database/database.module';
import { JsonExceptionFilter } from './common/http/exception.filter';
import { UnknownQueryInterceptor } from './common/http/unknown-query.interceptor';
import { DemoPlanSeeder } from './demo/demo-plan.seeder';
import { DemoModule } from './demo/demo.module';
import { GovernanceModule } from './governance/governance.module';
import { HealthController } from './health/health.controller';
import { ImportsModule } from './imports/imports.module';
import { InvestmentsModule } from './investments/investments.module';
import { NotificationsModule } from './notifications/notifications.module';
import { notificationsConfigOf } from './notifications/notifications.config';
import { PartnersModule } from './partners/partners.module';
import { PartnershipModule } from './partnership/partnership.module';
import { ReferenceDataModule } from './reference-data/reference-data.module';
import { ReferenceDataSeeder } from './reference-data/reference-data.seeder';
import { ReportsModule } from './reports/reports.module';
import { UsersModule } from './users/users.module';
import { CalendarModule } from './calendar/calendar.module';
import { WorkingSessionsModule } from './working-sessions/working-sessions.module';

// The Angular build sits beside the API bundle: dist/web/browser next to dist/api/main.js.
export const WEB_ROOT = join(__dirname, '..', 'web', 'browser');

@Module({})
export class AppModule implements OnApplicationBootstrap {
  constructor(
    private readonly referenceData: ReferenceDataSeeder,
    private readonly accounts: AccountsSeeder,
    private readonly demoPlan: DemoPlanSeeder,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  static register(config: AppConfig): DynamicModule {
    const serveWeb =
      config.serveWeb && existsSync(join(WEB_ROOT, 'index.html'));
    return {
      module: AppModule,
      imports: [
        CoreModule.register(config),
        databaseModule(config.database),
        ...(serveWeb
          ? [
              ServeStaticModule.forRoot({
                rootPath: WEB_ROOT,
                exclude: ['/api/{*path}'],
              }),
            ]
          : []),
        AuthModule,
        UsersModule,
        AuditModule,
        ReferenceDataModule,
        PartnersModule,
        PartnershipModule,
        GovernanceModule,
        ActionsModule,
        InvestmentsModule,
        DashboardModule,
        ReportsModule,
        ImportsModule,
        AdministrationModule,
        WorkingSessionsModule,
        CalendarModule,
        DemoModule,
        NotificationsModule.register(notificationsConfigOf(config)),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_FILTER, useClass: JsonExceptionFilter },
        { provide: APP_INTERCEPTOR, useClass: UnknownQueryInterceptor },
      ],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.referenceData.seed();
    await this.accounts.seed();
    // SPEC §7: SEED=demo adds the sample action plan, written by the seeded accounts.
    if (this.config.seed === 'demo') await this.demoPlan.seed();
  }
}
