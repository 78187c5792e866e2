import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { InvestmentStatusChangeView, UserView } from '@ws/domain';
import { link, textOf } from '../../../testing/dom';
import { provideTestTranslations } from '../../../testing/i18n';
import {
  anInvestment,
  flushInvestmentReferences,
} from '../../../testing/investment-fixtures';
import {
  COORDINATOR,
  NOT_FOUND,
  POOL_NET_EDITOR,
  loginAs,
  page,
} from '../../../testing/reference-fixtures';
import { Session } from '../../core/auth/session';
import { InvestmentDetail } from './investment-detail';

const change = (
  overrides: Partial<InvestmentStatusChangeView>,
): InvestmentStatusChangeView => ({
  id: 1,
  investmentId: 1,
  at: '2026-10-21T08:00:00.000Z',
  date: '2026-10-21',
  from: null,
  to: 'idea',
  author: 'Plastipolis editor',
  organisation: 'Plastipolis',
  comment: null,
  ...overrides,
});

describe('InvestmentDetail', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTestTranslations(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'investments/:id', component: InvestmentDetail }],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  const view = () => harness.routeNativeElement as HTMLElement;

  async function open(user: UserView, path = '/investments/1') {
    TestBed.inject(Session).start(loginAs(user));
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(path);
  }

  async function settle() {
    for (let tick = 0; tick < 4; tick++) {
      await new Promise((resolve) => setTimeout(resolve));
      harness.fixture.detectChanges();
    }
  }

  async function answer() {
    http.expectOne('/api/investments/1').flush(
      anInvestment({
        linkedActions: [{ id: 7, code: 'S4-05', title: 'ERDF business plan' }],
        actions: [7],
      }),
    );
    http
      .expectOne((r) => r.url === '/api/investments/1/history')
      .flush(
        page([
          change({
            id: 2,
            at: '2026-11-17T10:00:00.000Z',
            date: '2026-11-17',
            from: 'idea',
            to: 'business_plan',
            comment: 'Needs confirmed by the technical centres.',
          }),
          change({}),
        ]),
      );
    flushInvestmentReferences(http);
    await settle();
  }

  it('shows the proposal in exact euros, the names behind its keys and its dated history', async () => {
    await open(COORDINATOR);
    await answer();
    const text = textOf(view());
    expect(text).toContain('€6,800,000.00');
    expect(text).toContain('€2,040,000.00');
    expect(text).toContain('Pool-Net');
    expect(text).toContain('Auvergne-Rhône-Alpes, Centro Portugal');
    expect(link(view(), 'S4-05 ERDF business plan').getAttribute('href')).toBe(
      '/actions/7',
    );
    const history = Array.from(
      view().querySelectorAll('.status-history li'),
    ).map(textOf);
    expect(history[0]).toContain('Idea → Business plan');
    expect(history[0]).toContain('Needs confirmed by the technical centres.');
    expect(history[1]).toContain('Recorded as Idea');
    expect(link(view(), 'Edit or move the proposal').getAttribute('href')).toBe(
      '/investments/1/edit',
    );
  });

  it('offers no edit to an editor of another partner', async () => {
    await open(POOL_NET_EDITOR);
    await answer();
    expect(textOf(view())).not.toContain('Edit or move the proposal');
  });

  it('says when the proposal does not exist', async () => {
    await open(COORDINATOR, '/investments/99');
    http.expectOne('/api/investments/99').flush(null, NOT_FOUND);
    http
      .expectOne((r) => r.url === '/api/investments/99/history')
      .flush(null, NOT_FOUND);
    flushInvestmentReferences(http);
    await settle();
    expect(textOf(view())).toContain('Investment proposal not found');
  });
});
