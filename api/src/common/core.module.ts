import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG } from '../app.config';
import { AuditService } from '../audit/audit.service';
import { Clock } from './clock';
import { ReadCache } from './database/read-cache';
import { UnitOfWork } from './database/unit-of-work';
import type { AppConfig } from './config';

/** What every feature may inject: the configuration, the clock, the audit journal, the unit of work and the read cache. */
@Global()
@Module({})
export class CoreModule {
  static register(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        Clock,
        AuditService,
        UnitOfWork,
        ReadCache,
      ],
      exports: [APP_CONFIG, Clock, AuditService, UnitOfWork, ReadCache],
    };
  }
}
