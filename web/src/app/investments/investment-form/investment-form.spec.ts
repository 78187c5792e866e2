import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  Router,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { UserView } from '@ws/domain';
import {
  button,
  choose,
  descriptionOf,
  field,
  textOf,
  typeInto,
} from '../../../testing/dom';
import { provideTestTranslations } from '../../../testing/i18n';
import {
  anInvestment,
  flushInvestmentReferences,
} from '../../../testing/investment-fixtures';
import {
  BAD_REQUEST,
  CONFLICT,
  COORDINATOR,
  POOL_NET_EDITOR,
  loginAs,
} from '../../../testing/reference-fixtures';
import { Session } from '../../core/auth/session';
import { InvestmentForm } from './investment-form';

@Component({ template: '' })
class DetailStub {}

describe('InvestmentForm', () => {
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
          [
            { path: 'investments/new', component: InvestmentForm },
            { path: 'investments/:id/edit', component: InvestmentForm },
            { path: 'investments/:id', component: DetailStub },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  const view = () => harness.routeNativeElement as HTMLElement;

  async function open(user: UserView, path: string) {
    TestBed.inject(Session).start(loginAs(user));
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(path);
    await settle();
  }

  async function settle() {
    for (let tick = 0; tick < 4; tick++) {
      await new Promise((resolve) => setTimeout(resolve));
      harness.fixture.detectChanges();
    }
  }

  it('lets an editor propose for its own partner, sending the amounts in exact cents', async () => {
    await open(POOL_NET_EDITOR, '/investments/new');
    flushInvestmentReferences(http);
    await settle();
    const lead = field<HTMLSelectElement>(view(), 'Lead partner');
    expect(lead.disabled).toBe(true);
    expect(lead.value).toBe('pool-net');

    typeInto(field(view(), 'Title'), 'Smart composites demonstrator');
    choose(field<HTMLSelectElement>(view(), 'Funding instrument'), 'ERDF');
    typeInto(field(view(), 'Amount (euros)'), '1 250 000,50');
    typeInto(field(view(), 'Co-financing (euros)'), '250000.05');
    typeInto(field(view(), 'Call deadline'), '2027-03-31');
    (
      view().querySelector('input[type="checkbox"]') as HTMLInputElement
    ).click();
    button(view(), 'Record the proposal').click();
    await settle();

    const request = http.expectOne({ method: 'POST', url: '/api/investments' });
    expect(request.request.body).toEqual({
      title: 'Smart composites demonstrator',
      instrument: 'erdf',
      call: null,
      amountCents: 125_000_050,
      cofinancingCents: 25_000_005,
      status: 'idea',
      lead: 'pool-net',
      partners: ['plastipolis'],
      regions: [],
      actions: [],
      deadline: '2027-03-31',
    });
    request.flush(anInvestment({ id: 9 }));
    await settle();
    expect(TestBed.inject(Router).url).toBe('/investments/9');
  });

  it('refuses an amount that is not euros before sending anything, and shows what the server refused', async () => {
    await open(COORDINATOR, '/investments/new');
    flushInvestmentReferences(http);
    await settle();
    typeInto(field(view(), 'Title'), 'Proposal');
    choose(field<HTMLSelectElement>(view(), 'Funding instrument'), 'ERDF');
    choose(field<HTMLSelectElement>(view(), 'Lead partner'), 'AFIL');
    const amount = field(view(), 'Amount (euros)');
    typeInto(amount, '12,345');
    typeInto(amount, '1.234,567');
    button(view(), 'Record the proposal').click();
    await settle();
    expect(descriptionOf(amount)).toContain('Enter an amount in euros');
    http.expectNone('/api/investments');

    typeInto(amount, '100');
    typeInto(field(view(), 'Co-financing (euros)'), '200');
    button(view(), 'Record the proposal').click();
    await settle();
    http.expectOne('/api/investments').flush(
      {
        statusCode: 400,
        message: 'Invalid request',
        errors: [
          {
            field: 'cofinancingCents',
            problems: ['cofinancingCents must not exceed amountCents'],
          },
        ],
      },
      BAD_REQUEST,
    );
    await settle();
    expect(descriptionOf(field(view(), 'Co-financing (euros)'))).toContain(
      'Must not exceed amountCents',
    );
  });

  it('moves a proposal only to the statuses it may reach, with a comment and the version read', async () => {
    await open(COORDINATOR, '/investments/1/edit');
    http.expectOne('/api/investments/1').flush(anInvestment({ version: 4 }));
    flushInvestmentReferences(http);
    await settle();
    const status = field<HTMLSelectElement>(view(), 'Status');
    expect(Array.from(status.options).map(textOf)).toEqual([
      'Business plan',
      'Idea',
      'Submitted',
      'Withdrawn',
    ]);
    expect(field(view(), 'Amount (euros)').value).toBe('6800000.00');
    choose(status, 'Submitted');
    await settle();
    typeInto(
      field<HTMLInputElement>(view(), 'Why the status changes'),
      'Sent on time',
    );
    button(view(), 'Save the proposal').click();
    await settle();
    const request = http.expectOne({
      method: 'PATCH',
      url: '/api/investments/1',
    });
    expect(request.request.body).toEqual({
      version: 4,
      status: 'submitted',
      comment: 'Sent on time',
    });
    request.flush({}, CONFLICT);
    await settle();
    expect(textOf(view())).toContain('Someone else changed this proposal');
  });

  it('tells an editor of another partner it may not edit the proposal', async () => {
    await open(POOL_NET_EDITOR, '/investments/1/edit');
    http.expectOne('/api/investments/1').flush(anInvestment());
    flushInvestmentReferences(http);
    await settle();
    expect(textOf(view())).toContain('You may not edit this proposal');
    expect(textOf(view())).toContain('Plastipolis leads this one');
    expect(view().querySelector('form')).toBeNull();
  });
});
