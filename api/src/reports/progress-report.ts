import type {
  ActionStatus,
  DashboardView,
  GovernanceRuleResult,
  Health,
  PhaseKey,
  ProgressFigures,
  StreamNumber,
  UpcomingMilestone,
  SessionChangesView,
  InvestmentPipelineView,
  InvestmentStatus,
} from '@ws/domain';

// SPEC §6: one model of the progress report; each format renders all of it.

export const REPORT_FORMATS = ['pdf', 'xlsx', 'md', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface StatusChangeRow {
  /** ISO instant of the update */
  at: string;
  /** Brussels calendar day of the update */
  date: string;
  /** Brussels wall-clock time, HH:mm */
  time: string;
  code: string;
  title: string;
  author: string;
  organisation: string | null;
  status: ActionStatus;
  progress: number;
  health: Health;
  comment: string | null;
}

export interface AttentionRow {
  code: string;
  title: string;
  leadName: string;
  status: ActionStatus;
  health: Health;
  progress: number;
  dueDate: string | null;
  daysLate: number;
  overdue: boolean;
  /** From the action's latest status update */
  blockers: string | null;
}

export interface ActionRow {
  code: string;
  title: string;
  stream: StreamNumber;
  phase: PhaseKey;
  lead: string;
  leadName: string;
  status: ActionStatus;
  progress: number;
  health: Health;
  startDate: string | null;
  dueDate: string | null;
  overdue: boolean;
  daysLate: number;
  stale: boolean;
  /** ISO instant of the latest status update */
  lastUpdateAt: string | null;
  updatesInPeriod: number;
}

export interface InvestmentRow {
  title: string;
  instrumentName: string;
  call: string | null;
  leadName: string;
  status: InvestmentStatus;
  /** Brussels day of the latest status change */
  statusSince: string;
  amountCents: number;
  cofinancingCents: number;
  deadline: string | null;
}

export interface DecisionRow {
  sessionDate: string;
  text: string;
  ownerName: string;
  dueDate: string;
  actionCode: string | null;
  done: boolean;
  overdue: boolean;
}

export interface ProgressReport {
  partnership: string;
  /** YYYY-MM-DD, Brussels, inclusive */
  from: string;
  to: string;
  generatedAt: string;
  /** "2026-11-25 10:00" in Brussels */
  generatedAtLocal: string;
  today: string;
  staleAfterDays: number;
  overall: ProgressFigures;
  byPhase: DashboardView['byPhase'];
  byStream: DashboardView['byStream'];
  byRegion: DashboardView['byRegion'];
  byPartner: DashboardView['byPartner'];
  rules: GovernanceRuleResult[];
  statusChanges: StatusChangeRow[];
  attention: AttentionRow[];
  upcomingMilestones: (UpcomingMilestone & { leadName: string })[];
  upcomingMilestoneDays: number;
  /** "Since working session X": the session, and what changed since it closed */
  session: { id: number; date: string; closedAt: string | null } | null;
  changes: SessionChangesView | null;
  /** Decisions of the sessions held in the period */
  decisions: DecisionRow[];
  /** Every investment proposal, by status then deadline */
  investments: InvestmentRow[];
  investmentPipeline: InvestmentPipelineView;
  actions: ActionRow[];
}

export const NONE_YET = 'None yet.';

export const reportFileName = (report: ProgressReport, format: ReportFormat) =>
  `4m4iof-progress-${report.from}_${report.to}.${format}`;
