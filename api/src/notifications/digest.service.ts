import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import {
  brusselsDate,
  brusselsWeekKey,
  DEFAULT_NOTIFICATION_PREFERENCES,
  digestDue,
  factKey,
  isOverdue,
  isStale,
  type MailKind,
  partnersBehind,
  resolvedRuleFacts,
  type ScannedAction,
  type ScannedViolation,
  timeBasedEvents,
  weeklyDigestFor,
} from '@ws/domain';
import { readActionRecords } from '../actions/action-records';
import { derivedFactsContext } from '../actions/action-query';
import { Clock } from '../common/clock';
import { UnitOfWork } from '../common/database/unit-of-work';
import { GovernanceService } from '../governance/governance.service';
import { Partner } from '../partners/partner.entity';
import { User } from '../users/user.entity';
import {
  type ComposedMail,
  composeCoordinatorSummary,
  composeDailyDigest,
  composeWeeklyDigest,
} from './mail-composer';
import { MailLinks } from './mail-links';
import { MailOutbox } from './mail-outbox';
import { Notification, NotificationFact } from './notification.entity';
import { NotificationEvents } from './notification-events';
import { NotificationsService } from './notifications.service';
import { toNotificationView } from './notifications.view';

/** New facts written per transaction */
const SCAN_BATCH = 50;

/** A digest about to be queued (or, on a dry run, that would be). */
export interface PlannedMail {
  kind: MailKind;
  userId: number;
  recipient: string;
  dedupeKey: string;
  mail: ComposedMail;
  /** The notifications a daily digest carries */
  notificationIds: number[];
}

/**
 * The time-based notifications (overdue, stale, milestones in 7 days, rules newly
 * broken) and the digests: the editors' and the coordinator's weekly mails and the
 * daily digest of those who chose it. Each period's mail is queued at most once.
 */
@Injectable()
export class DigestService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly events: NotificationEvents,
    private readonly notifications: NotificationsService,
    private readonly outbox: MailOutbox,
    private readonly links: MailLinks,
    private readonly governance: GovernanceService,
    private readonly clock: Clock,
  ) {}

  /**
   * Notifies every time-based fact not notified yet; the number of new facts. The plan
   * is read first, then the new facts are written a batch per transaction, so that a
   * first scan of a large plan never holds the partners' updates back for long.
   */
  async scan(): Promise<number> {
    const em = this.dataSource.manager;
    const now = this.clock.now();
    const violations: ScannedViolation[] = (
      await this.governance.evaluate(em)
    ).flatMap((rule) =>
      rule.violations.map((v) => ({
        rule: rule.id,
        key: v.partner ?? v.action ?? String(v.stream),
        message: v.message,
      })),
    );
    const events = timeBasedEvents(
      await this.scannedActions(em),
      violations,
      brusselsDate(now),
    );
    const recorded = (await em.find(NotificationFact)).map((f) => f.key);
    const known = new Set(recorded);
    const untold = events.filter((event) => {
      const key = factKey(event) as string;
      if (known.has(key)) return false;
      known.add(key);
      return true;
    });
    let fresh = 0;
    for (let start = 0; start < untold.length; start += SCAN_BATCH) {
      const batch = untold.slice(start, start + SCAN_BATCH);
      fresh += await this.unitOfWork.run(async (tx) => {
        // Another process (the digest command) may have told some meanwhile.
        const told = new Set(
          (
            await tx.find(NotificationFact, {
              where: {
                key: In(batch.map((event) => factKey(event) as string)),
              },
            })
          ).map((f) => f.key),
        );
        let toldNow = 0;
        for (const event of batch) {
          const key = factKey(event) as string;
          if (told.has(key)) continue;
          await tx.insert(NotificationFact, {
            key,
            notifiedAt: now.toISOString(),
          });
          await this.events.publish(tx, event);
          toldNow += 1;
        }
        return toldNow;
      });
    }
    const resolved = resolvedRuleFacts(recorded, events);
    if (resolved.length)
      await this.unitOfWork.run((tx) =>
        tx.delete(NotificationFact, { key: In(resolved) }),
      );
    return fresh;
  }

  /** The digests due now that were not queued yet. */
  async plan(): Promise<PlannedMail[]> {
    const em = this.dataSource.manager;
    const now = this.clock.now();
    const users = await em.find(User, {
      where: { active: true },
      relations: { partner: true },
      order: { id: 'ASC' },
    });
    const preferences = await this.notifications.preferencesOf(
      em,
      users.map((u) => u.id),
    );
    const prefsOf = (user: User) =>
      preferences.get(user.id) ?? DEFAULT_NOTIFICATION_PREFERENCES;
    const planned: PlannedMail[] = [];
    const plan = async (
      user: User,
      kind: MailKind,
      period: string,
      make: () => Promise<Omit<
        PlannedMail,
        'kind' | 'userId' | 'recipient' | 'dedupeKey'
      > | null>,
    ) => {
      const dedupeKey = `${kind}:${user.id}:${period}`;
      if (await this.outbox.isQueued(em, dedupeKey)) return;
      const made = await make();
      if (made)
        planned.push({
          kind,
          userId: user.id,
          recipient: user.email,
          dedupeKey,
          ...made,
        });
    };

    if (digestDue(now, 'weekly')) {
      const week = brusselsWeekKey(now);
      const today = brusselsDate(now);
      const actions = await this.scannedActions(em);
      const partners = await em.find(Partner, {
        where: { retiredAt: IsNull() },
        order: { name: 'ASC' },
      });
      for (const user of users) {
        const prefs = prefsOf(user);
        if (!prefs.email || !prefs.weeklyDigest) continue;
        if (user.role === 'editor' && user.partner) {
          const partner = user.partner;
          await plan(user, 'weekly-digest', week, async () => {
            const digest = weeklyDigestFor(partner.slug, actions, today);
            return digest
              ? {
                  mail: composeWeeklyDigest(
                    await this.notifications.readerOf(user, prefs.language),
                    partner.name,
                    digest,
                    (path) => this.links.absolute(path),
                  ),
                  notificationIds: [],
                }
              : null;
          });
        } else if (user.role === 'coordinator') {
          await plan(user, 'coordinator-summary', week, async () => ({
            mail: composeCoordinatorSummary(
              await this.notifications.readerOf(user, prefs.language),
              week,
              partnersBehind(partners, actions),
              (slug) => this.links.absolute(`/actions?lead=${slug}`),
            ),
            notificationIds: [],
          }));
        }
      }
    }

    if (digestDue(now, 'daily')) {
      const today = brusselsDate(now);
      const waiting = await em.find(Notification, {
        where: { awaitingDigest: true },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      for (const user of users) {
        const mine = waiting.filter((n) => n.userId === user.id);
        const prefs = prefsOf(user);
        if (!mine.length || !prefs.email) continue;
        await plan(user, 'daily-digest', today, async () => ({
          mail: composeDailyDigest(
            await this.notifications.readerOf(user, prefs.language),
            today,
            mine.map((n) => {
              const view = toNotificationView(n);
              return { ...view, url: this.links.absolute(view.path) };
            }),
          ),
          notificationIds: mine.map((n) => n.id),
        }));
      }
    }
    return planned;
  }

  /** Queues the digests due now; what was queued. Nothing when e-mail is off. */
  async run(): Promise<PlannedMail[]> {
    if (!this.outbox.enabled) return [];
    const planned = await this.plan();
    const queued: PlannedMail[] = [];
    await this.unitOfWork.run(async (em) => {
      for (const mail of planned) {
        if (!(await this.outbox.enqueue(em, mail))) continue;
        queued.push(mail);
        if (mail.notificationIds.length)
          await em.update(
            Notification,
            { id: In(mail.notificationIds) },
            { awaitingDigest: false },
          );
      }
    });
    if (queued.length) this.outbox.nudge();
    return queued;
  }

  private async scannedActions(em: EntityManager): Promise<ScannedAction[]> {
    const [context, records] = await Promise.all([
      derivedFactsContext(em, this.clock.now()),
      readActionRecords(em, 'all live'),
    ]);
    return [...records.values()]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((a) => ({
        id: a.id,
        code: a.code,
        title: a.title,
        lead: a.lead.slug,
        leadName: a.lead.name,
        contributors: a.contributors.map((p) => p.slug),
        status: a.status,
        dueDate: a.dueDate,
        overdue: isOverdue(a, context.today),
        stale: isStale(
          {
            status: a.status,
            lastUpdateAt: a.lastUpdateAt ? new Date(a.lastUpdateAt) : null,
            createdAt: new Date(a.createdAt),
          },
          context.now,
          context.staleAfterDays,
        ),
        since: a.lastUpdateAt ?? a.createdAt,
        milestones: [...a.milestones]
          .sort((x, y) => x.position - y.position)
          .map((m) => ({
            id: m.id,
            title: m.title,
            dueDate: m.dueDate,
            doneDate: m.doneDate,
          })),
      }));
  }
}
