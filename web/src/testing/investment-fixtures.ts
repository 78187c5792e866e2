// Investment proposals and pipelines as the API answers them, with valid
// defaults: a test overrides only what it is about.
import {
  INVESTMENT_STATUSES,
  InvestmentPipelineView,
  InvestmentView,
  NO_MONEY,
} from '@ws/domain';
import {
  FUNDING_INSTRUMENT_VIEWS,
  PARTNER_VIEWS,
  REGION_VIEWS,
  page,
} from './reference-fixtures';

export function anInvestment(
  overrides: Partial<InvestmentView> = {},
): InvestmentView {
  return {
    id: 1,
    title: 'Shared pilot line on hybrid plastics processes',
    instrument: 'erdf',
    instrumentName: 'ERDF',
    call: 'I3 Instrument — Strand 1',
    amountCents: 680_000_000,
    cofinancingCents: 204_000_000,
    status: 'business_plan',
    statusSince: '2026-11-17',
    lead: 'plastipolis',
    leadName: 'Plastipolis',
    partners: ['pool-net'],
    regions: ['FRK', 'PT16'],
    actions: [],
    linkedActions: [],
    deadline: '2027-02-08',
    version: 1,
    createdAt: '2026-10-21T08:00:00.000Z',
    updatedAt: '2026-11-17T10:00:00.000Z',
    ...overrides,
  };
}

/** An empty pipeline, as the API answers before any proposal exists. */
export function aPipeline(
  overrides: Partial<InvestmentPipelineView> = {},
): InvestmentPipelineView {
  return {
    today: '2026-11-25',
    total: { ...NO_MONEY },
    open: { ...NO_MONEY },
    granted: { ...NO_MONEY },
    byStatus: INVESTMENT_STATUSES.map((status) => ({ status, ...NO_MONEY })),
    byInstrument: [],
    byRegion: [],
    byPartner: [],
    upcomingDeadlines: [],
    ...overrides,
  };
}

/** Answers the reference data the investment pages read. */
export function flushInvestmentReferences(http: {
  match: (
    match: (request: { url: string }) => boolean,
  ) => { flush: (body: unknown) => void; request: { url: string } }[];
}): void {
  const bodies: Record<string, unknown> = {
    '/api/funding-instruments': page(FUNDING_INSTRUMENT_VIEWS),
    '/api/partners': page(PARTNER_VIEWS),
    '/api/regions': page(REGION_VIEWS),
    '/api/actions': page([
      { id: 7, code: 'S4-05', title: 'Business plan and ERDF proposal' },
    ]),
  };
  for (const request of http.match((r) => r.url in bodies))
    request.flush(bodies[request.request.url]);
}

/** An ECharts instance for jsdom, keeping the options it is given. */
export class FakeChart {
  readonly options: unknown[] = [];
  setOption(option: unknown): void {
    this.options.push(option);
  }
  on = () => undefined;
  off = () => undefined;
  isDisposed = () => false;
  dispose = () => undefined;
  resize = () => undefined;
}
