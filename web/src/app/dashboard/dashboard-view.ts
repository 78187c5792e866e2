// What the dashboard shows, worked out from GET /api/dashboard: plain data
// for the templates, each figure with the action-list query behind it.
import { DashboardView, PHASES, ProgressFigures } from '@ws/domain';
import { DrillDown, formatPercent } from './dashboard-charts';
import {
  ActionListParams,
  DashboardFilters,
  hasDashboardFilters,
  LIVE_STATUSES,
  Narrowing,
  OPEN_STATUSES,
  actionListParams,
} from './dashboard-filters';

export interface HeadlineFigure {
  key: string;
  label: string;
  /** As shown: "36", "52%", "—" */
  value: string;
  note: string;
  /** The actions behind the figure; null when there are none to show */
  link: DrillDown | null;
  /** Figures that need attention when not zero */
  alert: boolean;
}

function listLink(params: ActionListParams | null): DrillDown | null {
  return params ? { path: '/actions', queryParams: params } : null;
}

function countFigure(
  key: string,
  label: string,
  count: number,
  note: string,
  filters: DashboardFilters,
  narrowing: Narrowing,
  alert = false,
): HeadlineFigure {
  return {
    key,
    label,
    value: String(count),
    note,
    link: count > 0 ? listLink(actionListParams(filters, narrowing)) : null,
    alert: alert && count > 0,
  };
}

function liveActions(figures: ProgressFigures): number {
  return figures.actions - figures.byStatus.cancelled;
}

/** SPEC §5: progress at a glance, each figure leading to its actions. */
export function headlineFigures(
  view: Pick<DashboardView, 'overall' | 'staleAfterDays'>,
  filters: DashboardFilters,
): HeadlineFigure[] {
  const { overall } = view;
  const live = liveActions(overall);
  const plural = (n: number, one: string, many = `${one}s`) =>
    `${n} ${n === 1 ? one : many}`;
  return [
    countFigure(
      'actions',
      'Actions',
      overall.actions,
      overall.byStatus.cancelled
        ? `${overall.byStatus.cancelled} of them cancelled`
        : 'in the joint action plan',
      filters,
      {},
    ),
    {
      key: 'progress',
      label: 'Mean progress',
      value: formatPercent(overall.meanProgress),
      note: live
        ? `of the ${plural(live, 'action')} not cancelled`
        : 'no action to measure',
      link:
        live > 0
          ? listLink(actionListParams(filters, { status: LIVE_STATUSES }))
          : null,
      alert: false,
    },
    countFigure(
      'in_progress',
      'In progress',
      overall.byStatus.in_progress,
      `${overall.byStatus.planned} planned, ${overall.byStatus.on_hold} on hold`,
      filters,
      { status: ['in_progress'] },
    ),
    countFigure(
      'completed',
      'Completed',
      overall.byStatus.completed,
      live
        ? `${Math.round((overall.byStatus.completed / live) * 100)}% of those not cancelled`
        : 'none yet',
      filters,
      { status: ['completed'] },
    ),
    countFigure(
      'overdue',
      'Overdue',
      overall.overdue,
      'past their due date, still open',
      filters,
      { overdue: true },
      true,
    ),
    countFigure(
      'stale',
      'Stale',
      overall.stale,
      `no status update for over ${view.staleAfterDays} days`,
      filters,
      { stale: true },
      true,
    ),
    countFigure(
      'red',
      'Red health',
      overall.byHealth.red,
      `${overall.byHealth.amber} amber, ${overall.byHealth.green} green`,
      filters,
      { health: 'red', status: LIVE_STATUSES },
      true,
    ),
  ];
}

export interface PhaseStatus {
  name: string;
  position: number;
  count: number;
  planAdopted: boolean;
  planAdoptedAt: string | null;
}

export function phaseStatus(
  view: Pick<DashboardView, 'partnership'>,
): PhaseStatus {
  const phase = PHASES.find((p) => p.key === view.partnership.phase);
  return {
    name: phase?.name ?? view.partnership.phase,
    position: phase?.position ?? 0,
    count: PHASES.length,
    planAdopted: view.partnership.planAdoptedAt !== null,
    planAdoptedAt: view.partnership.planAdoptedAt,
  };
}

export interface MatrixCell {
  stream: number;
  led: number;
  contributed: number;
  /** 0 (none) to 4 (the most any cell has): how dark the cell is */
  shade: number;
  ledLink: DrillDown | null;
  contributedLink: DrillDown | null;
  /** "AFIL leads 2 actions in S1", what the cell's numbers mean */
  ledLabel: string;
  contributedLabel: string;
}

export interface MatrixRow {
  slug: string;
  name: string;
  cells: MatrixCell[];
  led: number;
}

export interface PartnerStreamMatrix {
  streams: { number: number; code: string; title: string }[];
  rows: MatrixRow[];
}

/**
 * SPEC §5: partners × streams, the actions each leads (and contributes to)
 * in each stream, cancelled ones left out as the API counts them.
 */
export function partnerStreamMatrix(
  view: Pick<DashboardView, 'byStream' | 'byPartner' | 'matrix'>,
  filters: DashboardFilters,
): PartnerStreamMatrix {
  const cells = new Map(
    view.matrix.map((cell) => [`${cell.partner}:${cell.stream}`, cell]),
  );
  const most = Math.max(0, ...view.matrix.map((cell) => cell.led));
  const link = (narrowing: Narrowing) =>
    listLink(
      actionListParams(filters, { ...narrowing, status: LIVE_STATUSES }),
    );
  return {
    streams: view.byStream.map((s) => ({
      number: s.number,
      code: s.code,
      title: s.title,
    })),
    rows: view.byPartner.map((partner) => {
      const actions = (n: number) => `${n} ${n === 1 ? 'action' : 'actions'}`;
      const row = view.byStream.map((stream): MatrixCell => {
        const cell = cells.get(`${partner.slug}:${stream.number}`);
        const led = cell?.led ?? 0;
        const contributed = cell?.contributed ?? 0;
        return {
          stream: stream.number,
          led,
          contributed,
          shade: led && most ? Math.ceil((led / most) * 4) : 0,
          ledLink: led
            ? link({ lead: partner.slug, stream: stream.number })
            : null,
          contributedLink: contributed
            ? link({ contributor: partner.slug, stream: stream.number })
            : null,
          ledLabel: `${partner.name} leads ${actions(led)} in ${stream.code}`,
          contributedLabel: `${partner.name} contributes to ${actions(contributed)} in ${stream.code}`,
        };
      });
      return {
        slug: partner.slug,
        name: partner.name,
        cells: row,
        led: row.reduce((sum, cell) => sum + cell.led, 0),
      };
    }),
  };
}

export interface BreakdownRow {
  key: string;
  name: string;
  actions: number;
  meanProgress: string;
  /** 0–100 for the bar; null without actions */
  progress: number | null;
  overdue: number;
  stale: number;
  red: number;
  link: DrillDown | null;
}

function breakdownRow(
  key: string,
  name: string,
  figures: ProgressFigures,
  filters: DashboardFilters,
  narrowing: Narrowing,
): BreakdownRow {
  return {
    key,
    name,
    actions: figures.actions,
    meanProgress: formatPercent(figures.meanProgress),
    progress: figures.meanProgress,
    overdue: figures.overdue,
    stale: figures.stale,
    red: figures.byHealth.red,
    link: figures.actions
      ? listLink(actionListParams(filters, narrowing))
      : null,
  };
}

/** SPEC §5: progress per phase. */
export function phaseBreakdown(
  view: Pick<DashboardView, 'byPhase'>,
  filters: DashboardFilters,
): BreakdownRow[] {
  return view.byPhase.map((phase) =>
    breakdownRow(phase.key, phase.name, phase, filters, { phase: phase.key }),
  );
}

/** SPEC §5: progress per region; an action may be in several regions. */
export function regionBreakdown(
  view: Pick<DashboardView, 'byRegion'>,
  filters: DashboardFilters,
): BreakdownRow[] {
  return view.byRegion.map((region) =>
    breakdownRow(region.code, region.name, region, filters, {
      region: region.code,
    }),
  );
}

export type ActionListKind = 'overdue' | 'stale' | 'red';

/** "See all" under a list the API cut short: the same actions in the list. */
export function fullListLink(
  kind: ActionListKind,
  filters: DashboardFilters,
): DrillDown | null {
  const narrowing: Narrowing =
    kind === 'overdue'
      ? { overdue: true }
      : kind === 'stale'
        ? { stale: true }
        : { health: 'red', status: OPEN_STATUSES };
  return listLink(actionListParams(filters, narrowing));
}

function joinOr(names: readonly string[]): string {
  return names.length > 1
    ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`
    : (names[0] ?? '');
}

/**
 * The filters in words, e.g. "Implementation · S1 or S3 · with Pool-Net";
 * null when the figures are those of the whole plan.
 */
export function describeScope(
  view: Pick<
    DashboardView,
    'filters' | 'byPhase' | 'byStream' | 'byRegion' | 'byPartner'
  >,
): string | null {
  const { filters } = view;
  if (!hasDashboardFilters(filters)) return null;
  const parts = [
    filters.phase.map(
      (key) => view.byPhase.find((p) => p.key === key)?.name ?? key,
    ),
    filters.stream.map(
      (number) =>
        view.byStream.find((s) => s.number === number)?.code ?? `S${number}`,
    ),
    filters.region.map(
      (code) => view.byRegion.find((r) => r.code === code)?.name ?? code,
    ),
  ]
    .filter((names) => names.length)
    .map(joinOr);
  const partners = filters.partner.map(
    (slug) => view.byPartner.find((p) => p.slug === slug)?.name ?? slug,
  );
  if (partners.length) parts.push(`with ${joinOr(partners)}`);
  return parts.join(' · ');
}
