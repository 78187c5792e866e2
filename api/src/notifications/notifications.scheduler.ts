import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { DigestService } from './digest.service';
import { MailOutbox } from './mail-outbox';
import type { NotificationsConfig } from './notifications.config';
import { NOTIFICATIONS_CONFIG } from './notifications.tokens';

export const DELIVERY_INTERVAL_MS = 30_000;
export const SCAN_INTERVAL_MS = 15 * 60_000;
// After start-up, once the reference data is loaded: catch up on what is due.
const FIRST_RUN_DELAY_MS = 10_000;

/**
 * Runs inside the server when the configuration asks (it does, except in tests):
 * the mail queue every 30 seconds, the scan and the digests every 15 minutes. What
 * was queued is recorded, so a restart never sends a period's digest twice.
 */
@Injectable()
export class NotificationsScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger('Notifications');
  private running: Promise<void> | null = null;

  constructor(
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
    private readonly registry: SchedulerRegistry,
    private readonly digests: DigestService,
    private readonly outbox: MailOutbox,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.scheduler) return;
    const every = (name: string, ms: number, work: () => Promise<unknown>) => {
      const timer = setInterval(() => void this.guard(name, work), ms);
      timer.unref();
      this.registry.addInterval(name, timer);
    };
    every('mail-delivery', DELIVERY_INTERVAL_MS, () =>
      this.outbox.deliverDue(),
    );
    every('notification-scan', SCAN_INTERVAL_MS, () => this.tick());
    const first = setTimeout(
      () => void this.guard('notification-scan', () => this.tick()),
      FIRST_RUN_DELAY_MS,
    );
    first.unref();
    this.registry.addTimeout('notification-first-scan', first);
  }

  /** The scan, then the digests due, then the mail queue; one run at a time. */
  tick(): Promise<void> {
    this.running ??= (async () => {
      await this.digests.scan();
      await this.digests.run();
      await this.outbox.deliverDue();
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async guard(
    name: string,
    work: () => Promise<unknown>,
  ): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.logger.error(
        `${name} failed: ${(error as Error)?.message ?? error}`,
      );
    }
  }
}
