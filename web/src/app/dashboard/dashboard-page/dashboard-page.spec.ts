import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { DashboardView } from '@ws/domain';
import { provideEchartsCore } from 'ngx-echarts';
import {
  aDashboard,
  anActionSummary,
  someFigures,
} from '../../../testing/dashboard-fixtures';
import { button, byRole, heading, link, textOf } from '../../../testing/dom';
import { BAD_REQUEST, SERVER_ERROR } from '../../../testing/reference-fixtures';
import { DashboardPage } from './dashboard-page';
import { provideTestTranslations } from '../../../testing/i18n';

@Component({ template: '<h1>Actions</h1>' })
class ActionListStub {}

// ECharts draws nothing in jsdom: a stand-in keeps the options it is given
// and the click handlers, so a test can click a bar.
class FakeChart {
  options: { series?: { data?: { name: string }[] }[] }[] = [];
  private readonly handlers = new Map<string, (event: unknown) => void>();
  setOption(option: FakeChart['options'][number]): void {
    this.options.push(option);
  }
  on(event: string, handler: (event: unknown) => void): void {
    this.handlers.set(event, handler);
  }
  off(event: string): void {
    this.handlers.delete(event);
  }
  click(event: unknown): void {
    this.handlers.get('click')?.(event);
  }
  isDisposed = () => false;
  dispose = () => undefined;
  resize = () => undefined;
}

const LIVE = 'planned,in_progress,on_hold,completed';

const DASHBOARD: DashboardView = aDashboard({
  byStream: aDashboard().byStream.map((stream) =>
    stream.number === 2
      ? {
          ...stream,
          ...someFigures({ byStatus: { in_progress: 3 }, meanProgress: 40 }),
        }
      : stream,
  ),
  matrix: [{ partner: 'afil', stream: 2, led: 2, contributed: 1 }],
  overdueActions: [anActionSummary()],
});

describe('DashboardPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let charts: FakeChart[];

  beforeAll(() => {
    // jsdom has no ResizeObserver; ngx-echarts needs one.
    (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
      observe = () => undefined;
      unobserve = () => undefined;
      disconnect = () => undefined;
    };
  });

  beforeEach(() => {
    charts = [];
    TestBed.configureTestingModule({
      providers: [
        provideTestTranslations(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'dashboard', component: DashboardPage },
          { path: 'actions', component: ActionListStub },
        ]),
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
  const url = () => TestBed.inject(Router).url;
  const dashboardRequest = () =>
    http.expectOne((request) => request.url === '/api/dashboard');

  async function open(path: string): Promise<TestRequest> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(path);
    return dashboardRequest();
  }

  async function answer(
    request: TestRequest,
    body: DashboardView = DASHBOARD,
  ): Promise<void> {
    request.flush(body);
    await settle();
    await harness.fixture.whenStable();
  }

  // Navigation, requests and the charts' first drawing each take a turn;
  // a request still open keeps the page from being stable.
  async function settle(): Promise<void> {
    for (let tick = 0; tick < 5; tick++) {
      await new Promise((resolve) => setTimeout(resolve));
      harness.fixture.detectChanges();
    }
  }

  function figure(label: string): HTMLElement {
    const found = Array.from(
      view().querySelectorAll<HTMLElement>('.headline__figure'),
    ).find((f) => textOf(f.querySelector('.headline__label')) === label);
    if (!found) throw new Error(`no figure ${label}`);
    return found;
  }

  const hrefOf = (element: HTMLElement) =>
    element.querySelector('a')?.getAttribute('href');

  it('shows placeholders until the figures arrive', async () => {
    const request = await open('/dashboard');
    expect(textOf(byRole(view(), 'status')[0])).toBe('Loading the dashboard…');
    await answer(request);
    expect(view().querySelector('.skeleton')).toBeNull();
  });

  it('shows the headline figures, each leading to the actions behind it', async () => {
    await answer(await open('/dashboard'));

    expect(textOf(figure('Actions'))).toBe('Actions 12 1 of them cancelled');
    expect(textOf(figure('Mean progress'))).toBe(
      'Mean progress 47% of the 11 actions not cancelled',
    );
    expect(textOf(figure('Overdue'))).toContain('Overdue 2');
    expect(textOf(figure('Stale'))).toContain('Stale 3');
    expect(textOf(figure('Red health'))).toContain('Red health 1');
    expect(textOf(figure('Current phase'))).toContain('Implementation');
    expect(textOf(figure('Current phase'))).toContain(
      'joint action plan adopted on 20 Mar 2025',
    );

    expect(hrefOf(figure('Actions'))).toBe('/actions');
    expect(hrefOf(figure('Completed'))).toBe('/actions?status=completed');
    expect(hrefOf(figure('Overdue'))).toBe('/actions?overdue=true');
    expect(hrefOf(figure('Red health'))).toBe(
      `/actions?health=red&status=${LIVE}`,
    );
    expect(hrefOf(figure('Current phase'))).toBe('/governance');
  });

  it('leads from a cell of the partner × stream matrix to exactly its actions', async () => {
    await answer(await open('/dashboard?phase=implementation'), {
      ...DASHBOARD,
      filters: {
        phase: ['implementation'],
        stream: [],
        region: [],
        partner: [],
      },
    });

    const table = heading(
      view(),
      'Partners and streams',
    ).parentElement?.querySelector('table') as HTMLTableElement;
    const afil = Array.from(table.querySelectorAll('tbody tr')).find(
      (row) => textOf(row.querySelector('th')) === 'AFIL',
    ) as HTMLTableRowElement;
    // Partner, S1–S5, and how many it leads
    expect(
      Array.from(afil.querySelectorAll('th, td')).map((cell) => textOf(cell)),
    ).toEqual(['AFIL', '· none', '2 +1', '· none', '· none', '· none', '2']);

    const cell = link(view(), '2');
    expect(cell.getAttribute('aria-label')).toBe('AFIL leads 2 actions in S2');
    expect(cell.getAttribute('href')).toBe(
      `/actions?phase=implementation&stream=2&lead=afil&status=${LIVE}`,
    );

    cell.click();
    await settle();
    expect(url()).toBe(
      `/actions?phase=implementation&stream=2&lead=afil&status=${LIVE}`,
    );
  });

  it('lists the overdue actions, each leading to its page', async () => {
    await answer(await open('/dashboard'));

    const card = heading(view(), /^Overdue/).parentElement as HTMLElement;
    expect(textOf(card)).toContain(
      'S5-01 Dedicated 4M4IoF brokerage through Watify Cluj IT Cluster Due 31 May 2025, 25 days late',
    );
    expect(
      link(
        card,
        'S5-01 Dedicated 4M4IoF brokerage through Watify',
      ).getAttribute('href'),
    ).toBe('/actions/29');
    expect(link(card, 'All 2 in the action list').getAttribute('href')).toBe(
      '/actions?overdue=true',
    );
  });

  it('asks the API for the filters in the address, and puts chosen filters in the address', async () => {
    const first = await open('/dashboard?stream=1,3&region=ES51');
    expect(first.request.params.get('stream')).toBe('1,3');
    expect(first.request.params.get('region')).toBe('ES51');
    expect(first.request.params.has('partner')).toBe(false);
    await answer(first, {
      ...DASHBOARD,
      filters: { phase: [], stream: [1, 3], region: ['ES51'], partner: [] },
    });

    const filters = view().querySelector('[role="search"]') as HTMLElement;
    expect(
      Array.from(filters.querySelectorAll('summary')).map((s) => textOf(s)),
    ).toEqual([
      'Phase All phases',
      'Stream S1, S3',
      'Region Catalonia',
      'Partner All partners',
    ]);
    expect(textOf(view())).toContain(
      'Showing the actions of S1 or S3 · Catalonia.',
    );

    const partner = filters.querySelector(
      '[data-filter="partner"]',
    ) as HTMLDetailsElement;
    const poolNet = Array.from(partner.querySelectorAll('label'))
      .find((label) => textOf(label) === 'Pool-Net')
      ?.querySelector('input') as HTMLInputElement;
    poolNet.click();
    await settle();

    expect(url()).toBe('/dashboard?stream=1,3&region=ES51&partner=pool-net');
    const second = dashboardRequest();
    expect(second.request.params.get('partner')).toBe('pool-net');
    expect(second.request.params.get('stream')).toBe('1,3');
    await answer(second, {
      ...DASHBOARD,
      filters: {
        phase: [],
        stream: [1, 3],
        region: ['ES51'],
        partner: ['pool-net'],
      },
    });
    // The list cannot show "leads or contributes to" at once: two links.
    expect(link(view(), 'the actions they lead').getAttribute('href')).toBe(
      '/actions?stream=1,3&region=ES51&lead=pool-net',
    );

    button(view(), 'Clear filters').click();
    await settle();
    expect(url()).toBe('/dashboard');
    const third = dashboardRequest();
    expect(third.request.params.keys()).toEqual([]);
    await answer(third);
  });

  it('says when the figures cannot be loaded, and tries again', async () => {
    const request = await open('/dashboard');
    request.flush({ message: 'down' }, SERVER_ERROR);
    await settle();

    expect(textOf(byRole(view(), 'alert')[0])).toContain(
      'The dashboard could not be loaded',
    );
    button(view(), 'Try again').click();
    await settle();
    await answer(dashboardRequest());
    expect(byRole(view(), 'alert')).toHaveLength(0);
    expect(textOf(figure('Actions'))).toContain('12');
  });

  it('offers the whole plan when the filters in a link are refused', async () => {
    const request = await open('/dashboard?partner=nobody');
    request.flush(
      { statusCode: 400, message: 'Unknown partner: nobody' },
      BAD_REQUEST,
    );
    await settle();

    expect(textOf(byRole(view(), 'alert')[0])).toContain(
      'The dashboard could not be loaded',
    );
    link(view(), 'Show the dashboard without filters').click();
    await settle();
    expect(url()).toBe('/dashboard');
    await answer(dashboardRequest());
    expect(textOf(figure('Actions'))).toContain('12');
  });

  it('draws the charts, each with its figures as a table, and opens the actions of a clicked bar', async () => {
    await answer(await open('/dashboard'));

    const streams = heading(view(), 'Mean progress per stream')
      .parentElement as HTMLElement;
    const drawing = streams.querySelector('[role="img"]') as HTMLElement;
    expect(drawing.getAttribute('aria-label')).toBe(
      'Mean progress per stream: S1 —, S2 40%, S3 —, S4 —, S5 —.',
    );
    expect(textOf(streams.querySelector('table'))).toContain(
      'S2 Regional S3 coordination 3 40%',
    );

    button(streams, 'Show the figures as a table').click();
    await settle();
    expect(streams.querySelector('[role="img"]')).toBeNull();
    expect(
      streams
        .querySelector('.chart__table')
        ?.classList.contains('visually-hidden'),
    ).toBe(false);
    button(streams, 'Show the chart').click();
    await settle();

    const bars = charts.findLast(
      (chart) => chart.options.at(-1)?.series?.[0]?.data?.[0]?.name === 'S1',
    ) as FakeChart;
    const s2 = bars.options.at(-1)?.series?.[0]?.data?.[1];
    bars.click({ data: s2 });
    await settle();
    expect(url()).toBe(`/actions?stream=2&status=${LIVE}`);
  });
});
