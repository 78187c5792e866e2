// JSON shapes of the API (SPEC §7), shared by the api and the web app.
// Reference data is named by its public key: region code, partner slug,
// phase key, stream number, instrument slug.
import type {
  EffraDomainCode,
  FundingEra,
  MembershipKind,
  PartnerKind,
  PhaseKey,
  StreamNumber,
} from './reference';
import type { Role } from './permissions';
import type { ActionStatus, Health } from './actions';
import type { GovernanceRuleResult } from './governance';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ApiError {
  statusCode: number;
  message: string;
  error?: string;
  errors?: { field: string; problems: string[] }[];
}

export interface HealthView {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
  version: string;
  time: string;
}

export interface RegionView {
  code: string;
  name: string;
  country: string;
  countryName: string;
  membership: MembershipKind;
  partners: string[];
}

export interface PartnerView {
  slug: string;
  name: string;
  fullName: string;
  region: string;
  regionName: string;
  kind: PartnerKind;
  coordinator: boolean;
  retired: boolean;
  networkSize: number | null;
  networkSizeNote: string | null;
  smes: number | null;
  smesNote: string | null;
  thematic: string;
  effraDomains: EffraDomainCode[];
}

export interface PhaseView {
  key: PhaseKey;
  position: number;
  name: string;
  description: string;
  current: boolean;
}

export interface StreamView {
  number: StreamNumber;
  code: string;
  shortTitle: string;
  title: string;
  description: string;
}

export interface InitiativeView {
  slug: string;
  name: string;
  region: string;
  regionName: string;
  stream: StreamNumber;
  description: string | null;
}

export interface FundingInstrumentView {
  slug: string;
  name: string;
  era: FundingEra;
  description: string;
  successors: string[];
}

export interface EffraDomainView {
  code: EffraDomainCode;
  title: string;
  description: string;
}

export interface PartnershipView {
  name: string;
  phase: PhaseKey;
  planAdoptedAt: string | null;
  planAdoptedBy: string | null;
}

export interface UserView {
  id: number;
  email: string;
  displayName: string;
  role: Role;
  /** Slug of the partner the user belongs to (always set for editors) */
  partner: string | null;
  partnerName: string | null;
  /** Whether that partner has retired: its editors then only read */
  partnerRetired?: boolean;
  active: boolean;
  lastSignInAt: string | null;
  createdAt: string;
}

export interface LoginResponse {
  accessToken: string;
  /** ISO 8601 instant at which the token stops working */
  expiresAt: string;
  user: UserView;
}

export interface AuditEntryView {
  id: number;
  at: string;
  actor: string | null;
  action: string;
  entityType: string;
  entityId: string;
  summary: string;
  before: unknown;
  after: unknown;
}

export interface MilestoneView {
  id: number;
  title: string;
  /** YYYY-MM-DD */
  dueDate: string;
  doneDate: string | null;
}

export interface IndicatorView {
  id: number;
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  actual: number | null;
}

export interface ActionView {
  id: number;
  code: string;
  title: string;
  description: string;
  stream: StreamNumber;
  phase: PhaseKey;
  /** Slug of the lead partner */
  lead: string;
  leadName: string;
  contributors: string[];
  /** Region codes */
  regions: string[];
  startDate: string | null;
  dueDate: string | null;
  status: ActionStatus;
  progress: number;
  health: Health;
  milestones: MilestoneView[];
  indicators: IndicatorView[];
  /** Send back on PATCH; a stale one is refused with 409 */
  version: number;
  overdue: boolean;
  stale: boolean;
  daysLate: number;
  nextMilestone: MilestoneView | null;
  lastUpdateAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface StatusUpdateView {
  id: number;
  actionId: number;
  at: string;
  author: string;
  /** Name of the author's partner organisation */
  organisation: string | null;
  status: ActionStatus;
  progress: number;
  health: Health;
  comment: string | null;
  nextSteps: string | null;
  blockers: string | null;
}

export interface CommentView {
  id: number;
  actionId: number;
  at: string;
  author: string;
  organisation: string | null;
  body: string;
}

/** Body of POST /api/actions; PATCH takes any of these plus `version`. */
export interface ActionInput {
  code?: string;
  title: string;
  description?: string;
  stream: StreamNumber;
  phase: PhaseKey;
  lead: string;
  contributors?: string[];
  regions?: string[];
  startDate?: string | null;
  dueDate?: string | null;
  status?: ActionStatus;
  progress?: number;
  health?: Health;
  milestones?: { title: string; dueDate: string; doneDate?: string | null }[];
  indicators?: {
    name: string;
    unit: string;
    baseline?: number | null;
    target?: number | null;
    actual?: number | null;
  }[];
}

export interface StatusUpdateInput {
  status: ActionStatus;
  progress: number;
  health: Health;
  comment?: string | null;
  nextSteps?: string | null;
  blockers?: string | null;
}

/** Counts and progress of a set of actions (SPEC §5). */
export interface ProgressFigures {
  /** Actions in the set, cancelled ones included */
  actions: number;
  /** Mean progress of the actions that are not cancelled; null when there are none */
  meanProgress: number | null;
  byStatus: Record<ActionStatus, number>;
  /** Health of the actions that are not cancelled */
  byHealth: Record<Health, number>;
  overdue: number;
  stale: number;
}

export interface ActionSummary {
  id: number;
  code: string;
  title: string;
  lead: string;
  leadName: string;
  status: ActionStatus;
  health: Health;
  progress: number;
  dueDate: string | null;
  daysLate: number;
  lastUpdateAt: string | null;
}

export interface UpcomingMilestone {
  actionId: number;
  code: string;
  actionTitle: string;
  lead: string;
  title: string;
  dueDate: string;
}

export interface DashboardView {
  generatedAt: string;
  /** Brussels calendar day the figures are computed for */
  today: string;
  staleAfterDays: number;
  filters: {
    phase: PhaseKey[];
    stream: number[];
    region: string[];
    partner: string[];
  };
  partnership: PartnershipView;
  overall: ProgressFigures;
  byPhase: (ProgressFigures & { key: PhaseKey; name: string })[];
  byStream: (ProgressFigures & {
    number: StreamNumber;
    code: string;
    title: string;
  })[];
  byRegion: (ProgressFigures & { code: string; name: string })[];
  /** Figures of the actions each partner leads, and how many it contributes to */
  byPartner: (ProgressFigures & {
    slug: string;
    name: string;
    contributes: number;
  })[];
  /** Partner × stream: actions led and contributed to */
  matrix: {
    partner: string;
    stream: StreamNumber;
    led: number;
    contributed: number;
  }[];
  overdueActions: ActionSummary[];
  staleActions: ActionSummary[];
  redActions: ActionSummary[];
  upcomingMilestones: UpcomingMilestone[];
  rules: GovernanceRuleResult[];
  /** The investment pipeline of the partners and regions filtered (all zero until proposals exist) */
  investments: InvestmentPipelineView;
  /** What changed since the last closed working session; null until one is closed */
  sinceLastSession: SessionChangesView | null;
}

// ---- Investment proposals and the pipeline (SPEC §2, §5) ----

type InvestmentStatus = import('./investments').InvestmentStatus;
type MoneyFigures = import('./investments').MoneyFigures;

export interface InvestmentActionRef {
  id: number;
  code: string;
  title: string;
}

export interface InvestmentView {
  id: number;
  title: string;
  /** Funding instrument slug */
  instrument: string;
  instrumentName: string;
  call: string | null;
  /** Whole euro cents */
  amountCents: number;
  /** The part of the amount the partners bring themselves, in cents */
  cofinancingCents: number;
  status: InvestmentStatus;
  /** Brussels calendar day of the latest status change */
  statusSince: string;
  /** Slug of the lead partner */
  lead: string;
  leadName: string;
  /** Slugs of the other partners */
  partners: string[];
  /** Region codes */
  regions: string[];
  /** Ids of the linked actions */
  actions: number[];
  linkedActions: InvestmentActionRef[];
  /** Call deadline, YYYY-MM-DD */
  deadline: string | null;
  /** Send it back on PATCH */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface InvestmentInput {
  title: string;
  instrument: string;
  call?: string | null;
  amountCents: number;
  cofinancingCents?: number;
  status?: InvestmentStatus;
  lead: string;
  partners?: string[];
  regions?: string[];
  actions?: number[];
  deadline?: string | null;
  /** Why the status changes; kept in the history */
  comment?: string | null;
}

export interface InvestmentStatusChangeView {
  id: number;
  investmentId: number;
  at: string;
  /** Brussels calendar day of the change */
  date: string;
  /** Null for the proposal's creation */
  from: InvestmentStatus | null;
  to: InvestmentStatus;
  author: string;
  organisation: string | null;
  comment: string | null;
}

export interface UpcomingCallDeadline {
  id: number;
  title: string;
  instrument: string;
  instrumentName: string;
  call: string | null;
  deadline: string;
  daysLeft: number;
  status: InvestmentStatus;
  lead: string;
  leadName: string;
  amountCents: number;
}

export interface InvestmentPipelineView {
  today: string;
  /** Every proposal, whatever its status */
  total: MoneyFigures;
  /** Ideas, business plans and submitted proposals */
  open: MoneyFigures;
  granted: MoneyFigures;
  /** Every status, in pipeline order */
  byStatus: (MoneyFigures & { status: InvestmentStatus })[];
  /** Instruments with proposals, largest amount first, each split by status */
  byInstrument: (MoneyFigures & {
    instrument: string;
    name: string;
    byStatus: (MoneyFigures & { status: InvestmentStatus })[];
  })[];
  /** A proposal covering several regions counts in each */
  byRegion: (MoneyFigures & { code: string; name: string })[];
  /** Proposals each partner leads or takes part in, and how many it leads */
  byPartner: (MoneyFigures & { slug: string; name: string; leads: number })[];
  /** Proposals not submitted yet whose call closes today or later, soonest first */
  upcomingDeadlines: UpcomingCallDeadline[];
}

// ── Working sessions of the steering committee ────────────────────────────────

type PlanState = import('./working-sessions').PlanState;
type PlanChanges = import('./working-sessions').PlanChanges;
type AgendaTopic = import('./working-sessions').AgendaTopic;

export interface SessionAttendeeView {
  /** Set for an account of the tool */
  user: number | null;
  /** Slug of the partner organisation attending (or the user's partner) */
  partner: string | null;
  name: string;
  organisation: string | null;
  present: boolean;
}

export interface DecisionView {
  id: number;
  text: string;
  /** Slug of the owner partner */
  owner: string;
  ownerName: string;
  dueDate: string;
  /** The action the decision creates or changes */
  action: {
    id: number;
    code: string;
    title: string;
    status: ActionStatus;
  } | null;
  /** The follow-up action is completed */
  done: boolean;
  overdue: boolean;
}

export interface WorkingSessionView {
  id: number;
  /** YYYY-MM-DD */
  date: string;
  place: string | null;
  link: string | null;
  attendees: SessionAttendeeView[];
  agenda: string[];
  decisions: DecisionView[];
  /** Markdown */
  minutes: string;
  /** ISO instant; a closed session keeps its snapshot and is no longer edited */
  closedAt: string | null;
  closedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SessionAttendeeInput {
  user?: number;
  partner?: string;
  present?: boolean;
}

export interface DecisionInput {
  /** Keeps an existing decision (and its follow-up action) */
  id?: number;
  text: string;
  owner: string;
  dueDate: string;
  /** An existing action the decision changes */
  action?: number | null;
}

export interface WorkingSessionInput {
  date: string;
  place?: string | null;
  link?: string | null;
  attendees?: SessionAttendeeInput[];
  agenda?: string[];
  decisions?: DecisionInput[];
  minutes?: string;
}

/** Creates the action a decision calls for, led by the decision's owner and due on its date. */
export interface FollowUpActionInput {
  stream: StreamNumber;
  phase: PhaseKey;
  title?: string;
}

/** The figures frozen when a session is closed; never changed afterwards. */
export interface SessionSnapshotView extends PlanState {
  sessionId: number;
  takenAt: string;
  today: string;
  overall: ProgressFigures;
  byPhase: DashboardView['byPhase'];
  byStream: DashboardView['byStream'];
  byPartner: DashboardView['byPartner'];
}

/** What changed since a closed session (SPEC §2, §5). */
export interface SessionChangesView extends PlanChanges {
  session: { id: number; date: string; closedAt: string };
  today: string;
  /** The figures frozen when the session closed */
  then: { takenAt: string; overall: ProgressFigures };
}

export interface SessionPreparationView {
  session: WorkingSessionView | null;
  today: string;
  /** What needs discussion, to add to the agenda */
  topics: AgendaTopic[];
  /** Since the last closed session, when there is one */
  changes: SessionChangesView | null;
}

export interface CalendarFeedView {
  /** Path of the feed, secret token included, relative to the server's address; null until created */
  path: string | null;
  createdAt: string | null;
}
