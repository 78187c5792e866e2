// GET /api/dashboard answers with valid defaults, built from the reference
// data: a test overrides only the figures it is about.
import {
  ACTION_STATUSES,
  ActionStatus,
  ActionSummary,
  DashboardView,
  GOVERNANCE_RULE_IDS,
  HEALTHS,
  Health,
  PARTNERS,
  PHASES,
  ProgressFigures,
  REGIONS,
  STREAMS,
} from '@ws/domain';
import { aPipeline } from './investment-fixtures';
import { aRuleResult } from './action-fixtures';
import { PARTNERSHIP_VIEW } from './reference-fixtures';

export function someFigures(
  overrides: Partial<Omit<ProgressFigures, 'byStatus' | 'byHealth'>> & {
    byStatus?: Partial<Record<ActionStatus, number>>;
    byHealth?: Partial<Record<Health, number>>;
  } = {},
): ProgressFigures {
  const byStatus = Object.fromEntries(
    ACTION_STATUSES.map((s) => [s, overrides.byStatus?.[s] ?? 0]),
  ) as Record<ActionStatus, number>;
  const byHealth = Object.fromEntries(
    HEALTHS.map((h) => [h, overrides.byHealth?.[h] ?? 0]),
  ) as Record<Health, number>;
  const actions = ACTION_STATUSES.reduce((sum, s) => sum + byStatus[s], 0);
  return {
    actions,
    meanProgress: null,
    overdue: 0,
    stale: 0,
    ...overrides,
    byStatus,
    byHealth,
  };
}

export function anActionSummary(
  overrides: Partial<ActionSummary> = {},
): ActionSummary {
  return {
    id: 29,
    code: 'S5-01',
    title: 'Dedicated 4M4IoF brokerage through Watify',
    lead: 'cluj-it-cluster',
    leadName: 'Cluj IT Cluster',
    status: 'on_hold',
    health: 'amber',
    progress: 30,
    dueDate: '2025-05-31',
    daysLate: 25,
    lastUpdateAt: '2025-05-09T09:02:00.000Z',
    ...overrides,
  };
}

/** A dashboard of a small plan: 12 actions, some late, stale or red. */
export function aDashboard(
  overrides: Partial<DashboardView> = {},
): DashboardView {
  const empty = someFigures();
  return {
    generatedAt: '2025-06-25T10:00:00.000Z',
    today: '2025-06-25',
    staleAfterDays: 30,
    filters: { phase: [], stream: [], region: [], partner: [] },
    partnership: {
      ...PARTNERSHIP_VIEW,
      phase: 'implementation',
      planAdoptedAt: '2025-03-20T14:00:00.000Z',
      planAdoptedBy: 'coordinator@4m4iof.example',
    },
    overall: someFigures({
      byStatus: {
        planned: 2,
        in_progress: 6,
        on_hold: 1,
        completed: 2,
        cancelled: 1,
      },
      byHealth: { green: 7, amber: 3, red: 1 },
      meanProgress: 47.3,
      overdue: 2,
      stale: 3,
    }),
    byPhase: PHASES.map((p) => ({ key: p.key, name: p.name, ...empty })),
    byStream: STREAMS.map((s) => ({
      number: s.number,
      code: s.code,
      title: s.shortTitle,
      ...empty,
    })),
    byRegion: REGIONS.map((r) => ({ code: r.code, name: r.name, ...empty })),
    byPartner: PARTNERS.map((p) => ({
      slug: p.slug,
      name: p.name,
      contributes: 0,
      ...empty,
    })),
    matrix: [],
    overdueActions: [],
    staleActions: [],
    redActions: [],
    upcomingMilestones: [],
    rules: GOVERNANCE_RULE_IDS.map((id) => aRuleResult(id)),
    investments: aPipeline(),
    sinceLastSession: null,
    ...overrides,
  };
}
