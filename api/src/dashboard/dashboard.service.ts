import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  brusselsDate,
  ACTION_STATUSES,
  type ActionStatus,
  type ActionSummary,
  type DashboardView,
  daysLate,
  HEALTHS,
  type Health,
  PHASES,
  type ProgressFigures,
  type StreamNumber,
  type UpcomingMilestone,
  addCalendarDays,
} from '@ws/domain';
import {
  actionQuery,
  assertFiltersKnown,
  type ActionFilters,
  derivedFactsContext,
  derivedFactsParameters,
  OVERDUE_SQL,
  STALE_SQL,
} from '../actions/action-query';
import type { DerivedFactsContext } from '../actions/action.view';
import { Clock } from '../common/clock';
import { ReadCache } from '../common/database/read-cache';
import { GovernanceService } from '../governance/governance.service';
import { investmentPipeline } from '../investments/investment-pipeline';
import { Partner } from '../partners/partner.entity';
import { PARTNERSHIP_ID, Partnership } from '../partnership/partnership.entity';
import { Region } from '../reference-data/region.entity';
import { Stream } from '../reference-data/stream.entity';
import { SessionChangesService } from '../working-sessions/session-changes.service';
import type { DashboardQueryDto } from './dashboard.dto';

export const UPCOMING_MILESTONE_DAYS = 60;
export const LIST_LIMIT = 20;

interface GroupRow {
  key: string | number;
  status: ActionStatus;
  health: Health;
  count: string | number;
  progress: string | number | null;
  overdue: string | number | null;
  stale: string | number | null;
}

const emptyFigures = (): ProgressFigures => ({
  actions: 0,
  meanProgress: null,
  byStatus: Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<
    ActionStatus,
    number
  >,
  byHealth: Object.fromEntries(HEALTHS.map((h) => [h, 0])) as Record<
    Health,
    number
  >,
  overdue: 0,
  stale: 0,
});

/** Folds grouped rows (key × status × health) into figures per key. */
function fold(rows: GroupRow[]): Map<string, ProgressFigures> {
  const sums = new Map<
    string,
    { figures: ProgressFigures; live: number; progress: number }
  >();
  for (const row of rows) {
    const key = String(row.key);
    const entry = sums.get(key) ?? {
      figures: emptyFigures(),
      live: 0,
      progress: 0,
    };
    const count = Number(row.count);
    entry.figures.actions += count;
    entry.figures.byStatus[row.status] += count;
    entry.figures.overdue += Number(row.overdue ?? 0);
    entry.figures.stale += Number(row.stale ?? 0);
    if (row.status !== 'cancelled') {
      entry.figures.byHealth[row.health] += count;
      entry.live += count;
      entry.progress += Number(row.progress ?? 0);
    }
    sums.set(key, entry);
  }
  return new Map(
    [...sums].map(([key, { figures, live, progress }]) => [
      key,
      {
        ...figures,
        meanProgress: live ? Math.round((progress / live) * 10) / 10 : null,
      },
    ]),
  );
}

/**
 * SPEC §5: the steering committee's figures, each section one aggregate query over
 * the filtered actions, so the cost follows the number of groups, not of actions.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly governance: GovernanceService,
    private readonly clock: Clock,
    private readonly sessionChanges: SessionChangesService,
    private readonly cache: ReadCache,
  ) {}

  /** Kept until the next write: every figure is a function of the data and the Brussels day. */
  get(query: DashboardQueryDto): Promise<DashboardView> {
    const now = this.clock.now();
    return this.cache.read(
      `dashboard ${brusselsDate(now)} ${JSON.stringify(query)}`,
      () => this.compute(query, now),
    );
  }

  private async compute(
    query: DashboardQueryDto,
    now: Date,
  ): Promise<DashboardView> {
    const em = this.dataSource.manager;
    const context = await derivedFactsContext(em, now);
    await assertFiltersKnown(em, query);
    const filters: ActionFilters = {
      phase: query.phase,
      stream: query.stream,
      region: query.region,
      partner: query.partner,
    };

    const [
      partnership,
      streams,
      regions,
      partners,
      overall,
      phase,
      stream,
      region,
      lead,
      contributes,
      matrix,
      lists,
      milestones,
      rules,
    ] = await Promise.all([
      em.findOneByOrFail(Partnership, { id: PARTNERSHIP_ID }),
      em.find(Stream, { order: { number: 'ASC' } }),
      em.find(Region, { order: { id: 'ASC' } }),
      em.find(Partner, { order: { id: 'ASC' } }),
      this.grouped(em, filters, context, "'all'"),
      this.grouped(em, filters, context, 'action.phase'),
      this.grouped(em, filters, context, 'stream.number'),
      this.grouped(em, filters, context, 'region.code', 'regions'),
      this.grouped(em, filters, context, 'lead.slug'),
      this.contributions(em, filters, context),
      this.matrix(em, filters, context),
      this.lists(em, filters, context),
      this.upcomingMilestones(em, filters, context),
      this.governance.evaluate(em),
    ]);

    const figures = (map: Map<string, ProgressFigures>, key: string | number) =>
      map.get(String(key)) ?? emptyFigures();
    return {
      generatedAt: now.toISOString(),
      today: context.today,
      staleAfterDays: context.staleAfterDays,
      filters: {
        phase: query.phase ?? [],
        stream: query.stream ?? [],
        region: query.region ?? [],
        partner: query.partner ?? [],
      },
      partnership: {
        name: partnership.name,
        phase: partnership.phase,
        planAdoptedAt: partnership.planAdoptedAt,
        planAdoptedBy: partnership.planAdoptedBy,
      },
      overall: figures(overall, 'all'),
      byPhase: PHASES.map((p) => ({
        key: p.key,
        name: p.name,
        ...figures(phase, p.key),
      })),
      byStream: streams.map((s) => ({
        number: s.number,
        code: s.code,
        title: s.shortTitle,
        ...figures(stream, s.number),
      })),
      byRegion: regions.map((r) => ({
        code: r.code,
        name: r.name,
        ...figures(region, r.code),
      })),
      byPartner: partners
        .filter((p) => p.retiredAt === null)
        .map((p) => ({
          slug: p.slug,
          name: p.name,
          contributes: contributes.get(p.slug) ?? 0,
          ...figures(lead, p.slug),
        })),
      matrix,
      ...lists,
      upcomingMilestones: milestones,
      rules,
      // Phases and streams are the actions'; proposals follow the region and partner filters.
      investments: await investmentPipeline(
        em,
        { region: query.region, partner: query.partner },
        context.today,
      ),
      // The whole plan since the last closed session, whatever the filters.
      sinceLastSession: await this.sessionChanges.sinceLastClosed(em),
    };
  }

  private async grouped(
    em: EntityManager,
    filters: ActionFilters,
    context: DerivedFactsContext,
    dimension: string,
    join?: 'regions',
  ): Promise<Map<string, ProgressFigures>> {
    const builder = actionQuery(em, filters, context);
    if (join === 'regions') builder.innerJoin('action.regions', 'region');
    const rows = await builder
      .select(dimension, 'key')
      .addSelect('action.status', 'status')
      .addSelect('action.health', 'health')
      .addSelect('COUNT(*)', 'count')
      .addSelect('SUM(action.progress)', 'progress')
      .addSelect(`SUM(CASE WHEN ${OVERDUE_SQL} THEN 1 ELSE 0 END)`, 'overdue')
      .addSelect(`SUM(CASE WHEN ${STALE_SQL} THEN 1 ELSE 0 END)`, 'stale')
      .setParameters(derivedFactsParameters(context))
      .groupBy(dimension === "'all'" ? 'action.status' : dimension)
      .addGroupBy('action.status')
      .addGroupBy('action.health')
      .getRawMany<GroupRow>();
    return fold(rows);
  }

  /** Live actions each partner contributes to (without leading them). */
  private async contributions(
    em: EntityManager,
    filters: ActionFilters,
    context: DerivedFactsContext,
  ): Promise<Map<string, number>> {
    const rows = await actionQuery(em, filters, context)
      .innerJoin('action.contributors', 'contributor')
      .andWhere("action.status <> 'cancelled'")
      .select('contributor.slug', 'slug')
      .addSelect('COUNT(*)', 'count')
      .groupBy('contributor.slug')
      .getRawMany<{ slug: string; count: string | number }>();
    return new Map(rows.map((r) => [r.slug, Number(r.count)]));
  }

  private async matrix(
    em: EntityManager,
    filters: ActionFilters,
    context: DerivedFactsContext,
  ): Promise<DashboardView['matrix']> {
    const [led, contributed] = await Promise.all([
      actionQuery(em, filters, context)
        .andWhere("action.status <> 'cancelled'")
        .select('lead.slug', 'partner')
        .addSelect('stream.number', 'stream')
        .addSelect('COUNT(*)', 'count')
        .groupBy('lead.slug')
        .addGroupBy('stream.number')
        .getRawMany<{
          partner: string;
          stream: number;
          count: string | number;
        }>(),
      actionQuery(em, filters, context)
        .innerJoin('action.contributors', 'contributor')
        .andWhere("action.status <> 'cancelled'")
        .select('contributor.slug', 'partner')
        .addSelect('stream.number', 'stream')
        .addSelect('COUNT(*)', 'count')
        .groupBy('contributor.slug')
        .addGroupBy('stream.number')
        .getRawMany<{
          partner: string;
          stream: number;
          count: string | number;
        }>(),
    ]);
    const cells = new Map<string, DashboardView['matrix'][number]>();
    const cell = (partner: string, stream: number) => {
      const key = `${partner}:${stream}`;
      const existing = cells.get(key) ?? {
        partner,
        stream: Number(stream) as StreamNumber,
        led: 0,
        contributed: 0,
      };
      cells.set(key, existing);
      return existing;
    };
    for (const row of led)
      cell(row.partner, row.stream).led = Number(row.count);
    for (const row of contributed)
      cell(row.partner, row.stream).contributed = Number(row.count);
    return [...cells.values()].sort(
      (a, b) => a.partner.localeCompare(b.partner) || a.stream - b.stream,
    );
  }

  private async lists(
    em: EntityManager,
    filters: ActionFilters,
    context: DerivedFactsContext,
  ) {
    const summaries = async (
      extra: ActionFilters & { health?: Health[] },
      order: [string, 'ASC' | 'DESC'],
    ) => {
      const rows = await actionQuery(em, { ...filters, ...extra }, context)
        .select([
          'action.id AS id',
          'action.code AS code',
          'action.title AS title',
          'lead.slug AS lead',
          'lead.name AS lead_name',
          'action.status AS status',
          'action.health AS health',
          'action.progress AS progress',
          'action.due_date AS due_date',
          'action.last_update_at AS last_update_at',
        ])
        .orderBy(order[0], order[1])
        .addOrderBy('action.code', 'ASC')
        .limit(LIST_LIMIT)
        .getRawMany();
      return rows.map(
        (r): ActionSummary => ({
          id: Number(r.id),
          code: r.code,
          title: r.title,
          lead: r.lead,
          leadName: r.lead_name,
          status: r.status,
          health: r.health,
          progress: Number(r.progress),
          dueDate: r.due_date,
          daysLate: daysLate(
            { dueDate: r.due_date, status: r.status },
            context.today,
          ),
          lastUpdateAt: r.last_update_at,
        }),
      );
    };
    const open: ActionStatus[] = ['planned', 'in_progress', 'on_hold'];
    const [overdueActions, staleActions, redActions] = await Promise.all([
      summaries({ overdue: true }, ['action.due_date', 'ASC']),
      summaries({ stale: true }, [
        'COALESCE(action.last_update_at, action.created_at)',
        'ASC',
      ]),
      summaries({ health: ['red'], status: open }, ['action.due_date', 'ASC']),
    ]);
    return { overdueActions, staleActions, redActions };
  }

  private async upcomingMilestones(
    em: EntityManager,
    filters: ActionFilters,
    context: DerivedFactsContext,
  ): Promise<UpcomingMilestone[]> {
    const rows = await actionQuery(em, filters, context)
      .innerJoin('action.milestones', 'milestone')
      .andWhere("action.status NOT IN ('completed', 'cancelled')")
      .andWhere('milestone.done_date IS NULL')
      .andWhere(
        'milestone.due_date >= :from AND milestone.due_date <= :until',
        {
          from: context.today,
          until: addCalendarDays(context.today, UPCOMING_MILESTONE_DAYS),
        },
      )
      .select([
        'action.id AS action_id',
        'action.code AS code',
        'action.title AS action_title',
        'lead.slug AS lead',
        'milestone.title AS title',
        'milestone.due_date AS due_date',
      ])
      .orderBy('milestone.due_date', 'ASC')
      .addOrderBy('action.code', 'ASC')
      .getRawMany();
    return rows.map((r) => ({
      actionId: Number(r.action_id),
      code: r.code,
      actionTitle: r.action_title,
      lead: r.lead,
      title: r.title,
      dueDate: r.due_date,
    }));
  }
}
