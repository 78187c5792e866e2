import { ApiProperty } from '@nestjs/swagger';
import {
  ACTION_STATUSES,
  type ActionStatus,
  type ActionView as ActionContract,
  type CommentView as CommentContract,
  daysLate,
  HEALTHS,
  type Health,
  type IndicatorView as IndicatorContract,
  isOverdue,
  isStale,
  type MilestoneView as MilestoneContract,
  nextMilestone,
  PHASE_KEYS,
  type PhaseKey,
  STREAM_NUMBERS,
  type StatusUpdateView as StatusUpdateContract,
  type StreamNumber,
} from '@ws/domain';
import { PageOf } from '../common/http/page.view';
import type { ActionComment } from './action-comment.entity';
import type { ActionRecord } from './action-records';
import type { StatusUpdate } from './status-update.entity';

export class MilestoneView implements MilestoneContract {
  @ApiProperty() id!: number;
  @ApiProperty() title!: string;
  @ApiProperty({ example: '2027-03-31' }) dueDate!: string;
  @ApiProperty({ type: String, nullable: true }) doneDate!: string | null;
}

export class IndicatorView implements IndicatorContract {
  @ApiProperty() id!: number;
  @ApiProperty() name!: string;
  @ApiProperty() unit!: string;
  @ApiProperty({ type: Number, nullable: true }) baseline!: number | null;
  @ApiProperty({ type: Number, nullable: true }) target!: number | null;
  @ApiProperty({ type: Number, nullable: true }) actual!: number | null;
}

export class ActionView implements ActionContract {
  @ApiProperty() id!: number;
  @ApiProperty({ example: 'S3-04' }) code!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ enum: STREAM_NUMBERS }) stream!: StreamNumber;
  @ApiProperty({ enum: PHASE_KEYS }) phase!: PhaseKey;
  @ApiProperty({ description: 'Slug of the lead partner' }) lead!: string;
  @ApiProperty() leadName!: string;
  @ApiProperty({ type: [String] }) contributors!: string[];
  @ApiProperty({ type: [String], description: 'Region codes' })
  regions!: string[];
  @ApiProperty({ type: String, nullable: true }) startDate!: string | null;
  @ApiProperty({ type: String, nullable: true }) dueDate!: string | null;
  @ApiProperty({ enum: ACTION_STATUSES }) status!: ActionStatus;
  @ApiProperty({ minimum: 0, maximum: 100 }) progress!: number;
  @ApiProperty({ enum: HEALTHS }) health!: Health;
  @ApiProperty({ type: [MilestoneView] }) milestones!: MilestoneView[];
  @ApiProperty({ type: [IndicatorView] }) indicators!: IndicatorView[];
  @ApiProperty({ description: 'Send it back on PATCH' }) version!: number;
  @ApiProperty({
    description:
      'Due date passed (Brussels) and neither completed nor cancelled',
  })
  overdue!: boolean;
  @ApiProperty({
    description: 'Last status update older than the stale threshold',
  })
  stale!: boolean;
  @ApiProperty() daysLate!: number;
  @ApiProperty({ type: MilestoneView, nullable: true })
  nextMilestone!: MilestoneView | null;
  @ApiProperty({ type: String, nullable: true }) lastUpdateAt!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class StatusUpdateView implements StatusUpdateContract {
  @ApiProperty() id!: number;
  @ApiProperty() actionId!: number;
  @ApiProperty() at!: string;
  @ApiProperty() author!: string;
  @ApiProperty({ type: String, nullable: true }) organisation!: string | null;
  @ApiProperty({ enum: ACTION_STATUSES }) status!: ActionStatus;
  @ApiProperty() progress!: number;
  @ApiProperty({ enum: HEALTHS }) health!: Health;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ type: String, nullable: true }) nextSteps!: string | null;
  @ApiProperty({ type: String, nullable: true }) blockers!: string | null;
}

export class CommentView implements CommentContract {
  @ApiProperty() id!: number;
  @ApiProperty() actionId!: number;
  @ApiProperty() at!: string;
  @ApiProperty() author!: string;
  @ApiProperty({ type: String, nullable: true }) organisation!: string | null;
  @ApiProperty() body!: string;
}

export class StatusUpdateResult {
  @ApiProperty({ type: StatusUpdateView }) update!: StatusUpdateView;
  @ApiProperty({ type: ActionView }) action!: ActionView;
}

export class ActionPage extends PageOf(ActionView) {}
export class StatusUpdatePage extends PageOf(StatusUpdateView) {}
export class CommentPage extends PageOf(CommentView) {}

/** What "now" means for the derived facts of an action. */
export interface DerivedFactsContext {
  now: Date;
  /** Brussels calendar day of `now` */
  today: string;
  staleAfterDays: number;
}

export function toActionView(
  action: ActionRecord,
  context: DerivedFactsContext,
): ActionView {
  const milestones = [...(action.milestones ?? [])]
    .sort((a, b) => a.position - b.position)
    .map(({ id, title, dueDate, doneDate }) => ({
      id,
      title,
      dueDate,
      doneDate,
    }));
  const facts = {
    status: action.status,
    dueDate: action.dueDate,
    lastUpdateAt: action.lastUpdateAt ? new Date(action.lastUpdateAt) : null,
    createdAt: new Date(action.createdAt),
  };
  return {
    id: action.id,
    code: action.code,
    title: action.title,
    description: action.description,
    stream: action.stream.number,
    phase: action.phase,
    lead: action.lead.slug,
    leadName: action.lead.name,
    contributors: (action.contributors ?? []).map((p) => p.slug).sort(),
    regions: (action.regions ?? []).map((r) => r.code).sort(),
    startDate: action.startDate,
    dueDate: action.dueDate,
    status: action.status,
    progress: action.progress,
    health: action.health,
    milestones,
    indicators: [...(action.indicators ?? [])]
      .sort((a, b) => a.position - b.position)
      .map(({ id, name, unit, baseline, target, actual }) => ({
        id,
        name,
        unit,
        baseline,
        target,
        actual,
      })),
    version: action.version,
    overdue: isOverdue(facts, context.today),
    stale: isStale(facts, context.now, context.staleAfterDays),
    daysLate: daysLate(facts, context.today),
    nextMilestone: nextMilestone(milestones),
    lastUpdateAt: action.lastUpdateAt,
    createdAt: action.createdAt,
    updatedAt: action.updatedAt,
  };
}

export function toStatusUpdateView(
  update: StatusUpdate,
  actionId: number,
): StatusUpdateView {
  return {
    id: update.id,
    actionId,
    at: update.at,
    author: update.authorName,
    organisation: update.organisation,
    status: update.status,
    progress: update.progress,
    health: update.health,
    comment: update.comment,
    nextSteps: update.nextSteps,
    blockers: update.blockers,
  };
}

export function toCommentView(
  comment: ActionComment,
  actionId: number,
): CommentView {
  return {
    id: comment.id,
    actionId,
    at: comment.at,
    author: comment.authorName,
    organisation: comment.organisation,
    body: comment.body,
  };
}
