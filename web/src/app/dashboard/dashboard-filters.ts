import {
  ACTION_STATUSES,
  ActionStatus,
  Health,
  PhaseKey,
  REGION_CODE_PATTERN,
  SLUG_PATTERN,
  isPhaseKey,
  isStreamNumber,
} from '@ws/domain';

/** What the dashboard is narrowed to; an empty list means "all". */
export interface DashboardFilters {
  phase: PhaseKey[];
  stream: number[];
  region: string[];
  /** Actions these partners lead or contribute to */
  partner: string[];
}

export type DashboardFilterKey = keyof DashboardFilters;

export const DASHBOARD_FILTER_KEYS: readonly DashboardFilterKey[] = [
  'phase',
  'stream',
  'region',
  'partner',
];

export const NO_FILTERS: DashboardFilters = {
  phase: [],
  stream: [],
  region: [],
  partner: [],
};

/** Every status but cancelled: the actions that count in progress and health. */
export const LIVE_STATUSES: readonly ActionStatus[] = ACTION_STATUSES.filter(
  (status) => status !== 'cancelled',
);

export const OPEN_STATUSES: readonly ActionStatus[] = [
  'planned',
  'in_progress',
  'on_hold',
];

function listOf<T>(
  raw: string | null | undefined,
  parse: (value: string) => T | null,
): T[] {
  if (!raw) return [];
  const values = raw
    .split(',')
    .map((value) => parse(value.trim()))
    .filter((value): value is T => value !== null);
  return [...new Set(values)];
}

// A mistyped link narrows nothing rather than ending in an error page, as in
// the action list.
export function parseDashboardFilters(params: {
  get(name: string): string | null;
}): DashboardFilters {
  return {
    phase: listOf(params.get('phase'), (v) => (isPhaseKey(v) ? v : null)),
    stream: listOf(params.get('stream'), (v) => {
      const number = Number(v);
      return /^\d+$/.test(v) && isStreamNumber(number) ? number : null;
    }),
    region: listOf(params.get('region'), (v) =>
      REGION_CODE_PATTERN.test(v) ? v : null,
    ),
    partner: listOf(params.get('partner'), (v) =>
      SLUG_PATTERN.test(v) ? v : null,
    ),
  };
}

export function hasDashboardFilters(filters: DashboardFilters): boolean {
  return DASHBOARD_FILTER_KEYS.some((key) => filters[key].length > 0);
}

/**
 * The filters as query parameters, comma-separated, for the dashboard's own
 * address and for GET /api/dashboard; absent filters are null so that
 * navigating removes them.
 */
export function dashboardQueryParams(
  filters: DashboardFilters,
): Record<DashboardFilterKey, string | null> {
  const param = (values: readonly (string | number)[]) =>
    values.length ? values.join(',') : null;
  return {
    phase: param(filters.phase),
    stream: param(filters.stream),
    region: param(filters.region),
    partner: param(filters.partner),
  };
}

/** A narrowing of the dashboard's filters, for a figure's drill-down. */
export interface Narrowing {
  phase?: PhaseKey;
  stream?: number;
  region?: string;
  lead?: string;
  contributor?: string;
  status?: readonly ActionStatus[];
  health?: Health;
  overdue?: true;
  stale?: true;
}

/** Query parameters of the action list at /actions. */
export type ActionListParams = Record<string, string>;

/**
 * The action-list query that shows exactly the actions behind a figure: the
 * dashboard's filters narrowed further. Null when the list cannot express it:
 * a figure outside the chosen filters, or a partner filter (the dashboard's
 * "leads or contributes to") that no lead or contributor pins down, as the
 * list filters lead and contributor separately.
 */
export function actionListParams(
  filters: DashboardFilters,
  narrowing: Narrowing = {},
): ActionListParams | null {
  const params: ActionListParams = {};
  const dimensions = [
    ['phase', filters.phase, narrowing.phase],
    ['stream', filters.stream, narrowing.stream],
    ['region', filters.region, narrowing.region],
  ] as const;
  for (const [key, chosen, narrowed] of dimensions) {
    const values = chosen as readonly (string | number)[];
    if (narrowed === undefined) {
      if (values.length) params[key] = values.join(',');
    } else {
      if (values.length && !values.includes(narrowed)) return null;
      params[key] = String(narrowed);
    }
  }

  const partners = filters.partner;
  if (narrowing.lead !== undefined) {
    params['lead'] = narrowing.lead;
    // Led by someone else, the action is in the filter through a contributor.
    if (partners.length && !partners.includes(narrowing.lead)) {
      params['contributor'] = partners.join(',');
    }
  } else if (narrowing.contributor !== undefined) {
    if (partners.length && !partners.includes(narrowing.contributor)) {
      return null;
    }
    params['contributor'] = narrowing.contributor;
  } else if (partners.length) {
    return null;
  }

  if (narrowing.health) params['health'] = narrowing.health;
  if (narrowing.status?.length) params['status'] = narrowing.status.join(',');
  if (narrowing.overdue) params['overdue'] = 'true';
  if (narrowing.stale) params['stale'] = 'true';
  return params;
}

/** "/actions?stream=3&lead=afil": for tests, titles and the PDF report. */
export function actionListUrl(params: ActionListParams): string {
  const query = new URLSearchParams(params).toString();
  return query ? `/actions?${query}` : '/actions';
}
