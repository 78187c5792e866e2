import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  Router,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Page, UserView } from '@ws/domain';
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
  PARTNER_VIEWS,
  POOL_NET_EDITOR,
  SERVER_ERROR,
  VIEWER,
  loginAs,
  page,
} from '../../../testing/reference-fixtures';
import { Session } from '../../core/auth/session';
import { ADMIN_ROUTES } from '../admin.routes';
import { provideTestTranslations } from '../../../testing/i18n';

const DISABLED_EDITOR: UserView = {
  ...POOL_NET_EDITOR,
  id: 15,
  email: 'former.editor@afil.example',
  displayName: 'Former AFIL editor',
  partner: 'afil',
  partnerName: 'AFIL',
  active: false,
  lastSignInAt: null,
};

const ACCOUNTS = [COORDINATOR, VIEWER, POOL_NET_EDITOR, DISABLED_EDITOR];

function accountsPage(
  items: UserView[],
  overrides: Partial<Page<UserView>> = {},
): Page<UserView> {
  return { items, total: items.length, page: 1, pageSize: 25, ...overrides };
}

describe('AccountList', () => {
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
        provideRouter(
          [{ path: 'admin', children: ADMIN_ROUTES }],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start(loginAs(COORDINATOR));
  });

  afterEach(() => http.verify());

  const usersRequest = () =>
    http.expectOne((request) => request.url === '/api/users');

  async function open(url: string): Promise<TestRequest> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    view = harness.routeNativeElement as HTMLElement;
    http.expectOne('/api/partners').flush(page(PARTNER_VIEWS));
    return usersRequest();
  }

  async function answer(
    request: TestRequest,
    body: Page<UserView> = accountsPage(ACCOUNTS),
  ): Promise<void> {
    request.flush(body);
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

  it('lists the accounts with their role, partner, status and last sign-in', async () => {
    await answer(await open('/admin'));

    expect(columnHeaders(table())).toEqual([
      'Name',
      'E-mail address',
      'Role',
      'Partner',
      'Status',
      'Last sign-in',
    ]);
    expect(tableRows(table())).toEqual([
      [
        'Partnership coordinator You',
        'coordinator@4m4iof.example',
        'Coordinator',
        'Plastipolis',
        'Active',
        // 09:00 UTC is 10:00 in Brussels in winter
        '15 Jan 2025, 10:00',
      ],
      [
        'Observer',
        'viewer@4m4iof.example',
        'Viewer',
        '— none',
        'Active',
        'Never',
      ],
      [
        'Pool-Net editor',
        'editor.pool-net@4m4iof.example',
        'Partner editor',
        'Pool-Net',
        'Active',
        // 16:30 UTC is 18:30 in Brussels in summer
        '1 Jul 2025, 18:30',
      ],
      [
        'Former AFIL editor',
        'former.editor@afil.example',
        'Partner editor',
        'AFIL',
        'Disabled',
        'Never',
      ],
    ]);
    expect(textOf(byRole(view, 'status')[0])).toBe('4 accounts');
    expect(link(table(), 'Pool-Net editor').getAttribute('href')).toBe(
      '/admin/accounts/14',
    );
    expect(link(view, 'New account').getAttribute('href')).toBe(
      '/admin/accounts/new',
    );
  });

  it('asks the server for the filters in the address and shows them', async () => {
    const request = await open(
      '/admin?role=editor&partner=pool-net&active=false&q=anna',
    );
    expect(request.request.params.toString()).toBe(
      'page=1&pageSize=25&role=editor&partner=pool-net&active=false&q=anna',
    );
    await answer(request, accountsPage([]));

    expect(field<HTMLSelectElement>(view, 'Role').value).toBe('editor');
    expect(field<HTMLSelectElement>(view, 'Partner').value).toBe('pool-net');
    expect(field<HTMLSelectElement>(view, 'Status').value).toBe('disabled');
    expect(field(view, 'Search').value).toBe('anna');
    expect(textOf(byRole(view, 'status')[0])).toBe(
      'No account matches these filters.',
    );
  });

  it('keeps a chosen filter in the address', async () => {
    await answer(await open('/admin?page=2'));

    choose(field<HTMLSelectElement>(view, 'Role'), 'Partner editor');
    await navigated();

    expect(TestBed.inject(Router).url).toBe('/admin?role=editor');
    const request = usersRequest();
    expect(request.request.params.get('role')).toBe('editor');
    expect(request.request.params.get('page')).toBe('1');
    await answer(request, accountsPage([POOL_NET_EDITOR]));
    expect(tableRows(table()).map((row) => row[0])).toEqual([
      'Pool-Net editor',
    ]);
  });

  it('searches by name or e-mail address once the user pauses typing', async () => {
    await answer(await open('/admin?role=viewer'));
    const search = field(view, 'Search');
    typeInto(search, 'obs');
    typeInto(search, 'observer ');
    await new Promise((resolve) => setTimeout(resolve, 350));
    await navigated();

    expect(TestBed.inject(Router).url).toBe('/admin?role=viewer&q=observer');
    const request = usersRequest();
    expect(request.request.params.get('q')).toBe('observer');
    await answer(request, accountsPage([VIEWER]));
    // What is being typed stays as typed.
    expect(search.value).toBe('observer ');
  });

  it('clears every filter at once', async () => {
    await answer(await open('/admin?role=viewer&active=true&q=obs'));
    button(view, 'Clear filters').click();
    await navigated();

    expect(TestBed.inject(Router).url).toBe('/admin');
    await answer(usersRequest());
    expect(field(view, 'Search').value).toBe('');
    expect(field<HTMLSelectElement>(view, 'Role').value).toBe('');
    expect(() => button(view, 'Clear filters')).toThrow();
  });

  it('pages through more accounts than fit on one page', async () => {
    await answer(
      await open('/admin?role=editor&page=2'),
      accountsPage([POOL_NET_EDITOR], { total: 60, page: 2 }),
    );

    expect(textOf(byRole(view, 'status')[0])).toBe('Accounts 26–50 of 60');
    const pages = view.querySelector(
      'nav[aria-label="Pages of accounts"]',
    ) as HTMLElement;
    expect(textOf(pages)).toContain('Page 2 of 3');
    expect(link(pages, 'Previous page').getAttribute('href')).toBe(
      '/admin?role=editor&page=1',
    );
    expect(link(pages, 'Next page').getAttribute('href')).toBe(
      '/admin?role=editor&page=3',
    );
  });

  it('shows no page links when every account fits on one page', async () => {
    await answer(await open('/admin'));
    expect(
      view.querySelector('nav[aria-label="Pages of accounts"]'),
    ).toBeNull();
  });

  it('explains a failure and tries again', async () => {
    const request = await open('/admin');
    request.flush({ statusCode: 500, message: 'boom' }, SERVER_ERROR);
    await harness.fixture.whenStable();
    expect(textOf(byRole(view, 'alert')[0])).toContain(
      'The accounts could not be loaded',
    );
  });
});
