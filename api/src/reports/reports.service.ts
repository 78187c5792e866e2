import { Injectable } from '@nestjs/common';
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { DataSource } from 'typeorm';
import {
  addCalendarDays,
  brusselsDate,
  daysLate,
  isOverdue,
  isStale,
  PARTNERSHIP_TIME_ZONE,
  startOfBrusselsDay,
} from '@ws/domain';
import { investmentReportRows } from '../investments/investment-report';
import {
  DashboardService,
  UPCOMING_MILESTONE_DAYS,
} from '../dashboard/dashboard.service';
import {
  type ActionRow,
  type AttentionRow,
  type DecisionRow,
  type ProgressReport,
  reportFileName,
  type ReportFormat,
  type StatusChangeRow,
} from './progress-report';
import { REPORT_RENDERERS } from './report-formats';
import { reportActions, statusUpdatesBetween } from './report-queries';
import { notFound } from '../common/http/not-found';
import { SessionChangesService } from '../working-sessions/session-changes.service';
import {
  Decision,
  WorkingSession,
} from '../working-sessions/working-session.entity';
import { toDecisionView } from '../working-sessions/working-session.view';

export interface RenderedReport {
  fileName: string;
  contentType: string;
  body: Buffer;
}

export interface ReportPeriod {
  from: string;
  to: string;
}

/** A period, or "since working session X": from the session's date to today. */
export type ReportRequest = ReportPeriod | { session: number };

const brusselsTime = (iso: string) =>
  format(new TZDate(new Date(iso).getTime(), PARTNERSHIP_TIME_ZONE), 'HH:mm');

/**
 * SPEC §6: the progress report of a period. The figures are the dashboard's, so a
 * report and the screen never disagree; the period selects the status changes.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dashboard: DashboardService,
    private readonly sessionChanges: SessionChangesService,
  ) {}

  /** The progress report of a period as a file in the format asked for. */
  async renderProgress(
    period: ReportRequest,
    format: ReportFormat,
  ): Promise<RenderedReport> {
    const report = await this.progress(period);
    const renderer = REPORT_RENDERERS[format];
    return {
      fileName: reportFileName(report, format),
      contentType: renderer.contentType,
      body: await renderer.render(report),
    };
  }

  async progress(request: ReportRequest): Promise<ProgressReport> {
    const em = this.dataSource.manager;
    const { period, session, changes } = await this.period(request);
    const figures = await this.dashboard.get({});
    const now = new Date(figures.generatedAt);
    // The period's Brussels days, inclusive: [start of `from`, start of the day after `to`).
    const start = startOfBrusselsDay(period.from).toISOString();
    const end = startOfBrusselsDay(addCalendarDays(period.to, 1)).toISOString();

    const [actions, updates] = await Promise.all([
      reportActions(em),
      statusUpdatesBetween(em, start, end),
    ]);

    const inPeriod = new Map<number, number>();
    const statusChanges: StatusChangeRow[] = [];
    for (const update of updates) {
      inPeriod.set(update.action.id, (inPeriod.get(update.action.id) ?? 0) + 1);
      statusChanges.push({
        at: update.at,
        date: brusselsDate(new Date(update.at)),
        time: brusselsTime(update.at),
        code: update.action.code,
        title: update.action.title,
        author: update.authorName,
        organisation: update.organisation,
        status: update.status,
        progress: update.progress,
        health: update.health,
        comment: update.comment,
      });
    }

    const rows: ActionRow[] = actions.map((action) => ({
      code: action.code,
      title: action.title,
      stream: action.stream.number,
      phase: action.phase,
      lead: action.lead.slug,
      leadName: action.lead.name,
      status: action.status,
      progress: action.progress,
      health: action.health,
      startDate: action.startDate,
      dueDate: action.dueDate,
      overdue: isOverdue(action, figures.today),
      daysLate: daysLate(action, figures.today),
      stale: isStale(
        {
          status: action.status,
          lastUpdateAt: action.lastUpdateAt
            ? new Date(action.lastUpdateAt)
            : null,
          createdAt: new Date(action.createdAt),
        },
        now,
        figures.staleAfterDays,
      ),
      lastUpdateAt: action.lastUpdateAt,
      updatesInPeriod: inPeriod.get(action.id) ?? 0,
    }));

    const leadNames = new Map(actions.map((a) => [a.lead.slug, a.lead.name]));
    const attention: AttentionRow[] = actions
      .map((action, index) => ({ action, row: rows[index] }))
      .filter(
        ({ action, row }) =>
          row.overdue ||
          (action.health !== 'green' &&
            action.status !== 'completed' &&
            action.status !== 'cancelled'),
      )
      .map(({ action, row }) => ({
        code: row.code,
        title: row.title,
        leadName: row.leadName,
        status: row.status,
        health: row.health,
        progress: row.progress,
        dueDate: row.dueDate,
        daysLate: row.daysLate,
        overdue: row.overdue,
        blockers: action.latestBlockers,
      }))
      // Most urgent first: the latest overdue, then red before amber.
      .sort(
        (a, b) =>
          b.daysLate - a.daysLate ||
          healthRank(b.health) - healthRank(a.health) ||
          a.code.localeCompare(b.code),
      );

    return {
      partnership: figures.partnership.name,
      from: period.from,
      to: period.to,
      generatedAt: figures.generatedAt,
      generatedAtLocal: `${brusselsDate(now)} ${brusselsTime(figures.generatedAt)}`,
      today: figures.today,
      staleAfterDays: figures.staleAfterDays,
      overall: figures.overall,
      byPhase: figures.byPhase,
      byStream: figures.byStream,
      byRegion: figures.byRegion,
      byPartner: figures.byPartner,
      rules: figures.rules,
      statusChanges,
      attention,
      upcomingMilestones: figures.upcomingMilestones.map((milestone) => ({
        ...milestone,
        leadName: leadNames.get(milestone.lead) ?? milestone.lead,
      })),
      upcomingMilestoneDays: UPCOMING_MILESTONE_DAYS,
      session,
      changes,
      decisions: await this.decisionRows(period, figures.today),
      investments: await investmentReportRows(em),
      investmentPipeline: figures.investments,
      actions: rows,
    };
  }

  private async period(request: ReportRequest): Promise<{
    period: ReportPeriod;
    session: ProgressReport['session'];
    changes: ProgressReport['changes'];
  }> {
    if (!('session' in request))
      return { period: request, session: null, changes: null };
    const session = await this.dataSource.manager.findOneBy(WorkingSession, {
      id: request.session,
    });
    if (!session) throw notFound('Working session', request.session);
    const today = this.sessionChanges.today();
    return {
      period: {
        from: session.date,
        to: session.date > today ? session.date : today,
      },
      session: { id: session.id, date: session.date, closedAt: session.closedAt },
      changes: session.closedAt
        ? await this.sessionChanges.since(session.id)
        : null,
    };
  }

  private async decisionRows(
    period: ReportPeriod,
    today: string,
  ): Promise<DecisionRow[]> {
    const decisions = await this.dataSource.manager
      .createQueryBuilder(Decision, 'decision')
      .innerJoinAndSelect('decision.session', 'session')
      .innerJoinAndSelect('decision.owner', 'owner')
      .leftJoinAndSelect('decision.action', 'action')
      .where('session.date >= :from AND session.date <= :to', period)
      .orderBy('session.date', 'ASC')
      .addOrderBy('decision.position', 'ASC')
      .getMany();
    return decisions.map((d) => {
      const view = toDecisionView(d, today);
      return {
        sessionDate: d.session.date,
        text: view.text,
        ownerName: view.ownerName,
        dueDate: view.dueDate,
        actionCode: view.action?.code ?? null,
        done: view.done,
        overdue: view.overdue,
      };
    });
  }
}

const healthRank = (health: string) =>
  health === 'red' ? 2 : health === 'amber' ? 1 : 0;
