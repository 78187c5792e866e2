import type { EntityManager } from 'typeorm';
import {
  addFigures,
  centsFromDatabase,
  daysToDeadline,
  INVESTMENT_STATUSES,
  type InvestmentPipelineView,
  type InvestmentStatus,
  type MoneyFigures,
  OPEN_INVESTMENT_STATUSES,
  PREPARING_INVESTMENT_STATUSES,
} from '@ws/domain';
import { Investment } from './investment.entity';
import { type InvestmentFilters, investmentQuery } from './investment-query';

export const UPCOMING_DEADLINES_LIMIT = 10;

interface SumRow {
  key: string;
  name: string;
  status?: InvestmentStatus;
  count: string | number;
  amount: string | number | null;
  cofinancing: string | number | null;
}

// COUNT and SUM come back as numbers from SQLite and as strings from PostgreSQL
// (bigint, numeric); centsFromDatabase reads both and refuses anything inexact.
const figuresOf = (row: SumRow): MoneyFigures => ({
  count: Number(row.count),
  amountCents: centsFromDatabase(row.amount),
  cofinancingCents: centsFromDatabase(row.cofinancing),
});

/** Gathers the rows of each key, keys in the order first seen. */
function groupBy<T extends SumRow>(rows: T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows)
    groups.set(row.key, [...(groups.get(row.key) ?? []), row]);
  return groups;
}

const byAmount = (
  a: MoneyFigures & { name: string },
  b: MoneyFigures & { name: string },
) => b.amountCents - a.amountCents || a.name.localeCompare(b.name);

/**
 * SPEC §5: the pipeline by instrument and status, by region and by partner, and the
 * calls closing next. Each section is one aggregate query; the totals are added up
 * in whole cents from its groups.
 */
export async function investmentPipeline(
  em: EntityManager,
  filters: InvestmentFilters,
  today: string,
): Promise<InvestmentPipelineView> {
  const sums = (builder: ReturnType<typeof investmentQuery>) =>
    builder
      .addSelect('COUNT(*)', 'count')
      .addSelect('SUM(investment.amount_cents)', 'amount')
      .addSelect('SUM(investment.cofinancing_cents)', 'cofinancing');

  const cells = await sums(
    investmentQuery(em, filters)
      .select('instrument.slug', 'key')
      .addSelect('instrument.name', 'name')
      .addSelect('investment.status', 'status'),
  )
    .groupBy('instrument.slug')
    .addGroupBy('instrument.name')
    .addGroupBy('investment.status')
    .getRawMany<SumRow>();

  const statusFigures = (rows: SumRow[]) =>
    INVESTMENT_STATUSES.map((status) => ({
      status,
      ...addFigures(rows.filter((row) => row.status === status).map(figuresOf)),
    }));
  const byStatus = statusFigures(cells);
  const inStatuses = (statuses: readonly InvestmentStatus[]) =>
    addFigures(byStatus.filter((row) => statuses.includes(row.status)));

  const byInstrument = [...groupBy(cells)]
    .map(([instrument, rows]) => ({
      instrument,
      name: rows[0].name,
      ...addFigures(rows.map(figuresOf)),
      byStatus: statusFigures(rows),
    }))
    .sort(byAmount);

  const byRegion = (
    await sums(
      investmentQuery(em, filters)
        .innerJoin('investment.regions', 'region')
        .select('region.code', 'key')
        .addSelect('region.name', 'name'),
    )
      .groupBy('region.code')
      .addGroupBy('region.name')
      .getRawMany<SumRow>()
  )
    .map((row) => ({ code: row.key, name: row.name, ...figuresOf(row) }))
    .sort(byAmount);

  // The lead is never among the other partners, so leading and taking part add up.
  const led = await sums(
    investmentQuery(em, filters)
      .select('lead.slug', 'key')
      .addSelect('lead.name', 'name'),
  )
    .groupBy('lead.slug')
    .addGroupBy('lead.name')
    .getRawMany<SumRow>();
  const takingPart = await sums(
    investmentQuery(em, filters)
      .innerJoin('investment.partners', 'partner')
      .select('partner.slug', 'key')
      .addSelect('partner.name', 'name'),
  )
    .groupBy('partner.slug')
    .addGroupBy('partner.name')
    .getRawMany<SumRow>();
  const byPartner = [...groupBy([...led, ...takingPart])]
    .map(([slug, rows]) => ({
      slug,
      name: rows[0].name,
      leads: Number(led.find((row) => row.key === slug)?.count ?? 0),
      ...addFigures(rows.map(figuresOf)),
    }))
    .sort(byAmount);

  const upcoming = await investmentQuery(em, filters)
    .andWhere('investment.status IN (:...preparing)', {
      preparing: PREPARING_INVESTMENT_STATUSES,
    })
    .andWhere('investment.deadline >= :today', { today })
    .select('investment.id', 'id')
    .addSelect('investment.deadline', 'deadline')
    .orderBy('investment.deadline', 'ASC')
    .addOrderBy('investment.id', 'ASC')
    .limit(UPCOMING_DEADLINES_LIMIT)
    .getRawMany<{ id: number }>();
  const upcomingIds = upcoming.map((row) => Number(row.id));
  const proposals = upcomingIds.length
    ? await em.find(Investment, {
        where: upcomingIds.map((id) => ({ id })),
        relations: { lead: true, instrument: true },
      })
    : [];
  const upcomingDeadlines = upcomingIds
    .map((id) => proposals.find((p) => p.id === id) as Investment)
    .map((p) => ({
      id: p.id,
      title: p.title,
      instrument: p.instrument.slug,
      instrumentName: p.instrument.name,
      call: p.call,
      deadline: p.deadline as string,
      daysLeft: daysToDeadline(p.deadline as string, today),
      status: p.status,
      lead: p.lead.slug,
      leadName: p.lead.name,
      amountCents: p.amountCents,
    }));

  return {
    today,
    total: addFigures(byStatus),
    open: inStatuses(OPEN_INVESTMENT_STATUSES),
    granted: inStatuses(['granted']),
    byStatus,
    byInstrument,
    byRegion,
    byPartner,
    upcomingDeadlines,
  };
}
