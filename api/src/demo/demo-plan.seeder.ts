import { Injectable, Logger } from '@nestjs/common';
import {
  DataSource,
  type EntityManager,
  type EntityTarget,
  In,
  type ObjectLiteral,
} from 'typeorm';
import { addCalendarDays, brusselsDate, startOfBrusselsDay } from '@ws/domain';
import { ActionComment } from '../actions/action-comment.entity';
import { Action } from '../actions/action.entity';
import { Indicator } from '../actions/indicator.entity';
import { Milestone } from '../actions/milestone.entity';
import { StatusUpdate } from '../actions/status-update.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { ACCOUNT_DOMAIN } from '../auth/accounts.seeder';
import { Clock } from '../common/clock';
import { Partner } from '../partners/partner.entity';
import { PARTNERSHIP_ID, Partnership } from '../partnership/partnership.entity';
import { Region } from '../reference-data/region.entity';
import { Stream } from '../reference-data/stream.entity';
import { User } from '../users/user.entity';
import { insertDemoInvestments } from './demo-investments';
import { insertDemoSessions } from './demo-sessions';
import {
  createdDay,
  DEMO_PLAN,
  type DemoAction,
  type DemoDay,
  PLAN_ADOPTED,
  PLAN_ADOPTED_HOUR,
} from './demo-plan';

export interface DemoPlanCounts {
  actions: number;
  milestones: number;
  indicators: number;
  statusUpdates: number;
  comments: number;
}

const COORDINATOR_EMAIL = `coordinator@${ACCOUNT_DOMAIN}`;
const editorEmail = (slug: string) => `editor.${slug}@${ACCOUNT_DOMAIN}`;
// Older SQLite builds allow 999 bound parameters per statement; a status update has 11 columns.
const INSERT_CHUNK = 50;

/** Turns the day offsets of the demo plan into Brussels dates and instants. */
class DemoCalendar {
  constructor(private readonly today: string) {}

  date(day: DemoDay): string {
    return addCalendarDays(this.today, day);
  }

  /** An ISO instant on that Brussels day, at a working hour */
  instant(day: DemoDay, hour: number, minute = 0): string {
    const start = startOfBrusselsDay(this.date(day)).getTime();
    return new Date(start + (hour * 60 + minute) * 60_000).toISOString();
  }
}

/** Spreads the writes of the demo over the working day, the same way each time. */
const workingHour = (a: number, b: number) => 9 + ((a * 5 + b * 3) % 9);
const minuteOf = (a: number, b: number) => (a * 13 + b * 29) % 60;

/**
 * SPEC §7, SEED=demo: the sample action plan, its history and the adopted plan.
 * It goes into an empty plan only, so a restart never duplicates it and never
 * overwrites what users have changed since.
 */
@Injectable()
export class DemoPlanSeeder {
  private readonly logger = new Logger('DemoPlan');

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The counts of what was added, or null when the plan already had actions. */
  async seed(): Promise<DemoPlanCounts | null> {
    const counts = await this.dataSource.transaction(async (em) => {
      // Deleted actions keep their row, so this also holds after a user emptied the plan.
      if ((await em.count(Action)) > 0) return null;
      return this.insertPlan(
        em,
        new DemoCalendar(brusselsDate(this.clock.now())),
      );
    });
    if (counts) {
      this.logger.log(
        `Demo action plan: ${counts.actions} actions, ${counts.statusUpdates} status updates`,
      );
    }
    return counts;
  }

  private async insertPlan(
    em: EntityManager,
    calendar: DemoCalendar,
  ): Promise<DemoPlanCounts> {
    const [partners, regions, streams, users] = await Promise.all([
      em.find(Partner),
      em.find(Region),
      em.find(Stream),
      em.find(User, {
        where: {
          email: In([
            COORDINATOR_EMAIL,
            ...DEMO_PLAN.map((a) => editorEmail(a.lead)),
            ...DEMO_PLAN.flatMap((a) =>
              (a.comments ?? []).map((c) => editorEmail(c.by)),
            ),
          ]),
        },
      }),
    ]);
    const partnerBySlug = new Map(partners.map((p) => [p.slug, p]));
    const regionByCode = new Map(regions.map((r) => [r.code, r]));
    const streamByCode = new Map(streams.map((s) => [s.code, s]));
    const userByEmail = new Map(users.map((u) => [u.email, u]));
    const author = (partner: Partner) => {
      const user = userByEmail.get(editorEmail(partner.slug)) ?? null;
      return {
        author: user,
        authorName: user?.displayName ?? `${partner.name} editor`,
        organisation: partner.name,
      };
    };

    // A partner renamed or removed before the demo was asked for leaves its actions out.
    const planned = DEMO_PLAN.filter((a) => {
      const known =
        partnerBySlug.has(a.lead) && streamByCode.has(streamCodeOf(a));
      if (!known) this.logger.warn(`Demo action ${a.code} left out`);
      return known;
    });

    const actions = await em.save(
      planned.map((a, index) => {
        const last = a.updates[a.updates.length - 1];
        const lastUpdateAt = last
          ? calendar.instant(
              last.day,
              workingHour(index, a.updates.length - 1),
              minuteOf(index, a.updates.length - 1),
            )
          : null;
        const createdAt = calendar.instant(
          createdDay(a),
          9,
          minuteOf(index, 0),
        );
        return em.create(Action, {
          code: a.code,
          title: a.title,
          description: a.description,
          stream: streamByCode.get(streamCodeOf(a)),
          phase: a.phase,
          lead: partnerBySlug.get(a.lead),
          contributors: known(partnerBySlug, a.contributors),
          regions: known(regionByCode, a.regions),
          startDate: calendar.date(a.start),
          dueDate: calendar.date(a.due),
          status: last?.status ?? 'planned',
          progress: last?.progress ?? 0,
          health: last?.health ?? 'green',
          lastUpdateAt,
          deletedAt: null,
          createdAt,
          updatedAt: lastUpdateAt ?? createdAt,
        });
      }),
    );
    // Children go in as bulk inserts: saving them through the cascade costs a statement each.
    const milestones = planned.flatMap((a, index) =>
      a.milestones.map((m, position) =>
        em.create(Milestone, {
          action: actions[index],
          position,
          title: m.title,
          dueDate: calendar.date(m.due),
          doneDate: m.done === null ? null : calendar.date(m.done),
        }),
      ),
    );
    const indicators = planned.flatMap((a, index) =>
      (a.indicators ?? []).map((i, position) =>
        em.create(Indicator, { action: actions[index], position, ...i }),
      ),
    );

    const updates = planned.flatMap((a, index) => {
      const lead = partnerBySlug.get(a.lead) as Partner;
      return a.updates.map((u, n) =>
        em.create(StatusUpdate, {
          action: actions[index],
          ...author(lead),
          at: calendar.instant(
            u.day,
            workingHour(index, n),
            minuteOf(index, n),
          ),
          status: u.status,
          progress: u.progress,
          health: u.health,
          comment: u.comment,
          nextSteps: u.nextSteps,
          blockers: u.blockers,
        }),
      );
    });
    const comments = planned.flatMap((a, index) =>
      (a.comments ?? [])
        .filter((c) => partnerBySlug.has(c.by))
        .map((c, n) =>
          em.create(ActionComment, {
            action: actions[index],
            ...author(partnerBySlug.get(c.by) as Partner),
            at: calendar.instant(
              c.day,
              workingHour(index + 1, n + 1),
              minuteOf(index + 1, n + 1),
            ),
            body: c.body,
          }),
        ),
    );
    await insertAll(em, Milestone, milestones);
    await insertAll(em, Indicator, indicators);
    await insertAll(em, StatusUpdate, updates);
    await insertAll(em, ActionComment, comments);

    await this.adoptPlan(em, calendar, userByEmail.get(COORDINATOR_EMAIL));
    await insertDemoInvestments(em, {
      date: (day) => calendar.date(day),
      instant: (day, hour) => calendar.instant(day, hour),
      authorOf: author,
    });
    await insertDemoSessions(em, {
      date: (day) => calendar.date(day),
      instant: (day, hour) => calendar.instant(day, hour),
      coordinator: userByEmail.get(COORDINATOR_EMAIL),
      partners,
      streams,
      actions: actions.map((saved, index) => ({ saved, demo: planned[index] })),
    });

    return {
      actions: actions.length,
      milestones: milestones.length,
      indicators: indicators.length,
      statusUpdates: updates.length,
      comments: comments.length,
    };
  }

  /**
   * The steering committee adopted the joint action plan about five months ago
   * (SPEC §3), journaled as the phase gate journals it.
   */
  private async adoptPlan(
    em: EntityManager,
    calendar: DemoCalendar,
    coordinator: User | undefined,
  ): Promise<void> {
    const partnership = await em.findOneBy(Partnership, { id: PARTNERSHIP_ID });
    if (!partnership || partnership.phase !== 'preparation') return;
    const view = ({
      name,
      phase,
      planAdoptedAt,
      planAdoptedBy,
    }: Partnership) => ({
      name,
      phase,
      planAdoptedAt,
      planAdoptedBy,
    });
    const before = view(partnership);
    const adoptedAt = calendar.instant(PLAN_ADOPTED, PLAN_ADOPTED_HOUR);
    partnership.phase = 'implementation';
    partnership.planAdoptedAt = adoptedAt;
    partnership.planAdoptedBy = COORDINATOR_EMAIL;
    await em.save(partnership);
    await em.insert(AuditEntry, {
      at: adoptedAt,
      actor: coordinator ?? null,
      actorEmail: COORDINATOR_EMAIL,
      action: 'advance-phase',
      entityType: 'partnership',
      entityId: String(PARTNERSHIP_ID),
      summary: 'Adopted the joint action plan and moved to Implementation',
      before: JSON.stringify(before),
      after: JSON.stringify(view(partnership)),
    });
  }
}

async function insertAll<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  rows: T[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK)
    await em.insert(entity, rows.slice(i, i + INSERT_CHUNK));
}

/** S3-04 belongs to stream S3 */
function streamCodeOf(action: DemoAction): string {
  return action.code.split('-')[0];
}

function known<T>(byKey: Map<string, T>, keys: readonly string[]): T[] {
  return keys.flatMap((key) => {
    const row = byKey.get(key);
    return row ? [row] : [];
  });
}
