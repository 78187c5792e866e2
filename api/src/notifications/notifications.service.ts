import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import {
  DEFAULT_NOTIFICATION_PREFERENCES,
  mailTiming,
  type NotificationEvent,
  type NotificationLanguage,
  type NotificationPage,
  type NotificationPreferences,
  type NotificationView,
  notificationPath,
  type NotifiedAction,
  PHASES,
  recipientsOf,
} from '@ws/domain';
import { AuditService } from '../audit/audit.service';
import {
  type AuthenticatedUser,
  toAuthenticatedUser,
} from '../auth/authenticated-user';
import { Clock } from '../common/clock';
import { UnitOfWork } from '../common/database/unit-of-work';
import { notFound } from '../common/http/not-found';
import { pageRequest } from '../common/http/pagination';
import { Partner } from '../partners/partner.entity';
import { User } from '../users/user.entity';
import { composeNotificationMail, type MailReader } from './mail-composer';
import { MailLinks } from './mail-links';
import { MailOutbox } from './mail-outbox';
import { Notification, NotificationPreference } from './notification.entity';
import { NotificationEvents } from './notification-events';
import type {
  NotificationPreferencesDto,
  NotificationsQueryDto,
} from './notifications.dto';
import { toNotificationView } from './notifications.view';

export const NOTIFICATIONS_PAGE_SIZE = 20;
const EXCERPT_LENGTH = 140;

/** A decision of a working session, as its owner partner is told about it. */
export interface AssignedDecision {
  sessionId: number;
  /** Slug of the owner partner */
  owner: string;
  text: string;
  dueDate: string | null;
  /** The action the decision creates or changes, if any */
  action: Pick<NotifiedAction, 'id' | 'code' | 'title'> | null;
  /** Who recorded it; never notified of their own decision */
  authorId: number | null;
}

@Injectable()
export class NotificationsService implements OnModuleInit {
  constructor(
    private readonly events: NotificationEvents,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: MailOutbox,
    private readonly links: MailLinks,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(async (em, event) => {
      await this.record(em, event);
    });
  }

  /**
   * The entry point of working sessions: call it inside the transaction that
   * records (or re-assigns) the decision.
   */
  notifyDecisionAssigned(
    em: EntityManager,
    decision: AssignedDecision,
  ): Promise<void> {
    return this.events.publish(em, {
      kind: 'decision-assigned',
      partner: decision.owner,
      decision: decision.text,
      dueDate: decision.dueDate,
      action: decision.action,
      path: decision.action
        ? `/actions/${decision.action.id}`
        : `/sessions/${decision.sessionId}`,
      authorId: decision.authorId,
    });
  }

  /** Notifies the users an event concerns, and queues the mails they want now. */
  async record(em: EntityManager, event: NotificationEvent): Promise<number> {
    const users = await em.find(User, {
      where: { active: true },
      relations: { partner: true },
    });
    const recipients = recipientsOf(
      event,
      users.map((u) => ({
        id: u.id,
        role: u.role,
        partner: u.partner?.slug ?? null,
        active: u.active,
      })),
    );
    if (!recipients.length) return 0;
    const preferences = await this.preferencesOf(em, recipients);
    const data = await this.dataOf(em, event);
    const path = notificationPath(event);
    const now = this.clock.now().toISOString();
    let queued = false;
    for (const user of users.filter((u) => recipients.includes(u.id))) {
      const prefs =
        preferences.get(user.id) ?? DEFAULT_NOTIFICATION_PREFERENCES;
      const timing = this.outbox.enabled
        ? mailTiming(event.kind, prefs)
        : 'off';
      const saved = await em.save(
        em.create(Notification, {
          userId: user.id,
          kind: event.kind,
          data: JSON.stringify(data),
          path,
          createdAt: now,
          readAt: null,
          awaitingDigest: timing === 'daily',
        }),
      );
      if (timing === 'immediate') {
        const reader = await this.readerOf(user, prefs.language);
        queued =
          (await this.outbox.enqueue(em, {
            kind: 'notification',
            userId: user.id,
            recipient: user.email,
            dedupeKey: `notification:${saved.id}`,
            mail: composeNotificationMail(reader, {
              kind: event.kind,
              data,
              url: this.links.absolute(path),
            }),
          })) || queued;
      }
    }
    if (queued) this.outbox.nudge();
    return recipients.length;
  }

  async list(
    user: AuthenticatedUser,
    query: NotificationsQueryDto,
  ): Promise<NotificationPage> {
    const em = this.dataSource.manager;
    const request = pageRequest(query, NOTIFICATIONS_PAGE_SIZE);
    const [rows, total] = await em.findAndCount(Notification, {
      where: {
        userId: user.id,
        ...(query.unread === true ? { readAt: IsNull() } : {}),
      },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: request.skip,
      take: request.take,
    });
    const unread = await em.countBy(Notification, {
      userId: user.id,
      readAt: IsNull(),
    });
    return {
      items: rows.map(toNotificationView),
      total,
      unread,
      page: request.page,
      pageSize: request.pageSize,
    };
  }

  async markRead(
    user: AuthenticatedUser,
    id: number,
  ): Promise<NotificationView> {
    return this.unitOfWork.run(async (em) => {
      const notification = await em.findOneBy(Notification, {
        id,
        userId: user.id,
      });
      if (!notification) throw notFound('Notification', id);
      if (!notification.readAt) {
        notification.readAt = this.clock.now().toISOString();
        await em.update(Notification, id, { readAt: notification.readAt });
      }
      return toNotificationView(notification);
    });
  }

  async markAllRead(user: AuthenticatedUser): Promise<{ marked: number }> {
    return this.unitOfWork.run(async (em) => {
      const result = await em.update(
        Notification,
        { userId: user.id, readAt: IsNull() },
        { readAt: this.clock.now().toISOString() },
      );
      return { marked: result.affected ?? 0 };
    });
  }

  async preferences(user: AuthenticatedUser): Promise<NotificationPreferences> {
    return (
      (await this.preferencesOf(this.dataSource.manager, [user.id])).get(
        user.id,
      ) ?? DEFAULT_NOTIFICATION_PREFERENCES
    );
  }

  async updatePreferences(
    user: AuthenticatedUser,
    dto: NotificationPreferencesDto,
  ): Promise<NotificationPreferences> {
    return this.unitOfWork.run(async (em) =>
      this.savePreferences(em, user, { ...dto }, 'Changed'),
    );
  }

  /** The unsubscribe link: no more e-mail for the token's user. Null for a bad token. */
  async unsubscribe(
    token: string,
    confirm: boolean,
  ): Promise<{ email: string; language: NotificationLanguage } | null> {
    const userId = await this.links.userOfToken(token);
    const user = userId
      ? await this.dataSource.manager.findOne(User, {
          where: { id: userId },
          relations: { partner: true },
        })
      : null;
    if (!user) return null;
    const current = await this.preferences(toAuthenticatedUser(user));
    if (confirm && current.email)
      await this.unitOfWork.run((em) =>
        this.savePreferences(
          em,
          toAuthenticatedUser(user),
          { ...current, email: false },
          'Unsubscribed',
        ),
      );
    return { email: user.email, language: current.language };
  }

  /** Each user's preferences; users who never chose have none in the map. */
  async preferencesOf(
    em: EntityManager,
    userIds: number[],
  ): Promise<Map<number, NotificationPreferences>> {
    const rows = userIds.length
      ? await em.findBy(NotificationPreference, { userId: In(userIds) })
      : [];
    return new Map(
      rows.map((r) => [
        r.userId,
        {
          email: r.email,
          weeklyDigest: r.weeklyDigest,
          commentsAndDecisions: r.commentsAndDecisions,
          language: r.language,
        },
      ]),
    );
  }

  async readerOf(
    user: Pick<User, 'id' | 'displayName'>,
    language: NotificationLanguage,
  ): Promise<MailReader> {
    return {
      name: user.displayName,
      language,
      preferencesUrl: this.links.preferencesUrl,
      unsubscribeUrl: await this.links.unsubscribeUrl(user.id),
    };
  }

  private async savePreferences(
    em: EntityManager,
    actor: AuthenticatedUser,
    preferences: NotificationPreferences,
    verb: string,
  ): Promise<NotificationPreferences> {
    const before =
      (await this.preferencesOf(em, [actor.id])).get(actor.id) ?? null;
    await em.save(
      em.create(NotificationPreference, {
        userId: actor.id,
        ...preferences,
        updatedAt: this.clock.now().toISOString(),
      }),
    );
    await this.audit.record(em, actor, {
      action: 'update',
      entityType: 'notification-preferences',
      entityId: actor.id,
      summary: `${verb} the notification preferences of ${actor.email}`,
      before,
      after: preferences,
    });
    return preferences;
  }

  // What a message says, in plain facts a text of any language can be filled with.
  private async dataOf(
    em: EntityManager,
    event: NotificationEvent,
  ): Promise<Record<string, string | null>> {
    const action: Record<string, string> =
      'action' in event && event.action
        ? { code: event.action.code, title: event.action.title }
        : {};
    switch (event.kind) {
      case 'comment':
        return {
          ...action,
          author: event.authorName,
          excerpt:
            event.excerpt.length > EXCERPT_LENGTH
              ? `${event.excerpt.slice(0, EXCERPT_LENGTH - 1)}…`
              : event.excerpt,
        };
      case 'decision-assigned':
        return {
          ...action,
          partner:
            (await em.findOneBy(Partner, { slug: event.partner }))?.name ??
            event.partner,
          decision: event.decision,
          dueDate: event.dueDate,
        };
      case 'phase-advanced':
        return { from: phaseName(event.from), to: phaseName(event.to) };
      case 'action-overdue':
        return { ...action, dueDate: event.dueDate };
      case 'action-stale':
        return { ...action, since: event.since };
      case 'milestone-due':
        return {
          ...action,
          milestone: event.milestone.title,
          dueDate: event.milestone.dueDate,
        };
      case 'rule-violated':
        return { rule: event.rule, message: event.message };
    }
  }
}

const phaseName = (key: string) =>
  PHASES.find((p) => p.key === key)?.name ?? key;
