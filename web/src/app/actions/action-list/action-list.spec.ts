import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ActionView, Page, UserView } from '@ws/domain';
import {
  actionsPage,
  anAction,
  flushActionReferences,
  flushStatusCounts,
} from '../../../testing/action-fixtures';
import {
  button,
  byRole,
  choose,
  columnHeaders,
  field,
  link,
  tableRows,
  textOf,
  typeInto,
} from '../../../testing/dom';
import {
  COORDINATOR,
  POOL_NET_EDITOR,
  SERVER_ERROR,
  VIEWER,
  loginAs,
} from '../../../testing/reference-fixtures';
import { Session } from '../../core/auth/session';
import { ActionList } from './action-list';
import { provideTestTranslations } from '../../../testing/i18n';

const LATE_ACTION = anAction({
  id: 12,
  code: 'S1-02',
  title: 'Connect the Allianz Industrie 4.0 working groups',
  stream: 1,
  phase: 'implementation',
  lead: 'bwcon',
  status: 'on_hold',
  health: 'amber',
  progress: 15,
  dueDate: '2025-04-30',
  overdue: true,
  daysLate: 12,
  stale: true,
});

describe('ActionList', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let view: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTestTranslations(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'actions', component: ActionList }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const listRequest = () =>
    http.expectOne(
      (request) =>
        request.url === '/api/actions' &&
        request.params.get('pageSize') !== '1',
    );

  async function open(
    url: string,
    user: UserView = VIEWER,
  ): Promise<TestRequest> {
    TestBed.inject(Session).start(loginAs(user));
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    view = harness.routeNativeElement as HTMLElement;
    flushActionReferences(http);
    return listRequest();
  }

  async function answer(
    request: TestRequest,
    body: Page<ActionView> = actionsPage([anAction(), LATE_ACTION]),
    counts = { in_progress: 1, on_hold: 1 },
  ): Promise<void> {
    request.flush(body);
    flushStatusCounts(http, counts);
    await harness.fixture.whenStable();
  }

  // The new request keeps the page busy, so wait for the navigation alone.
  async function navigated(): Promise<void> {
    for (let tick = 0; tick < 5; tick++) {
      await new Promise((resolve) => setTimeout(resolve));
      harness.fixture.detectChanges();
    }
  }

  const table = () => view.querySelector('table') as HTMLTableElement;
  const url = () => TestBed.inject(Router).url;

  it('opens with the title and a sentence saying what the page is for', async () => {
    await answer(await open('/actions'));
    expect(view.querySelector('h1')?.textContent?.trim()).toBe('Actions');
    expect(view.querySelector('.page-header .lead')?.textContent?.trim()).toBe(
      'Every action of the joint plan, with its lead, status and health; filter, sort and open one to update it.',
    );
  });

  it('lists the actions with stream, phase, lead, status, health, progress and due date', async () => {
    await answer(await open('/actions'));

    // Ordered by code unless asked otherwise; each header orders by itself.
    expect(columnHeaders(table())).toEqual([
      'Code ▲, sort descending',
      'Title ↕, sort ascending',
      'Stream ↕, sort ascending',
      'Phase ↕, sort ascending',
      'Lead ↕, sort ascending',
      'Status ↕, sort ascending',
      'Health ↕, sort ascending',
      'Progress ↕, sort ascending',
      'Due date ↕, sort ascending',
    ]);
    expect(tableRows(table())).toEqual([
      [
        'S3-04',
        'Joint roadmap workshop on additive manufacturing',
        'S3 Joint roadmap on Industry 4.0',
        'Preparation',
        'Pool-Net',
        'In progress',
        '● Green',
        '40%',
        '30 Nov 2025',
      ],
      [
        'S1-02',
        'Connect the Allianz Industrie 4.0 working groups',
        'S1 Regional Industry 4.0 alliances',
        'Implementation',
        'bwcon',
        'On hold',
        '▲ Amber',
        '15%',
        '30 Apr 2025 Overdue by 12 days Stale',
      ],
    ]);
    expect(
      link(
        table(),
        'Joint roadmap workshop on additive manufacturing',
      ).getAttribute('href'),
    ).toBe('/actions/7');
  });

  it('shows the total and the count of each status, each a link to those actions', async () => {
    await answer(
      await open('/actions?health=amber'),
      actionsPage([LATE_ACTION]),
      {
        on_hold: 1,
      },
    );

    expect(textOf(byRole(view, 'status')[0])).toBe('1 action');
    const counts = view.querySelector(
      'nav[aria-label="Actions by status"]',
    ) as HTMLElement;
    expect(Array.from(counts.querySelectorAll('a')).map(textOf)).toEqual([
      'Planned 0',
      'In progress 0',
      'On hold 1',
      'Completed 0',
      'Cancelled 0',
    ]);
    expect(link(counts, 'On hold 1').getAttribute('href')).toBe(
      '/actions?health=amber&status=on_hold',
    );
  });

  it('asks the server for the filters in the address and shows them in the form', async () => {
    const request = await open(
      '/actions?stream=3&phase=implementation&lead=pool-net&contributor=eurecat&region=PT16&status=in_progress&health=red&overdue=true&stale=false&q=roadmap&sort=-dueDate&page=2',
    );
    expect(request.request.params.toString()).toBe(
      'page=2&pageSize=25&stream=3&phase=implementation&lead=pool-net&contributor=eurecat&region=PT16&status=in_progress&health=red&overdue=true&stale=false&q=roadmap&sort=-dueDate',
    );
    await answer(request, actionsPage([], { page: 2 }));

    const value = (label: string) =>
      field<HTMLSelectElement>(view, label).value;
    expect(value('Stream')).toBe('3');
    expect(value('Phase')).toBe('implementation');
    expect(value('Lead partner')).toBe('pool-net');
    expect(value('Contributor')).toBe('eurecat');
    expect(value('Region')).toBe('PT16');
    expect(value('Status')).toBe('in_progress');
    expect(value('Health')).toBe('red');
    expect(value('Overdue')).toBe('true');
    expect(value('Last update')).toBe('false');
    expect(field(view, 'Search').value).toBe('roadmap');
    expect(textOf(byRole(view, 'status')[0])).toBe(
      'No action matches these filters.',
    );
  });

  it('keeps a chosen filter in the address and starts again from page 1', async () => {
    await answer(await open('/actions?page=3&sort=title'));

    choose(field<HTMLSelectElement>(view, 'Health'), 'Amber');
    await navigated();

    expect(url()).toBe('/actions?sort=title&health=amber');
    const request = listRequest();
    expect(request.request.params.get('health')).toBe('amber');
    expect(request.request.params.get('page')).toBe('1');
    await answer(request, actionsPage([LATE_ACTION]));
    expect(tableRows(table()).map((row) => row[0])).toEqual(['S1-02']);
  });

  it('searches once the user pauses typing', async () => {
    await answer(await open('/actions'));
    typeInto(field(view, 'Search'), 'allianz');
    await new Promise((resolve) => setTimeout(resolve, 350));
    await navigated();

    expect(url()).toBe('/actions?q=allianz');
    const request = listRequest();
    expect(request.request.params.get('q')).toBe('allianz');
    await answer(request, actionsPage([LATE_ACTION]));
  });

  it('sends a list of statuses from a shared link and names it in the form', async () => {
    const request = await open('/actions?status=in_progress,on_hold,bogus');
    expect(request.request.params.get('status')).toBe('in_progress,on_hold');
    await answer(request);
    const status = field<HTMLSelectElement>(view, 'Status');
    expect(textOf(status.selectedOptions[0])).toBe('In progress or On hold');
  });

  it('orders by a column, then the other way round, with the order announced', async () => {
    await answer(await open('/actions?status=on_hold'));
    const dueDate = () =>
      Array.from(table().querySelectorAll('thead th')).find((th) =>
        textOf(th).startsWith('Due date'),
      ) as HTMLElement;
    expect(dueDate().getAttribute('aria-sort')).toBeNull();
    expect(
      (table().querySelector('thead th') as HTMLElement).getAttribute(
        'aria-sort',
      ),
    ).toBe('ascending');

    button(dueDate(), /^Due date/).click();
    await navigated();
    expect(url()).toBe('/actions?status=on_hold&sort=dueDate');
    let request = listRequest();
    expect(request.request.params.get('sort')).toBe('dueDate');
    request.flush(actionsPage([LATE_ACTION]));
    await harness.fixture.whenStable();
    expect(dueDate().getAttribute('aria-sort')).toBe('ascending');
    expect(textOf(table().querySelector('caption'))).toContain(
      'ordered by due date, ascending',
    );

    button(dueDate(), /^Due date/).click();
    await navigated();
    expect(url()).toBe('/actions?status=on_hold&sort=-dueDate');
    request = listRequest();
    expect(request.request.params.get('sort')).toBe('-dueDate');
    request.flush(actionsPage([LATE_ACTION]));
    await harness.fixture.whenStable();
    expect(dueDate().getAttribute('aria-sort')).toBe('descending');
    // Ordering does not change the counts by status: no new count requests.
  });

  it('pages through more actions than fit on one page', async () => {
    await answer(
      await open('/actions?lead=bwcon&page=2'),
      actionsPage([LATE_ACTION], { total: 60, page: 2 }),
    );
    expect(textOf(byRole(view, 'status')[0])).toBe('Actions 26–50 of 60');
    const pages = view.querySelector(
      'nav[aria-label="Pages of actions"]',
    ) as HTMLElement;
    expect(textOf(pages)).toContain('Page 2 of 3');
    expect(link(pages, 'Previous page').getAttribute('href')).toBe(
      '/actions?lead=bwcon&page=1',
    );
    expect(link(pages, 'Next page').getAttribute('href')).toBe(
      '/actions?lead=bwcon&page=3',
    );
  });

  it('clears every filter at once and keeps the order', async () => {
    await answer(await open('/actions?health=red&q=x&sort=-progress'));
    button(view, 'Clear filters').click();
    await navigated();
    expect(url()).toBe('/actions?sort=-progress');
    await answer(listRequest());
    expect(() => button(view, 'Clear filters')).toThrow();
  });

  it.each([
    ['a viewer', false, VIEWER],
    ['a partner editor', false, POOL_NET_EDITOR],
    ['the coordinator', true, COORDINATOR],
  ])('offers %s a new action: %s', async (_who, offered, user) => {
    await answer(await open('/actions', user));
    expect(
      Array.from(view.querySelectorAll('a')).some(
        (a) => textOf(a) === 'New action',
      ),
    ).toBe(offered);
  });

  it('explains a failure', async () => {
    const request = await open('/actions');
    request.flush({ statusCode: 500, message: 'boom' }, SERVER_ERROR);
    flushStatusCounts(http);
    await harness.fixture.whenStable();
    expect(textOf(byRole(view, 'alert')[0])).toContain(
      'The actions could not be loaded',
    );
  });
});
