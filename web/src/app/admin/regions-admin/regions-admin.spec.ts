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
  CONFLICT,
  REGION_VIEWS,
  page,
} from '../../../testing/reference-fixtures';
import { RegionsAdmin } from './regions-admin';

describe('RegionsAdmin', () => {
  let fixture: ComponentFixture<RegionsAdmin>;
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
    fixture = TestBed.createComponent(RegionsAdmin);
    view = fixture.nativeElement;
    fixture.detectChanges();
    http.expectOne('/api/regions').flush(page(REGION_VIEWS));
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('lists the regions with their membership', () => {
    const rows = tableRows(view.querySelector('table') as Element);
    expect(rows).toHaveLength(REGION_VIEWS.length);
    expect(rows[0].slice(0, 4)).toEqual([
      'Auvergne-Rhône-Alpes',
      'FRK',
      'France',
      'Four Motors',
    ]);
  });

  it('adds a region, and shows the conflict when its code is taken', async () => {
    button(view, 'Add a region').click();
    await fixture.whenStable();
    typeInto(field(view, 'Code'), 'pt11');
    typeInto(field(view, 'Name'), 'Norte');
    typeInto(field(view, 'Country code'), 'PT');
    typeInto(field(view, 'Country'), 'Portugal');
    choose(field<HTMLSelectElement>(view, 'Membership'), 'Extended region');
    button(view, 'Add the region').click();
    const request = http.expectOne({ method: 'POST', url: '/api/regions' });
    expect(request.request.body).toEqual({
      code: 'PT11',
      name: 'Norte',
      country: 'PT',
      countryName: 'Portugal',
      membership: 'extended',
    });
    request.flush(
      {
        statusCode: 409,
        message: 'A region with the code PT11 already exists',
      },
      CONFLICT,
    );
    await fixture.whenStable();
    expect(textOf(view.querySelector('[role="alert"]'))).toBe(
      'A region with the code PT11 already exists',
    );
  });

  it('changes the membership of a region without touching its code', async () => {
    button(view, 'Edit Flanders').click();
    await fixture.whenStable();
    expect(field(view, 'Code').disabled).toBe(true);
    choose(field<HTMLSelectElement>(view, 'Membership'), 'Four Motors');
    button(view, 'Save the changes').click();
    const request = http.expectOne({
      method: 'PATCH',
      url: '/api/regions/BE2',
    });
    expect(request.request.body).toEqual({
      name: 'Flanders',
      country: 'BE',
      countryName: 'Belgium',
      membership: 'four_motors',
    });
    request.flush({ ...REGION_VIEWS[4], membership: 'four_motors' });
    TestBed.tick();
    http.expectOne('/api/regions').flush(page(REGION_VIEWS));
    await fixture.whenStable();
    expect(textOf(view)).toContain('Flanders is saved.');
  });
});
