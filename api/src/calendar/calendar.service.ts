import { Injectable, NotFoundException } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { CalendarFeedView } from '@ws/domain';
import { Milestone } from '../actions/milestone.entity';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Clock } from '../common/clock';
import { UnitOfWork } from '../common/database/unit-of-work';
import { PARTNERSHIP_ID, Partnership } from '../partnership/partnership.entity';
import { User } from '../users/user.entity';
import {
  Decision,
  WorkingSession,
} from '../working-sessions/working-session.entity';
import { calendarEvents, renderCalendar } from './calendar-events';
import { CalendarFeed } from './calendar-feed.entity';

export const FEED_PATH = '/api/calendar.ics';

const view = (feed: CalendarFeed | null): CalendarFeedView => ({
  path: feed ? `${FEED_PATH}?token=${feed.token}` : null,
  createdAt: feed?.createdAt ?? null,
});

/**
 * Each account's calendar feed: a secret address a calendar client subscribes to
 * without signing in. Resetting it makes the old address stop working.
 */
@Injectable()
export class CalendarService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async feed(actor: AuthenticatedUser): Promise<CalendarFeedView> {
    return view(
      await this.dataSource.manager.findOneBy(CalendarFeed, {
        userId: actor.id,
      }),
    );
  }

  /** Creates the feed address, or replaces it with a new one. */
  async reset(actor: AuthenticatedUser): Promise<CalendarFeedView> {
    return this.unitOfWork.run(async (em) => {
      const existing = await em.findOneBy(CalendarFeed, { userId: actor.id });
      const feed = {
        userId: actor.id,
        // 32 random bytes: 43 base64url characters
        token: randomBytes(32).toString('base64url'),
        createdAt: this.clock.now().toISOString(),
      };
      await em.save(CalendarFeed, feed);
      await this.audit.record(em, actor, {
        action: existing ? 'reset' : 'create',
        entityType: 'calendar-feed',
        entityId: actor.id,
        // The secret itself is never journaled.
        summary: existing
          ? `Reset the calendar feed address of ${actor.email}`
          : `Created a calendar feed address for ${actor.email}`,
      });
      return view(feed as CalendarFeed);
    });
  }

  /** The iCalendar text of the feed; 404 for an unknown secret or a disabled account. */
  async ics(token: string): Promise<string> {
    const em = this.dataSource.manager;
    const feed = await em.findOneBy(CalendarFeed, { token });
    const user = feed
      ? await em.findOneBy(User, { id: feed.userId, active: true })
      : null;
    if (!feed || !user)
      throw new NotFoundException({
        statusCode: 404,
        error: 'Not Found',
        message:
          'No calendar feed at this address; the account page gives the current one',
      });
    const [partnership, sessions, milestones, decisions] = await Promise.all([
      em.findOneByOrFail(Partnership, { id: PARTNERSHIP_ID }),
      em.find(WorkingSession, { order: { date: 'ASC', id: 'ASC' } }),
      em
        .createQueryBuilder(Milestone, 'milestone')
        .innerJoinAndSelect('milestone.action', 'action')
        .where('action.deleted_at IS NULL')
        .andWhere("action.status <> 'cancelled'")
        .orderBy('milestone.due_date', 'ASC')
        .addOrderBy('action.code', 'ASC')
        .getMany(),
      em.find(Decision, {
        relations: { session: true, owner: true, action: true },
        order: { dueDate: 'ASC', id: 'ASC' },
      }),
    ]);
    return renderCalendar(
      partnership.name,
      calendarEvents(partnership.name, {
        sessions: sessions.map((s) => ({
          id: s.id,
          date: s.date,
          place: s.place,
          link: s.link,
          agenda: s.agenda,
          closed: s.closedAt !== null,
        })),
        milestones: milestones.map((m) => ({
          actionId: m.action.id,
          code: m.action.code,
          actionTitle: m.action.title,
          title: m.title,
          dueDate: m.dueDate,
          doneDate: m.doneDate,
        })),
        decisions: decisions.map((d) => ({
          id: d.id,
          sessionDate: d.session.date,
          text: d.text,
          ownerName: d.owner.name,
          dueDate: d.dueDate,
          actionCode: d.action?.code ?? null,
        })),
      }),
    );
  }
}
