import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { UserView } from '@ws/domain';
import { provideEchartsCore } from 'ngx-echarts';
import {
  button,
  choose,
  field,
  link,
  tableRows,
  textOf,
} from '../../../testing/dom';
import { provideTestTranslations } from '../../../testing/i18n';
import {
  FakeChart,
  aPipeline,
  anInvestment,
  flushInvestmentReferences,
} from '../../../testing/investment-fixtures';
import {
  COORDINATOR,
  SERVER_ERROR,
  VIEWER,
  loginAs,
  page,
} from '../../../testing/reference-fixtures';
import { Session } from '../../core/auth/session';
import { InvestmentBoard } from './investment-board';

const PIPELINE = aPipeline({
  total: {
    count: 2,
    amountCents: 1_155_000_000,
    cofinancingCents: 303_000_000,
  },
  open: { count: 2, amountCents: 1_155_000_000, cofinancingCents: 303_000_000 },
  byStatus: aPipeline().byStatus.map((row) =>
    row.status === 'business_plan'
      ? {
          ...row,
          count: 1,
          amountCents: 680_000_000,
          cofinancingCents: 204_000_000,
        }
      : row.status === 'submitted'
        ? {
            ...row,
            count: 1,
            amountCents: 475_000_050,
            cofinancingCents: 99_000_000,
          }
        : row,
  ),
  byInstrument: [
    {
      instrument: 'erdf',
      name: 'ERDF',
      count: 1,
      amountCents: 680_000_000,
      cofinancingCents: 204_000_000,
      byStatus: aPipeline().byStatus.map((row) =>
        row.status === 'business_plan'
          ? {
              ...row,
              count: 1,
              amountCents: 680_000_000,
              cofinancingCents: 204_000_000,
            }
          : row,
      ),
    },
  ],
  upcomingDeadlines: [
    {
      id: 1,
      title: 'Shared pilot line on hybrid plastics processes',
      instrument: 'erdf',
      instrumentName: 'ERDF',
      call: null,
      deadline: '2027-02-08',
      daysLeft: 75,
      status: 'business_plan',
      lead: 'plastipolis',
      leadName: 'Plastipolis',
      amountCents: 680_000_000,
    },
  ],
});
const PROPOSALS = [
  anInvestment(),
  anInvestment({
    id: 2,
    title: 'Digital twins for SME machine builders',
    instrument: 'horizon-europe',
    instrumentName: 'Horizon Europe',
    status: 'submitted',
    lead: 'eurecat',
    leadName: 'Eurecat',
    amountCents: 475_000_050,
  }),
];

describe('InvestmentBoard', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let charts: FakeChart[];

  beforeAll(() => {
    (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
      observe = () => undefined;
      unobserve = () => undefined;
      disconnect = () => undefined;
    };
  });

  beforeEach(() => {
    charts = [];
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTestTranslations(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'investments', component: InvestmentBoard }]),
        provideEchartsCore({
          echarts: {
            init: () => {
              const chart = new FakeChart();
              charts.push(chart);
              return chart;
            },
          },
        }),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  const view = () => harness.routeNativeElement as HTMLElement;

  async function open(user: UserView, path = '/investments') {
    TestBed.inject(Session).start(loginAs(user));
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(path);
  }

  async function answer(proposals = PROPOSALS, pipeline = PIPELINE) {
    http.expectOne((r) => r.url === '/api/investments').flush(page(proposals));
    http
      .expectOne((r) => r.url === '/api/investments/pipeline')
      .flush(pipeline);
    flushInvestmentReferences(http);
    await settle();
  }

  async function settle() {
    for (let tick = 0; tick < 4; tick++) {
      await new Promise((resolve) => setTimeout(resolve));
      harness.fixture.detectChanges();
    }
  }

  const column = (name: string) => {
    const found = Array.from(view().querySelectorAll('.board__column')).find(
      (c) => textOf(c.querySelector('h2')).startsWith(name),
    );
    if (!found) throw new Error(`no column ${name}`);
    return found;
  };

  it('shows a column per status with its proposals, count and exact total in euros', async () => {
    await open(VIEWER);
    await answer();
    const headings = Array.from(
      view().querySelectorAll('.board__column h2'),
    ).map(textOf);
    expect(headings).toEqual([
      'Idea 0',
      'Business plan 1',
      'Submitted 1',
      'Granted 0',
      'Rejected 0',
      'Withdrawn 0',
    ]);
    expect(textOf(column('Submitted'))).toContain('€4,750,000.50');
    expect(textOf(column('Submitted'))).toContain(
      'Digital twins for SME machine builders',
    );
    expect(textOf(column('Business plan'))).toContain('ERDF · Plastipolis');
    expect(
      link(
        column('Submitted'),
        'Digital twins for SME machine builders',
      ).getAttribute('href'),
    ).toBe('/investments/2');
    expect(textOf(view().querySelector('.pipeline-figures'))).toContain(
      '€11,550,000.00',
    );
    expect(textOf(view().querySelector('.deadline-list'))).toContain(
      'Shared pilot line on hybrid plastics processes',
    );
    expect(view().textContent).not.toContain('New proposal');
  });

  it('offers the totals as a table as well as a chart', async () => {
    await open(VIEWER);
    await answer();
    const table = view().querySelector('.totals table') as HTMLTableElement;
    expect(tableRows(table)[0]).toEqual([
      'ERDF',
      '€0.00',
      '€6,800,000.00',
      '€0.00',
      '€0.00',
      '€0.00',
      '€0.00',
      '€6,800,000.00',
    ]);
    const option = charts[0].options[0] as {
      series: { name: string; data: number[] }[];
    };
    expect(option.series.map((s) => s.name)).toEqual([
      'Idea',
      'Business plan',
      'Submitted',
      'Granted',
      'Rejected',
      'Withdrawn',
    ]);
    expect(option.series[1].data).toEqual([6_800_000]);
    button(view(), 'Show as a table').click();
    harness.fixture.detectChanges();
    expect(view().querySelector('[echarts]')).toBeNull();
    expect(button(view(), 'Show the chart').getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('filters by instrument through the address, for the proposals and the totals', async () => {
    await open(COORDINATOR, '/investments?partner=afil');
    const list = http.expectOne((r) => r.url === '/api/investments');
    expect(list.request.params.get('partner')).toBe('afil');
    expect(list.request.params.get('pageSize')).toBe('200');
    list.flush(page(PROPOSALS));
    const totals = http.expectOne((r) => r.url === '/api/investments/pipeline');
    expect(totals.request.params.keys()).toEqual(['partner']);
    totals.flush(PIPELINE);
    flushInvestmentReferences(http);
    await settle();
    expect(link(view(), 'New proposal').getAttribute('href')).toBe(
      '/investments/new',
    );

    choose(field<HTMLSelectElement>(view(), 'Funding instrument'), 'ERDF');
    await settle();
    expect(TestBed.inject(Router).url).toBe(
      '/investments?partner=afil&instrument=erdf',
    );
    const filtered = http.expectOne((r) => r.url === '/api/investments');
    expect(filtered.request.params.get('instrument')).toBe('erdf');
    filtered.flush(page([PROPOSALS[0]]));
    http
      .expectOne((r) => r.url === '/api/investments/pipeline')
      .flush(PIPELINE);
    await settle();
  });

  it('says what failed and retries', async () => {
    await open(VIEWER);
    http
      .expectOne((r) => r.url === '/api/investments')
      .flush(null, SERVER_ERROR);
    http
      .expectOne((r) => r.url === '/api/investments/pipeline')
      .flush(PIPELINE);
    flushInvestmentReferences(http);
    await settle();
    expect(textOf(view())).toContain(
      'The investment proposals could not be loaded',
    );
    button(view(), 'Try again').click();
    await settle();
    await answer();
    expect(textOf(column('Submitted'))).toContain('Digital twins');
  });
});
