import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import {
  agendaTopics,
  decisionDeadlines,
  nextSession,
  type Page,
  type SessionPreparationView,
  type SessionSnapshotView,
  type WorkingSessionView,
} from '@ws/domain';
import { Action } from '../actions/action.entity';
import { ActionsService } from '../actions/actions.service';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { Clock } from '../common/clock';
import { UnitOfWork } from '../common/database/unit-of-work';
import { notFound } from '../common/http/not-found';
import {
  pageRequest,
  toPage,
  type PageQueryDto,
} from '../common/http/pagination';
import { type FieldProblem, invalidRequest } from '../common/http/validation';
import { DashboardService } from '../dashboard/dashboard.service';
import { NotificationsService } from '../notifications/notifications.service';
import { Partner } from '../partners/partner.entity';
import { PARTNERSHIP_ID, Partnership } from '../partnership/partnership.entity';
import { User } from '../users/user.entity';
import { SessionChangesService } from './session-changes.service';
import {
  Decision,
  SessionAttendee,
  SessionSnapshot,
  WorkingSession,
} from './working-session.entity';
import {
  SESSION_RELATIONS,
  toDecisionView,
  toSessionView,
} from './working-session.view';
import {
  agendaFileName,
  renderAgendaMarkdown,
  renderAgendaPdf,
} from './render-agenda';
import type {
  AgendaFormat,
  CreateWorkingSessionDto,
  DecisionDto,
  FollowUpActionDto,
  SessionAttendeeDto,
  UpdateWorkingSessionDto,
} from './working-sessions.dto';

export const SESSIONS_PAGE_SIZE = 20;

/** SPEC §2: the steering committee's working sessions; the coordinator writes them. */
@Injectable()
export class WorkingSessionsService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly dataSource: DataSource,
    private readonly changes: SessionChangesService,
    private readonly dashboard: DashboardService,
    private readonly actions: ActionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly notifications: NotificationsService,
  ) {}

  async list(query: PageQueryDto): Promise<Page<WorkingSessionView>> {
    const request = pageRequest(query, SESSIONS_PAGE_SIZE);
    const [sessions, total] = await this.dataSource.manager.findAndCount(
      WorkingSession,
      {
        relations: SESSION_RELATIONS,
        order: { date: 'DESC', id: 'DESC' },
        skip: request.skip,
        take: request.take,
      },
    );
    const today = this.changes.today();
    return toPage(
      sessions.map((s) => toSessionView(s, today)),
      total,
      request,
    );
  }

  async get(id: number): Promise<WorkingSessionView> {
    return toSessionView(
      await this.find(this.dataSource.manager, id),
      this.changes.today(),
    );
  }

  async create(
    actor: AuthenticatedUser,
    dto: CreateWorkingSessionDto,
  ): Promise<WorkingSessionView> {
    return this.unitOfWork.run(async (em) => {
      const problems: FieldProblem[] = [];
      const attendees = await this.resolveAttendees(
        em,
        dto.attendees ?? [],
        problems,
      );
      const decisions = await this.resolveDecisions(
        em,
        dto.decisions ?? [],
        [],
        problems,
      );
      if (problems.length) throw invalidRequest(problems);
      const now = this.clock.now().toISOString();
      const saved = await em.save(
        em.create(WorkingSession, {
          date: dto.date,
          place: dto.place ?? null,
          link: dto.link ?? null,
          agenda: dto.agenda ?? [],
          minutes: dto.minutes ?? '',
          closedAt: null,
          closedBy: null,
          createdAt: now,
          updatedAt: now,
        }),
      );
      await this.saveAttendees(em, saved.id, attendees);
      await this.saveDecisions(em, saved.id, decisions, []);
      const view = toSessionView(
        await this.find(em, saved.id),
        this.changes.today(),
      );
      await this.audit.record(em, actor, {
        action: 'create',
        entityType: 'working-session',
        entityId: saved.id,
        summary: `Created the working session of ${view.date}`,
        after: view,
      });
      return view;
    });
  }

  async update(
    actor: AuthenticatedUser,
    id: number,
    dto: UpdateWorkingSessionDto,
  ): Promise<WorkingSessionView> {
    return this.unitOfWork.run(async (em) => {
      const session = await this.find(em, id);
      assertOpen(session);
      const today = this.changes.today();
      const before = toSessionView(session, today);
      const problems: FieldProblem[] = [];
      const attendees =
        dto.attendees === undefined
          ? undefined
          : await this.resolveAttendees(em, dto.attendees, problems);
      const decisions =
        dto.decisions === undefined
          ? undefined
          : await this.resolveDecisions(
              em,
              dto.decisions,
              session.decisions,
              problems,
            );
      if (problems.length) throw invalidRequest(problems);

      await em.update(WorkingSession, id, {
        date: dto.date ?? session.date,
        place: dto.place === undefined ? session.place : dto.place,
        link: dto.link === undefined ? session.link : dto.link,
        agenda: dto.agenda ?? session.agenda,
        minutes: dto.minutes ?? session.minutes,
        updatedAt: this.clock.now().toISOString(),
      });
      if (attendees) {
        await em.delete(SessionAttendee, { session: { id } });
        await this.saveAttendees(em, id, attendees);
      }
      if (decisions)
        await this.saveDecisions(em, id, decisions, session.decisions);
      const after = toSessionView(await this.find(em, id), today);
      await this.audit.record(em, actor, {
        action: 'update',
        entityType: 'working-session',
        entityId: id,
        summary: `Updated the working session of ${after.date}`,
        before,
        after,
      });
      return after;
    });
  }

  /** Closes the session and freezes the figures of the plan; 409 when already closed. */
  async close(
    actor: AuthenticatedUser,
    id: number,
  ): Promise<WorkingSessionView> {
    const figures = await this.dashboard.get({});
    return this.unitOfWork.run(async (em) => {
      const session = await this.find(em, id);
      assertOpen(session);
      const now = this.clock.now().toISOString();
      const snapshot: SessionSnapshotView = {
        sessionId: id,
        takenAt: now,
        today: figures.today,
        overall: figures.overall,
        byPhase: figures.byPhase,
        byStream: figures.byStream,
        byPartner: figures.byPartner,
        ...(await this.changes.planState(em)),
      };
      await em.insert(SessionSnapshot, {
        sessionId: id,
        takenAt: now,
        figures: snapshot,
      });
      await em.update(WorkingSession, id, {
        closedAt: now,
        closedBy: actor.displayName,
        updatedAt: now,
      });
      const view = toSessionView(await this.find(em, id), figures.today);
      await this.audit.record(em, actor, {
        action: 'close',
        entityType: 'working-session',
        entityId: id,
        summary: `Closed the working session of ${session.date}; the progress figures are frozen`,
        after: {
          session: view,
          snapshot: { takenAt: now, overall: figures.overall },
        },
      });
      return view;
    });
  }

  async snapshot(id: number): Promise<SessionSnapshotView> {
    const em = this.dataSource.manager;
    const session = await em.findOneBy(WorkingSession, { id });
    if (!session) throw notFound('Working session', id);
    const snapshot = await em.findOneBy(SessionSnapshot, { sessionId: id });
    if (!snapshot)
      throw new ConflictException(
        `The working session of ${session.date} is not closed yet: it has no snapshot`,
      );
    return snapshot.figures;
  }

  /** Creates the action a decision calls for, led by its owner, and links them, in one step. */
  async followUp(
    actor: AuthenticatedUser,
    id: number,
    decisionId: number,
    dto: FollowUpActionDto,
  ): Promise<WorkingSessionView> {
    return this.unitOfWork.run(async (em) => {
      const session = await this.find(em, id);
      assertOpen(session);
      const decision = session.decisions.find((d) => d.id === decisionId);
      if (!decision) throw notFound('Decision', decisionId);
      if (decision.action)
        throw new ConflictException(
          `The decision already has its follow-up action ${decision.action.code}`,
        );
      if (decision.owner.retiredAt)
        throw invalidRequest([
          {
            field: 'owner',
            problems: [
              `${decision.owner.name} is retired and leads nothing new; give the decision another owner first`,
            ],
          },
        ]);
      const action = await this.actions.createWithin(em, actor, {
        title: dto.title ?? firstLine(decision.text),
        description: `Decided at the working session of ${session.date}: ${decision.text}`,
        stream: dto.stream,
        phase: dto.phase,
        lead: decision.owner.slug,
        dueDate: decision.dueDate,
      });
      await em.update(Decision, decisionId, { action: { id: action.id } });
      const view = toSessionView(await this.find(em, id), this.changes.today());
      await this.audit.record(em, actor, {
        action: 'follow-up',
        entityType: 'working-session',
        entityId: id,
        summary: `Decision of ${session.date} followed up by ${action.code} ${action.title}`,
        after: view.decisions.find((d) => d.id === decisionId),
      });
      return view;
    });
  }

  /** The next session and what it needs to discuss. */
  async preparation(): Promise<SessionPreparationView> {
    const em = this.dataSource.manager;
    const figures = await this.dashboard.get({});
    const [sessions, decisions] = await Promise.all([
      em.find(WorkingSession, { where: { closedAt: IsNull() } }),
      this.changes.decisionDeadlines(em),
    ]);
    const next = nextSession(sessions, figures.today);
    return {
      session: next ? await this.get(next.id) : null,
      today: figures.today,
      topics: agendaTopics({
        today: figures.today,
        redActions: figures.redActions,
        overdueActions: figures.overdueActions,
        staleActions: figures.staleActions,
        rules: figures.rules,
        decisions,
      }),
      changes: figures.sinceLastSession,
    };
  }

  /** The session's agenda as a file to send to the committee. */
  async agenda(
    id: number,
    format: AgendaFormat,
  ): Promise<{ fileName: string; contentType: string; body: Buffer }> {
    const em = this.dataSource.manager;
    const today = this.changes.today();
    const session = toSessionView(await this.find(em, id), today);
    const { due, overdue } = decisionDeadlines(
      await this.changes.decisionDeadlines(em),
      today,
    );
    const ids = [...overdue, ...due]
      .filter((d) => d.sessionId !== id)
      .map((d) => d.id);
    const decisions = ids.length
      ? await em.find(Decision, {
          where: { id: In(ids) },
          relations: { owner: true, action: true },
        })
      : [];
    const partnership = await em.findOneByOrFail(Partnership, {
      id: PARTNERSHIP_ID,
    });
    const document = {
      partnership: partnership.name,
      session,
      openDecisions: ids.map((decisionId) =>
        toDecisionView(
          decisions.find((d) => d.id === decisionId) as Decision,
          today,
        ),
      ),
    };
    return format === 'pdf'
      ? {
          fileName: agendaFileName(session, 'pdf'),
          contentType: 'application/pdf',
          body: await renderAgendaPdf(document),
        }
      : {
          fileName: agendaFileName(session, 'md'),
          contentType: 'text/markdown; charset=utf-8',
          body: renderAgendaMarkdown(document),
        };
  }

  private async find(em: EntityManager, id: number): Promise<WorkingSession> {
    const session = await em.findOne(WorkingSession, {
      where: { id },
      relations: SESSION_RELATIONS,
    });
    if (!session) throw notFound('Working session', id);
    return session;
  }

  private async resolveAttendees(
    em: EntityManager,
    attendees: SessionAttendeeDto[],
    problems: FieldProblem[],
  ): Promise<Pick<SessionAttendee, 'user' | 'partner' | 'present'>[]> {
    const userIds = attendees.flatMap((a) => (a.user ? [a.user] : []));
    const slugs = attendees.flatMap((a) => (a.partner ? [a.partner] : []));
    const [users, partners] = await Promise.all([
      userIds.length ? em.findBy(User, { id: In(userIds) }) : ([] as User[]),
      slugs.length
        ? em.findBy(Partner, { slug: In(slugs) })
        : ([] as Partner[]),
    ]);
    return attendees.map((attendee, index) => {
      const field = `attendees.${index}`;
      if (attendee.user !== undefined && attendee.partner !== undefined)
        problems.push({
          field,
          problems: ['an attendee is either a user or a partner, not both'],
        });
      const user = users.find((u) => u.id === attendee.user) ?? null;
      if (attendee.user !== undefined && !user)
        problems.push({
          field: `${field}.user`,
          problems: [`account ${attendee.user} does not exist`],
        });
      const partner = partners.find((p) => p.slug === attendee.partner) ?? null;
      if (attendee.partner !== undefined && !partner)
        problems.push({
          field: `${field}.partner`,
          problems: [`partner ${attendee.partner} does not exist`],
        });
      return { user, partner, present: attendee.present ?? true };
    });
  }

  private async resolveDecisions(
    em: EntityManager,
    decisions: DecisionDto[],
    existing: Decision[],
    problems: FieldProblem[],
  ): Promise<ResolvedDecision[]> {
    const slugs = [...new Set(decisions.map((d) => d.owner))];
    const actionIds = decisions.flatMap((d) => (d.action ? [d.action] : []));
    const [owners, actions] = await Promise.all([
      slugs.length ? em.findBy(Partner, { slug: In(slugs) }) : [],
      actionIds.length
        ? em.findBy(Action, { id: In(actionIds), deletedAt: IsNull() })
        : [],
    ]);
    return decisions.map((decision, index) => {
      const field = `decisions.${index}`;
      const kept =
        decision.id === undefined
          ? undefined
          : existing.find((d) => d.id === decision.id);
      if (decision.id !== undefined && !kept)
        problems.push({
          field: `${field}.id`,
          problems: [
            `decision ${decision.id} is not a decision of this session`,
          ],
        });
      const owner = owners.find((p) => p.slug === decision.owner);
      if (!owner)
        problems.push({
          field: `${field}.owner`,
          problems: [`partner ${decision.owner} does not exist`],
        });
      // A decision already owned by a partner that retired since may keep its owner.
      else if (owner.retiredAt && kept?.owner.id !== owner.id)
        problems.push({
          field: `${field}.owner`,
          problems: [`${owner.name} is retired and owns no new decision`],
        });
      const action =
        decision.action === undefined
          ? (kept?.action ?? null)
          : decision.action === null
            ? null
            : (actions.find((a) => a.id === decision.action) ?? null);
      if (decision.action && !action)
        problems.push({
          field: `${field}.action`,
          problems: [`action ${decision.action} does not exist`],
        });
      return {
        id: kept?.id,
        text: decision.text,
        owner: owner as Partner,
        dueDate: decision.dueDate,
        action,
      };
    });
  }

  private async saveAttendees(
    em: EntityManager,
    sessionId: number,
    attendees: Pick<SessionAttendee, 'user' | 'partner' | 'present'>[],
  ): Promise<void> {
    if (!attendees.length) return;
    await em.insert(
      SessionAttendee,
      attendees.map((a, position) => ({
        session: { id: sessionId },
        position,
        user: a.user ? { id: a.user.id } : null,
        partner: a.partner ? { id: a.partner.id } : null,
        present: a.present,
      })),
    );
  }

  private async saveDecisions(
    em: EntityManager,
    sessionId: number,
    decisions: ResolvedDecision[],
    existing: Decision[],
  ): Promise<void> {
    const keptIds = new Set(decisions.flatMap((d) => (d.id ? [d.id] : [])));
    const dropped = existing.filter((d) => !keptIds.has(d.id));
    if (dropped.length)
      await em.delete(Decision, { id: In(dropped.map((d) => d.id)) });
    const now = this.clock.now().toISOString();
    for (const [position, decision] of decisions.entries()) {
      const fields = {
        position,
        text: decision.text,
        owner: { id: decision.owner.id },
        dueDate: decision.dueDate,
        action: decision.action ? { id: decision.action.id } : null,
      };
      if (decision.id) await em.update(Decision, decision.id, fields);
      else
        await em.insert(Decision, {
          ...fields,
          session: { id: sessionId },
          createdAt: now,
        });
      // The owner partner hears of a new decision, or of one handed over to it.
      const before = existing.find((d) => d.id === decision.id);
      if (!before || before.owner.id !== decision.owner.id)
        await this.notifications.notifyDecisionAssigned(em, {
          sessionId,
          owner: decision.owner.slug,
          text: decision.text,
          dueDate: decision.dueDate,
          action: decision.action,
          authorId: null,
        });
    }
  }
}

interface ResolvedDecision {
  id?: number;
  text: string;
  owner: Partner;
  dueDate: string;
  action: Action | null;
}

function assertOpen(session: WorkingSession): void {
  if (session.closedAt)
    throw new ConflictException(
      `The working session of ${session.date} was closed on ${session.closedAt.slice(0, 10)}: its record and snapshot no longer change`,
    );
}

const firstLine = (text: string) => {
  const line = text.split('\n')[0].trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
};
