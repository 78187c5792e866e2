import { ParamMap, Params } from '@angular/router';
import { ACTION_STATUSES, HEALTHS, PHASE_KEYS } from '@ws/domain';

export const ACTIONS_PAGE_SIZE = 25;

export const ACTION_SORT_KEYS = [
  'code',
  'title',
  'stream',
  'phase',
  'lead',
  'status',
  'health',
  'progress',
  'dueDate',
  'updatedAt',
] as const;
export type ActionSortKey = (typeof ACTION_SORT_KEYS)[number];

export interface ActionSort {
  key: ActionSortKey;
  descending: boolean;
}

// SPEC §7: the list is ordered by code unless asked otherwise.
export const DEFAULT_SORT: ActionSort = { key: 'code', descending: false };

/**
 * The filters of GET /api/actions, as the address carries them. List filters
 * are comma-separated (`status=in_progress,on_hold`).
 */
export interface ActionFilters {
  stream?: string;
  phase?: string;
  lead?: string;
  contributor?: string;
  region?: string;
  status?: string;
  health?: string;
  overdue?: boolean;
  stale?: boolean;
  q?: string;
}

export type ActionFilterKey = keyof ActionFilters;

export interface ActionQuery extends ActionFilters {
  /** `dueDate`, or `-dueDate` for descending; absent for the default order */
  sort?: string;
  page: number;
  pageSize: number;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const REGION_CODE = /^[A-Z]{2}[A-Z0-9-]*$/;

// Each list filter keeps only the values the API would accept: a mistyped
// link narrows nothing rather than ending in an error page.
const LIST_FILTERS: Record<
  Exclude<ActionFilterKey, 'overdue' | 'stale' | 'q'>,
  (value: string) => boolean
> = {
  stream: (value) => /^[1-9]\d{0,2}$/.test(value),
  phase: (value) => (PHASE_KEYS as readonly string[]).includes(value),
  lead: (value) => SLUG.test(value),
  contributor: (value) => SLUG.test(value),
  region: (value) => REGION_CODE.test(value),
  status: (value) => (ACTION_STATUSES as readonly string[]).includes(value),
  health: (value) => (HEALTHS as readonly string[]).includes(value),
};

export const LIST_FILTER_KEYS = Object.keys(
  LIST_FILTERS,
) as (keyof typeof LIST_FILTERS)[];

function listValue(
  raw: string | null,
  valid: (value: string) => boolean,
): string | undefined {
  if (!raw) return undefined;
  const values = [
    ...new Set(
      raw
        .split(',')
        .map((v) => v.trim())
        .filter(valid),
    ),
  ];
  return values.length ? values.join(',') : undefined;
}

function flag(raw: string | null): boolean | undefined {
  return raw === 'true' ? true : raw === 'false' ? false : undefined;
}

export function parseSort(raw: string | null | undefined): ActionSort {
  const descending = !!raw?.startsWith('-');
  const key = (descending ? raw?.slice(1) : raw) ?? '';
  return (ACTION_SORT_KEYS as readonly string[]).includes(key)
    ? { key: key as ActionSortKey, descending }
    : DEFAULT_SORT;
}

export function formatSort(sort: ActionSort): string | undefined {
  if (sort.key === DEFAULT_SORT.key && !sort.descending) return undefined;
  return `${sort.descending ? '-' : ''}${sort.key}`;
}

/** The request the address asks for. */
export function parseActionQuery(params: ParamMap): ActionQuery {
  const query: ActionQuery = {
    page: 1,
    pageSize: ACTIONS_PAGE_SIZE,
  };
  for (const key of LIST_FILTER_KEYS) {
    const value = listValue(params.get(key), LIST_FILTERS[key]);
    if (value) query[key] = value;
  }
  const overdue = flag(params.get('overdue'));
  if (overdue !== undefined) query.overdue = overdue;
  const stale = flag(params.get('stale'));
  if (stale !== undefined) query.stale = stale;
  const q = params.get('q')?.trim().slice(0, 200);
  if (q) query.q = q;
  const sort = formatSort(parseSort(params.get('sort')));
  if (sort) query.sort = sort;
  const page = Number(params.get('page'));
  if (Number.isInteger(page) && page > 1) query.page = page;
  return query;
}

export function filtersOf(query: ActionQuery): ActionFilters {
  const filters: ActionFilters = {};
  for (const key of [...LIST_FILTER_KEYS, 'q'] as const) {
    if (query[key] !== undefined) filters[key] = query[key];
  }
  if (query.overdue !== undefined) filters.overdue = query.overdue;
  if (query.stale !== undefined) filters.stale = query.stale;
  return filters;
}

export function hasFilters(filters: ActionFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}

/** Query parameters for links to the list, e.g. from the governance panel. */
export function actionListParams(filters: ActionFilters): Params {
  const params: Params = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') params[key] = String(value);
  }
  return params;
}
