import {
  Inject,
  Injectable,
  Logger,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  MAIL_ATTEMPTS,
  type MailKind,
  type MailLogEntry,
  type MailStatus,
  mailRetryDelayMs,
  type Page,
} from '@ws/domain';
import { Clock } from '../common/clock';
import { UnitOfWork } from '../common/database/unit-of-work';
import { pageRequest, toPage } from '../common/http/pagination';
import type { ComposedMail } from './mail-composer';
import { MailLinks } from './mail-links';
import { Mailer } from './mailer';
import { OutboxMail } from './notification.entity';
import type { MailLogQueryDto } from './notifications.dto';
import type { NotificationsConfig } from './notifications.config';
import { NOTIFICATIONS_CONFIG } from './notifications.tokens';

export interface QueuedMail {
  kind: MailKind;
  userId: number;
  recipient: string;
  /** One mail per key, ever: the notification or the digest period it is for */
  dedupeKey: string;
  mail: ComposedMail;
}

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
}

export const MAIL_LOG_PAGE_SIZE = 50;
const BATCH = 50;
// A mail being sent is claimed for this long; a crash mid-send frees it after.
const CLAIM_MS = 10 * 60_000;
const NUDGE_MS = 500;

/**
 * The queue of e-mails. Mails are queued inside the transaction of what caused
 * them and sent after it, one by one, with retries and a recorded failure: a
 * broken SMTP server never breaks a write.
 */
@Injectable()
export class MailOutbox implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private delivering: Promise<DeliveryReport> | null = null;
  private nudgeTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly mailer: Mailer,
    private readonly links: MailLinks,
    private readonly clock: Clock,
  ) {}

  get enabled(): boolean {
    return this.mailer.enabled;
  }

  async isQueued(em: EntityManager, dedupeKey: string): Promise<boolean> {
    return em.existsBy(OutboxMail, { dedupeKey });
  }

  /** Queues a mail unless one with its key exists; whether it was queued. */
  async enqueue(em: EntityManager, queued: QueuedMail): Promise<boolean> {
    if (await this.isQueued(em, queued.dedupeKey)) return false;
    const now = this.clock.now().toISOString();
    await em
      .createQueryBuilder()
      .insert()
      .into(OutboxMail)
      .values({
        kind: queued.kind,
        userId: queued.userId,
        recipient: queued.recipient,
        subject: queued.mail.subject.slice(0, 300),
        textBody: queued.mail.text,
        htmlBody: queued.mail.html,
        dedupeKey: queued.dedupeKey,
        state: 'pending',
        attempts: 0,
        lastError: null,
        nextAttemptAt: now,
        createdAt: now,
        sentAt: null,
      })
      // The unique key keeps a second process from queueing the same mail.
      .orIgnore()
      .execute();
    return true;
  }

  /** Sends soon, once the transaction that queued has committed, when the schedule runs. */
  nudge(): void {
    if (
      !this.config.scheduler ||
      !this.enabled ||
      this.closed ||
      this.nudgeTimer
    )
      return;
    this.nudgeTimer = setTimeout(() => {
      this.nudgeTimer = null;
      void this.deliverDue();
    }, NUDGE_MS);
    this.nudgeTimer.unref();
  }

  /** Sends every mail whose time has come; one delivery at a time. */
  deliverDue(): Promise<DeliveryReport> {
    if (!this.enabled || this.closed)
      return Promise.resolve({ sent: 0, retrying: 0, failed: 0 });
    this.delivering ??= this.deliver().finally(() => {
      this.delivering = null;
    });
    return this.delivering;
  }

  async status(): Promise<MailStatus> {
    const counts: { state: string; count: string }[] = await this.dataSource
      .createQueryBuilder(OutboxMail, 'mail')
      .select('mail.state', 'state')
      .addSelect('COUNT(*)', 'count')
      .groupBy('mail.state')
      .getRawMany();
    const count = (state: string) =>
      Number(counts.find((c) => c.state === state)?.count ?? 0);
    return {
      enabled: this.enabled,
      from: this.enabled ? this.config.mailFrom : null,
      server: this.mailer.server,
      publicUrl: this.config.publicUrl,
      pending: count('pending') + count('sending'),
      failed: count('failed'),
    };
  }

  async log(query: MailLogQueryDto): Promise<Page<MailLogEntry>> {
    const request = pageRequest(query, MAIL_LOG_PAGE_SIZE);
    const [mails, total] = await this.dataSource.manager.findAndCount(
      OutboxMail,
      {
        where: query.state ? { state: query.state } : {},
        order: { id: 'DESC' },
        skip: request.skip,
        take: request.take,
      },
    );
    return toPage(mails.map(toLogEntry), total, request);
  }

  onModuleDestroy(): Promise<unknown> | void {
    this.closed = true;
    if (this.nudgeTimer) clearTimeout(this.nudgeTimer);
    return this.delivering ?? undefined;
  }

  private async deliver(): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
    const due = await this.dataSource
      .createQueryBuilder(OutboxMail, 'mail')
      .where("mail.state IN ('pending', 'sending')")
      .andWhere('mail.next_attempt_at <= :now', {
        now: this.clock.now().toISOString(),
      })
      .orderBy('mail.id', 'ASC')
      .limit(BATCH)
      .getMany();
    for (const mail of due) {
      if (this.closed) break;
      if (!(await this.claim(mail))) continue;
      const outcome = await this.sendOne(mail);
      report[outcome] += 1;
    }
    return report;
  }

  // Another process (the digest command, a second server) may be sending too.
  private async claim(mail: OutboxMail): Promise<boolean> {
    const result = await this.unitOfWork.run((em) =>
      em
        .createQueryBuilder()
        .update(OutboxMail)
        .set({
          state: 'sending',
          nextAttemptAt: new Date(
            this.clock.now().getTime() + CLAIM_MS,
          ).toISOString(),
        })
        .where('id = :id AND state = :state AND next_attempt_at = :at', {
          id: mail.id,
          state: mail.state,
          at: mail.nextAttemptAt,
        })
        .execute(),
    );
    return result.affected === 1;
  }

  private async sendOne(mail: OutboxMail): Promise<keyof DeliveryReport> {
    const attempts = mail.attempts + 1;
    try {
      await this.mailer.send({
        to: mail.recipient,
        subject: mail.subject,
        text: mail.textBody,
        html: mail.htmlBody,
        unsubscribeUrl: mail.userId
          ? await this.links.unsubscribeUrl(mail.userId)
          : null,
      });
      await this.unitOfWork.run((em) =>
        em.update(OutboxMail, mail.id, {
          state: 'sent',
          attempts,
          sentAt: this.clock.now().toISOString(),
          nextAttemptAt: null,
          lastError: null,
        }),
      );
      return 'sent';
    } catch (error) {
      const message = String((error as Error)?.message ?? error).slice(0, 1000);
      const failed = attempts >= MAIL_ATTEMPTS;
      this.logger.warn(
        `Mail ${mail.id} to ${mail.recipient} not sent (attempt ${attempts}): ${message}`,
      );
      await this.unitOfWork.run((em) =>
        em.update(OutboxMail, mail.id, {
          state: failed ? 'failed' : 'pending',
          attempts,
          lastError: message,
          nextAttemptAt: failed
            ? null
            : new Date(
                this.clock.now().getTime() + mailRetryDelayMs(attempts),
              ).toISOString(),
        }),
      );
      return failed ? 'failed' : 'retrying';
    }
  }
}

function toLogEntry(mail: OutboxMail): MailLogEntry {
  return {
    id: mail.id,
    kind: mail.kind,
    recipient: mail.recipient,
    subject: mail.subject,
    key: mail.dedupeKey,
    state: mail.state,
    attempts: mail.attempts,
    lastError: mail.lastError,
    createdAt: mail.createdAt,
    sentAt: mail.sentAt,
    nextAttemptAt: mail.state === 'pending' ? mail.nextAttemptAt : null,
  };
}
