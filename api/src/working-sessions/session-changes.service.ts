import { ConflictException, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull, Not } from 'typeorm';
import {
  brusselsDate,
  type DecisionDeadline,
  type PlanState,
  planChanges,
  ruleStates,
  type SessionChangesView,
} from '@ws/domain';
import { Action } from '../actions/action.entity';
import { Milestone } from '../actions/milestone.entity';
import { Clock } from '../common/clock';
import { notFound } from '../common/http/not-found';
import { GovernanceService } from '../governance/governance.service';
import {
  Decision,
  SessionSnapshot,
  WorkingSession,
} from './working-session.entity';

/** A decision is done once the action it created or changes is completed. */
export const decisionDone = (decision: Decision) =>
  decision.action?.status === 'completed';

/**
 * SPEC §2: the state of the plan a closing session freezes, and what changed since
 * a closed session. The comparison itself is the pure `planChanges` of libs/domain.
 */
@Injectable()
export class SessionChangesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly governance: GovernanceService,
    private readonly clock: Clock,
  ) {}

  today(): string {
    return brusselsDate(this.clock.now());
  }

  async planState(em: EntityManager): Promise<PlanState> {
    const [actions, milestones, rules] = await Promise.all([
      em.find(Action, {
        where: { deletedAt: IsNull() },
        relations: { lead: true },
        order: { code: 'ASC' },
      }),
      em
        .createQueryBuilder(Milestone, 'milestone')
        .innerJoinAndSelect('milestone.action', 'action')
        .where('action.deleted_at IS NULL')
        .orderBy('action.code', 'ASC')
        .addOrderBy('milestone.position', 'ASC')
        .getMany(),
      this.governance.evaluate(em),
    ]);
    return {
      actions: actions.map((a) => ({
        id: a.id,
        code: a.code,
        title: a.title,
        lead: a.lead.slug,
        status: a.status,
        health: a.health,
        progress: a.progress,
      })),
      milestones: milestones.map((m) => ({
        actionId: m.action.id,
        code: m.action.code,
        title: m.title,
        dueDate: m.dueDate,
        doneDate: m.doneDate,
      })),
      rules: ruleStates(rules),
    };
  }

  /** Every decision of every session, with whether its follow-up is done. */
  async decisionDeadlines(em: EntityManager): Promise<DecisionDeadline[]> {
    const decisions = await em.find(Decision, {
      relations: { session: true, owner: true, action: true },
      order: { dueDate: 'ASC', id: 'ASC' },
    });
    return decisions.map((d) => ({
      id: d.id,
      sessionId: d.session.id,
      sessionDate: d.session.date,
      text: d.text,
      owner: d.owner.slug,
      dueDate: d.dueDate,
      done: decisionDone(d),
      actionId: d.action?.id ?? null,
      actionCode: d.action?.code ?? null,
    }));
  }

  /** What changed since the session was closed; 409 while it is open. */
  async since(
    sessionId: number,
    em: EntityManager = this.dataSource.manager,
  ): Promise<SessionChangesView> {
    const session = await em.findOneBy(WorkingSession, { id: sessionId });
    if (!session) throw notFound('Working session', sessionId);
    const snapshot = await em.findOneBy(SessionSnapshot, { sessionId });
    if (!session.closedAt || !snapshot)
      throw new ConflictException(
        `The working session of ${session.date} is not closed yet: it has no snapshot to compare with`,
      );
    return this.compare(em, session, snapshot);
  }

  /** What changed since the last closed session; null until one is closed. */
  async sinceLastClosed(
    em: EntityManager = this.dataSource.manager,
  ): Promise<SessionChangesView | null> {
    const session = await em.findOne(WorkingSession, {
      where: { closedAt: Not(IsNull()) },
      order: { date: 'DESC', closedAt: 'DESC' },
    });
    if (!session) return null;
    const snapshot = await em.findOneBy(SessionSnapshot, {
      sessionId: session.id,
    });
    return snapshot ? this.compare(em, session, snapshot) : null;
  }

  private async compare(
    em: EntityManager,
    session: WorkingSession,
    snapshot: SessionSnapshot,
  ): Promise<SessionChangesView> {
    const today = this.today();
    const [now, decisions] = await Promise.all([
      this.planState(em),
      this.decisionDeadlines(em),
    ]);
    return {
      session: {
        id: session.id,
        date: session.date,
        closedAt: session.closedAt as string,
      },
      today,
      then: { takenAt: snapshot.takenAt, overall: snapshot.figures.overall },
      ...planChanges(snapshot.figures, now, decisions, today),
    };
  }
}
