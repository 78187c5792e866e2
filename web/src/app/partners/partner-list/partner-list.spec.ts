import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { byRole, tableRows, textOf } from '../../../testing/dom';
import {
  EFFRA_DOMAIN_VIEWS,
  PARTNER_VIEWS,
  page,
} from '../../../testing/reference-fixtures';
import { PartnerList } from './partner-list';
import { provideTestTranslations } from '../../../testing/i18n';

describe('PartnerList', () => {
  let fixture: ComponentFixture<PartnerList>;
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
    fixture = TestBed.createComponent(PartnerList);
    view = fixture.nativeElement;
    fixture.detectChanges();
    http.expectOne('/api/partners').flush(page(PARTNER_VIEWS));
    http.expectOne('/api/effra-domains').flush(page(EFFRA_DOMAIN_VIEWS));
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function partnerNames(): string[] {
    return tableRows(view.querySelector('table') as HTMLTableElement).map(
      (cells) => cells[0],
    );
  }

  async function filterBy(query: string): Promise<void> {
    const input = view.querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) throw new Error('no filter field');
    input.value = query;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  it('lists every partner', () => {
    expect(partnerNames()).toHaveLength(12);
    expect(textOf(byRole(view, 'status')[0])).toBe('12 of 12 partners');
  });

  it('has a labelled filter field', () => {
    const label = view.querySelector('label');
    expect(textOf(label)).toContain('Filter partners');
    expect(label?.querySelector('input')).not.toBeNull();
  });

  it('filters by region, ignoring accents and case', async () => {
    await filterBy('baden-wurttemberg');
    expect(partnerNames()).toEqual(['microTEC Südwest', 'bwcon']);
    expect(textOf(byRole(view, 'status')[0])).toBe('2 of 12 partners');
  });

  it('filters by thematic', async () => {
    await filterBy('composites');
    expect(partnerNames()).toEqual(['Plastipolis Coordinator', 'CEP']);
  });

  it('says when no partner matches', async () => {
    await filterBy('aerospace');
    expect(partnerNames()).toEqual(['No partner matches.']);
  });
});
