import type { EntityManager } from 'typeorm';
import { INVESTMENT_STATUSES } from '@ws/domain';
import type { InvestmentRow } from '../reports/progress-report';
import { Investment } from './investment.entity';

/** Every proposal for the progress report: in pipeline order, the soonest deadline first. */
export async function investmentReportRows(
  em: EntityManager,
): Promise<InvestmentRow[]> {
  const investments = await em.find(Investment, {
    relations: { lead: true, instrument: true },
  });
  const rank = (investment: Investment) =>
    INVESTMENT_STATUSES.indexOf(investment.status);
  return investments
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999') ||
        a.title.localeCompare(b.title),
    )
    .map((investment) => ({
      title: investment.title,
      instrumentName: investment.instrument.name,
      call: investment.call,
      leadName: investment.lead.name,
      status: investment.status,
      statusSince: investment.statusSince,
      amountCents: investment.amountCents,
      cofinancingCents: investment.cofinancingCents,
      deadline: investment.deadline,
    }));
}
