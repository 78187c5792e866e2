import { type DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { GovernanceModule } from '../governance/governance.module';
import { DigestService } from './digest.service';
import { MailController } from './mail.controller';
import { MailLinks } from './mail-links';
import { MailOutbox } from './mail-outbox';
import { Mailer } from './mailer';
import { NotificationEvents } from './notification-events';
import { type NotificationsConfig } from './notifications.config';
import { NotificationsController } from './notifications.controller';
import { NotificationsScheduler } from './notifications.scheduler';
import { NotificationsService } from './notifications.service';
import { NOTIFICATIONS_CONFIG } from './notifications.tokens';
import { UnsubscribeController } from './unsubscribe.controller';

/**
 * In-app notifications and e-mail. Other features publish what happened through
 * NotificationEvents (or NotificationsService.notifyDecisionAssigned) inside their
 * transaction; nothing else of theirs is touched.
 */
@Module({})
export class NotificationsModule {
  static register(config: NotificationsConfig): DynamicModule {
    return {
      module: NotificationsModule,
      global: true,
      imports: [ScheduleModule.forRoot(), GovernanceModule],
      controllers: [
        NotificationsController,
        MailController,
        UnsubscribeController,
      ],
      providers: [
        { provide: NOTIFICATIONS_CONFIG, useValue: config },
        NotificationEvents,
        NotificationsService,
        Mailer,
        MailLinks,
        MailOutbox,
        DigestService,
        NotificationsScheduler,
      ],
      exports: [
        NotificationEvents,
        NotificationsService,
        DigestService,
        MailOutbox,
      ],
    };
  }
}
