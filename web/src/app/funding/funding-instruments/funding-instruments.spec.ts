import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { byRole, heading, textOf } from '../../../testing/dom';
import {
  FUNDING_INSTRUMENT_VIEWS,
  page,
} from '../../../testing/reference-fixtures';
import { FundingInstruments } from './funding-instruments';
import { provideTestTranslations } from '../../../testing/i18n';

describe('FundingInstruments', () => {
  let fixture: ComponentFixture<FundingInstruments>;
  let http: HttpTestingController;
  let view: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideTestTranslations(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(FundingInstruments);
    view = fixture.nativeElement;
    fixture.detectChanges();
  });

  afterEach(() => http.verify());

  function instrumentsUnder(sectionHeading: string): string[] {
    const section = heading(view, sectionHeading).parentElement as HTMLElement;
    return Array.from(section.querySelectorAll('h3')).map(textOf);
  }

  function card(name: string): string {
    return textOf(heading(view, name).parentElement);
  }

  describe('once loaded', () => {
    beforeEach(async () => {
      http
        .expectOne('/api/funding-instruments')
        .flush(page(FUNDING_INSTRUMENT_VIEWS));
      await fixture.whenStable();
    });

    it('separates the toolbox of the concept note from the current programmes', () => {
      expect(instrumentsUnder('Toolbox of the concept note')).toEqual([
        'Interreg',
        'H2020',
        'COSME',
        'Watify and Re-confirm',
        'European Fund for Strategic Investment (Juncker Plan)',
      ]);
      expect(instrumentsUnder('Current programmes')).toContain(
        'Horizon Europe',
      );
      expect(instrumentsUnder('Current programmes')).toHaveLength(11);
    });

    it('names the successors of each toolbox instrument', () => {
      expect(card('H2020')).toContain('Succeeded by Horizon Europe');
      expect(card('Interreg')).toContain(
        'Succeeded by Interreg Europe, Interreg Alpine Space, Interreg Central Europe, Interreg Sudoe, Interreg Euro-MED, Interreg Danube Region',
      );
    });

    it('names what each current programme succeeds', () => {
      expect(card('InvestEU')).toContain(
        'Succeeds European Fund for Strategic Investment (Juncker Plan)',
      );
      expect(card('ERDF')).not.toContain('Succeeds');
    });

    it('links a successor to its card on the same page', () => {
      const link = Array.from(view.querySelectorAll('a')).find(
        (a) => textOf(a) === 'Horizon Europe',
      );
      expect(link?.getAttribute('href')).toBe('/#horizon-europe');
      expect(view.querySelector('#horizon-europe')).not.toBeNull();
    });
  });

  it('shows an error when the instruments cannot be loaded', async () => {
    http
      .expectOne('/api/funding-instruments')
      .error(new ProgressEvent('error'), { status: 0, statusText: '' });
    await fixture.whenStable();
    expect(textOf(byRole(view, 'alert')[0])).toContain(
      'The server could not be reached',
    );
  });
});
