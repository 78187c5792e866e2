// What the dashboard shows, worked out from GET /api/dashboard: plain data
// for the templates, each figure with the action-list query behind it.
import { DashboardView, PHASES, ProgressFigures } from '@ws/domain';
import { Words, countOf } from '../core/i18n/words';
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
  words: Words,
): HeadlineFigure[] {
  const { overall } = view;
  const live = liveActions(overall);
  return [
    countFigure(
      'actions',
      words.translate('dashboard.headline.actions'),
      overall.actions,
      overall.byStatus.cancelled
        ? countOf(
            words,
            'dashboard.headline.cancelledOfThem',
            overall.byStatus.cancelled,
          )
        : words.translate('dashboard.headline.inPlan'),
      filters,
      {},
    ),
    {
      key: 'progress',
      label: words.translate('dashboard.headline.meanProgress'),
      value: formatPercent(overall.meanProgress, words),
      note: live
        ? words.translate('dashboard.headline.ofLive', {
            actions: countOf(words, 'dashboard.charts.count.action', live),
          })
        : words.translate('dashboard.headline.nothingToMeasure'),
      link:
        live > 0
          ? listLink(actionListParams(filters, { status: LIVE_STATUSES }))
          : null,
      alert: false,
    },
    countFigure(
      'in_progress',
      words.translate('dashboard.headline.inProgress'),
      overall.byStatus.in_progress,
      words.translate('dashboard.headline.plannedOnHold', {
        planned: overall.byStatus.planned,
        onHold: overall.byStatus.on_hold,
      }),
      filters,
      { status: ['in_progress'] },
    ),
    countFigure(
      'completed',
      words.translate('dashboard.headline.completed'),
      overall.byStatus.completed,
      live
        ? words.translate('dashboard.headline.completedShare', {
            percent: formatPercent(
              Math.round((overall.byStatus.completed / live) * 100),
              words,
            ),
          })
        : words.translate('dashboard.headline.noneYet'),
      filters,
      { status: ['completed'] },
    ),
    countFigure(
      'overdue',
      words.translate('dashboard.headline.overdue'),
      overall.overdue,
      words.translate('dashboard.headline.pastDue'),
      filters,
      { overdue: true },
      true,
    ),
    countFigure(
      'stale',
      words.translate('dashboard.headline.stale'),
      overall.stale,
      words.translate('dashboard.headline.noUpdateFor', {
        days: view.staleAfterDays,
      }),
      filters,
      { stale: true },
      true,
    ),
    countFigure(
      'red',
      words.translate('dashboard.headline.red'),
      overall.byHealth.red,
      words.translate('dashboard.headline.amberGreen', {
        amber: overall.byHealth.amber,
        green: overall.byHealth.green,
      }),
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
  words: Words,
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
      const actions = (n: number) =>
        countOf(words, 'dashboard.charts.count.action', n);
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
          ledLabel: words.translate('dashboard.matrix.ledLabel', {
            partner: partner.name,
            actions: actions(led),
            stream: stream.code,
          }),
          contributedLabel: words.translate(
            'dashboard.matrix.contributedLabel',
            {
              partner: partner.name,
              actions: actions(contributed),
              stream: stream.code,
            },
          ),
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
  words: Words,
): BreakdownRow {
  return {
    key,
    name,
    actions: figures.actions,
    meanProgress: formatPercent(figures.meanProgress, words),
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
  words: Words,
): BreakdownRow[] {
  return view.byPhase.map((phase) =>
    breakdownRow(
      phase.key,
      phase.name,
      phase,
      filters,
      { phase: phase.key },
      words,
    ),
  );
}

/** SPEC §5: progress per region; an action may be in several regions. */
export function regionBreakdown(
  view: Pick<DashboardView, 'byRegion'>,
  filters: DashboardFilters,
  words: Words,
): BreakdownRow[] {
  return view.byRegion.map((region) =>
    breakdownRow(
      region.code,
      region.name,
      region,
      filters,
      { region: region.code },
      words,
    ),
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

function joinOr(names: readonly string[], words: Words): string {
  return names.length > 1
    ? words.translate('dashboard.scope.or', {
        names: names.slice(0, -1).join(', '),
        last: names[names.length - 1],
      })
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
  words: Words,
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
    .map((names) => joinOr(names, words));
  const partners = filters.partner.map(
    (slug) => view.byPartner.find((p) => p.slug === slug)?.name ?? slug,
  );
  if (partners.length) {
    parts.push(
      words.translate('dashboard.scope.with', {
        partners: joinOr(partners, words),
      }),
    );
  }
  return parts.join(' · ');
}
