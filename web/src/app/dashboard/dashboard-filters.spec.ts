import { convertToParamMap } from '@angular/router';
import {
  DashboardFilters,
  LIVE_STATUSES,
  NO_FILTERS,
  Narrowing,
  actionListParams,
  actionListUrl,
  dashboardQueryParams,
  parseDashboardFilters,
} from './dashboard-filters';

const filters = (overrides: Partial<DashboardFilters>): DashboardFilters => ({
  ...NO_FILTERS,
  ...overrides,
});

describe('parseDashboardFilters', () => {
  it('reads comma-separated lists from the address', () => {
    expect(
      parseDashboardFilters(
        convertToParamMap({
          phase: 'implementation,investment',
          stream: '1,3',
          region: 'ES51,CA-QC',
          partner: 'pool-net',
        }),
      ),
    ).toEqual({
      phase: ['implementation', 'investment'],
      stream: [1, 3],
      region: ['ES51', 'CA-QC'],
      partner: ['pool-net'],
    });
  });

  it('drops what the API would refuse, so a mistyped link narrows nothing', () => {
    expect(
      parseDashboardFilters(
        convertToParamMap({
          phase: 'launch',
          stream: '0,9,2x,2,2',
          region: 'wales',
          partner: 'Pool Net',
        }),
      ),
    ).toEqual({ phase: [], stream: [2], region: [], partner: [] });
  });
});

describe('dashboardQueryParams', () => {
  it('joins each list and removes the empty ones', () => {
    expect(
      dashboardQueryParams(filters({ stream: [1, 4], partner: ['afil'] })),
    ).toEqual({ phase: null, stream: '1,4', region: null, partner: 'afil' });
  });
});

describe('actionListParams', () => {
  it.each<
    [
      string,
      Partial<DashboardFilters>,
      Narrowing,
      Record<string, string> | null,
    ]
  >([
    ['the whole plan', {}, {}, {}],
    [
      'the filters as they are',
      { phase: ['implementation'], stream: [1, 3], region: ['ES51'] },
      {},
      { phase: 'implementation', stream: '1,3', region: 'ES51' },
    ],
    [
      'a status within the filters',
      { stream: [2] },
      { status: ['completed'] },
      { stream: '2', status: 'completed' },
    ],
    [
      'overdue ones',
      { region: ['FRK'] },
      { overdue: true },
      { region: 'FRK', overdue: 'true' },
    ],
    ['stale ones', {}, { stale: true }, { stale: 'true' }],
    [
      'red ones that are not cancelled',
      {},
      { health: 'red', status: LIVE_STATUSES },
      { health: 'red', status: 'planned,in_progress,on_hold,completed' },
    ],
    [
      'a stream chosen among several',
      { stream: [1, 3] },
      { stream: 3 },
      { stream: '3' },
    ],
    [
      'nothing for a stream outside the filter',
      { stream: [1, 3] },
      { stream: 2 },
      null,
    ],
    [
      'a region outside the filter',
      { region: ['ES51'] },
      { region: 'FRK' },
      null,
    ],
    [
      'a lead within the partner filter',
      { partner: ['afil', 'cep'] },
      { lead: 'afil', stream: 2 },
      { stream: '2', lead: 'afil' },
    ],
    [
      'a lead outside the partner filter, through its contributors',
      { partner: ['afil', 'cep'] },
      { lead: 'bwcon' },
      { lead: 'bwcon', contributor: 'afil,cep' },
    ],
    [
      'a contributor within the partner filter',
      { partner: ['afil'] },
      { contributor: 'afil' },
      { contributor: 'afil' },
    ],
    [
      'nothing for another contributor under a partner filter',
      { partner: ['afil'] },
      { contributor: 'cep' },
      null,
    ],
    [
      'nothing for a partner filter alone ("leads or contributes")',
      { partner: ['afil'] },
      { overdue: true },
      null,
    ],
  ])('shows %s', (_, chosen, narrowing, expected) => {
    expect(actionListParams(filters(chosen), narrowing)).toEqual(expected);
  });
});

describe('actionListUrl', () => {
  it('is the address of the filtered list', () => {
    expect(actionListUrl({ lead: 'afil', stream: '2' })).toBe(
      '/actions?lead=afil&stream=2',
    );
    expect(actionListUrl({})).toBe('/actions');
  });
});
