import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  button,
  choose,
  field,
  tableRows,
  textOf,
  typeInto,
} from '../../../testing/dom';
import { provideTestTranslations } from '../../../testing/i18n';
import {
  BAD_REQUEST,
  CONFLICT,
  PARTNER_VIEWS,
  REGION_VIEWS,
  page,
  partnerView,
} from '../../../testing/reference-fixtures';
import { PartnersAdmin } from './partners-admin';

describe('PartnersAdmin', () => {
  let fixture: ComponentFixture<PartnersAdmin>;
  let http: HttpTestingController;
  let view: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideTestTranslations(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PartnersAdmin);
    view = fixture.nativeElement;
    fixture.detectChanges();
    await respondWithLists();
  });

  afterEach(() => http.verify());

  async function respondWithLists(partners = PARTNER_VIEWS): Promise<void> {
    TestBed.tick();
    http.expectOne('/api/partners').flush(page(partners));
    http.expectOne('/api/regions').flush(page(REGION_VIEWS));
    await fixture.whenStable();
  }

  it('lists every partner with its status, and offers no way to retire the coordinator', () => {
    const rows = tableRows(view.querySelector('table') as Element);
    expect(rows).toHaveLength(PARTNER_VIEWS.length);
    expect(rows[0].slice(0, 5)).toEqual([
      'Plastipolis Coordinator',
      'plastipolis',
      'Auvergne-Rhône-Alpes',
      'Cluster',
      'Active',
    ]);
    expect(() => button(view, 'Retire Plastipolis')).toThrow();
    expect(button(view, 'Retire CEP')).toBeTruthy();
  });

  it('adds a partner, sending the fields the API names', async () => {
    button(view, 'Add a partner').click();
    await fixture.whenStable();
    button(view, 'Add the partner').click();
    await fixture.whenStable();
    expect(textOf(view)).toContain('This field is required.');
    http.expectNone('/api/partners');

    typeInto(field(view, 'Name'), 'Cluster Nova');
    choose(field<HTMLSelectElement>(view, 'Region'), 'Centro Portugal (PT16)');
    typeInto(field(view, 'Number of SMEs'), '80');
    (view.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
    button(view, 'Add the partner').click();
    const request = http.expectOne({ method: 'POST', url: '/api/partners' });
    expect(request.request.body).toEqual({
      name: 'Cluster Nova',
      region: 'PT16',
      kind: 'cluster',
      networkSize: null,
      smes: 80,
      thematic: '',
      effraDomains: ['D1'],
    });
    request.flush({ ...partnerView('cep'), name: 'Cluster Nova' });
    await respondWithLists();
    expect(textOf(view)).toContain('Cluster Nova is saved.');
  });

  it('retires a partner, handing its open actions over, and shows why the API refused', async () => {
    button(view, 'Retire CEP').click();
    await fixture.whenStable();
    button(view, 'Retire CEP').click();
    http.expectOne('/api/partners/cep/retire').flush(
      {
        statusCode: 409,
        message:
          'The joint action plan is adopted: CEP still leads S2-03; name the partner who takes them over (reassignTo)',
      },
      CONFLICT,
    );
    await fixture.whenStable();
    expect(textOf(view.querySelector('[role="alert"]'))).toContain(
      'CEP still leads S2-03',
    );

    choose(
      field<HTMLSelectElement>(view, 'Hand its open actions over to'),
      'AFIL',
    );
    button(view, 'Retire CEP').click();
    const request = http.expectOne('/api/partners/cep/retire');
    expect(request.request.body).toEqual({ reassignTo: 'afil' });
    request.flush({ ...partnerView('cep'), retired: true });
    await respondWithLists(
      PARTNER_VIEWS.map((p) =>
        p.slug === 'cep' ? { ...p, retired: true } : p,
      ),
    );
    expect(button(view, 'Reinstate CEP')).toBeTruthy();
  });

  it('puts the problems the API names next to their fields', async () => {
    button(view, 'Edit CEP').click();
    await fixture.whenStable();
    typeInto(field(view, 'Size of the network'), '12');
    button(view, 'Save the changes').click();
    http.expectOne('/api/partners/cep').flush(
      {
        statusCode: 400,
        message: 'Invalid request',
        errors: [
          {
            field: 'networkSize',
            problems: ['networkSize must not be greater than 10000000'],
          },
        ],
      },
      BAD_REQUEST,
    );
    await fixture.whenStable();
    expect(textOf(view)).toContain('Must not be greater than 10000000');
  });
});
