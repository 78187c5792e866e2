import { ApiProperty } from '@nestjs/swagger';
import {
  brusselsDate,
  INVESTMENT_STATUSES,
  type InvestmentActionRef,
  type InvestmentPipelineView as PipelineContract,
  type InvestmentStatus,
  type InvestmentStatusChangeView as StatusChangeContract,
  type InvestmentView as InvestmentContract,
  type MoneyFigures,
  type UpcomingCallDeadline as DeadlineContract,
} from '@ws/domain';
import { PageOf } from '../common/http/page.view';
import type { InvestmentStatusChange } from './investment-status-change.entity';
import type { Investment } from './investment.entity';

export class InvestmentActionRefView implements InvestmentActionRef {
  @ApiProperty() id!: number;
  @ApiProperty({ example: 'S5-02' }) code!: string;
  @ApiProperty() title!: string;
}

export class InvestmentView implements InvestmentContract {
  @ApiProperty() id!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ description: 'Funding instrument slug' }) instrument!: string;
  @ApiProperty() instrumentName!: string;
  @ApiProperty({ type: String, nullable: true }) call!: string | null;
  @ApiProperty({ description: 'Whole euro cents' }) amountCents!: number;
  @ApiProperty({ description: 'Whole euro cents, at most the amount' })
  cofinancingCents!: number;
  @ApiProperty({ enum: INVESTMENT_STATUSES }) status!: InvestmentStatus;
  @ApiProperty({ description: 'Brussels day of the latest status change' })
  statusSince!: string;
  @ApiProperty({ description: 'Slug of the lead partner' }) lead!: string;
  @ApiProperty() leadName!: string;
  @ApiProperty({ type: [String] }) partners!: string[];
  @ApiProperty({ type: [String], description: 'Region codes' })
  regions!: string[];
  @ApiProperty({ type: [Number], description: 'Ids of the linked actions' })
  actions!: number[];
  @ApiProperty({ type: [InvestmentActionRefView] })
  linkedActions!: InvestmentActionRefView[];
  @ApiProperty({ type: String, nullable: true }) deadline!: string | null;
  @ApiProperty({ description: 'Send it back on PATCH' }) version!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class InvestmentStatusChangeView implements StatusChangeContract {
  @ApiProperty() id!: number;
  @ApiProperty() investmentId!: number;
  @ApiProperty() at!: string;
  @ApiProperty({ description: 'Brussels calendar day' }) date!: string;
  @ApiProperty({ enum: INVESTMENT_STATUSES, nullable: true })
  from!: InvestmentStatus | null;
  @ApiProperty({ enum: INVESTMENT_STATUSES }) to!: InvestmentStatus;
  @ApiProperty() author!: string;
  @ApiProperty({ type: String, nullable: true }) organisation!: string | null;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
}

class MoneyFiguresView implements MoneyFigures {
  @ApiProperty() count!: number;
  @ApiProperty({ description: 'Whole euro cents' }) amountCents!: number;
  @ApiProperty({ description: 'Whole euro cents' }) cofinancingCents!: number;
}

class StatusFiguresView extends MoneyFiguresView {
  @ApiProperty({ enum: INVESTMENT_STATUSES }) status!: InvestmentStatus;
}

class InstrumentFiguresView extends MoneyFiguresView {
  @ApiProperty() instrument!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [StatusFiguresView] }) byStatus!: StatusFiguresView[];
}

class RegionFiguresView extends MoneyFiguresView {
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
}

class PartnerFiguresView extends MoneyFiguresView {
  @ApiProperty() slug!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'Proposals it leads' }) leads!: number;
}

class UpcomingCallDeadlineView implements DeadlineContract {
  @ApiProperty() id!: number;
  @ApiProperty() title!: string;
  @ApiProperty() instrument!: string;
  @ApiProperty() instrumentName!: string;
  @ApiProperty({ type: String, nullable: true }) call!: string | null;
  @ApiProperty() deadline!: string;
  @ApiProperty() daysLeft!: number;
  @ApiProperty({ enum: INVESTMENT_STATUSES }) status!: InvestmentStatus;
  @ApiProperty() lead!: string;
  @ApiProperty() leadName!: string;
  @ApiProperty() amountCents!: number;
}

export class InvestmentPipelineView implements PipelineContract {
  @ApiProperty() today!: string;
  @ApiProperty({ type: MoneyFiguresView }) total!: MoneyFigures;
  @ApiProperty({ type: MoneyFiguresView }) open!: MoneyFigures;
  @ApiProperty({ type: MoneyFiguresView }) granted!: MoneyFigures;
  @ApiProperty({ type: [StatusFiguresView] }) byStatus!: StatusFiguresView[];
  @ApiProperty({ type: [InstrumentFiguresView] })
  byInstrument!: InstrumentFiguresView[];
  @ApiProperty({ type: [RegionFiguresView] }) byRegion!: RegionFiguresView[];
  @ApiProperty({ type: [PartnerFiguresView] })
  byPartner!: PartnerFiguresView[];
  @ApiProperty({ type: [UpcomingCallDeadlineView] })
  upcomingDeadlines!: UpcomingCallDeadlineView[];
}

export class InvestmentPage extends PageOf(InvestmentView) {}
export class InvestmentStatusChangePage extends PageOf(
  InvestmentStatusChangeView,
) {}

export function toInvestmentView(investment: Investment): InvestmentView {
  const linked = [...(investment.actions ?? [])]
    .filter((action) => action.deletedAt === null)
    .sort((a, b) => a.code.localeCompare(b.code));
  return {
    id: investment.id,
    title: investment.title,
    instrument: investment.instrument.slug,
    instrumentName: investment.instrument.name,
    call: investment.call,
    amountCents: investment.amountCents,
    cofinancingCents: investment.cofinancingCents,
    status: investment.status,
    statusSince: investment.statusSince,
    lead: investment.lead.slug,
    leadName: investment.lead.name,
    partners: (investment.partners ?? []).map((p) => p.slug).sort(),
    regions: (investment.regions ?? []).map((r) => r.code).sort(),
    actions: linked.map((action) => action.id),
    linkedActions: linked.map(({ id, code, title }) => ({ id, code, title })),
    deadline: investment.deadline,
    version: investment.version,
    createdAt: investment.createdAt,
    updatedAt: investment.updatedAt,
  };
}

export function toStatusChangeView(
  change: InvestmentStatusChange,
  investmentId: number,
): InvestmentStatusChangeView {
  return {
    id: change.id,
    investmentId,
    at: change.at,
    date: brusselsDate(new Date(change.at)),
    from: change.from,
    to: change.to,
    author: change.authorName,
    organisation: change.organisation,
    comment: change.comment,
  };
}
