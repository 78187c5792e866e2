import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  byRole,
  button,
  columnHeaders,
  heading,
  headings,
  link,
  tableRows,
  textOf,
} from '../../../testing/dom';
import { flushOverviewRequests } from '../../../testing/overview-requests';
import { SERVER_ERROR } from '../../../testing/reference-fixtures';
import { PartnershipOverview } from './partnership-overview';
import { provideTestTranslations } from '../../../testing/i18n';

describe('PartnershipOverview', () => {
  let fixture: ComponentFixture<PartnershipOverview>;
  let http: HttpTestingController;
  let page: HTMLElement;

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
    fixture = TestBed.createComponent(PartnershipOverview);
    page = fixture.nativeElement;
    fixture.detectChanges();
  });

  afterEach(() => http.verify());

  async function loaded(): Promise<void> {
    flushOverviewRequests(http);
    await fixture.whenStable();
  }

  it('shows a loading state until the data arrives', async () => {
    expect(textOf(byRole(page, 'status')[0])).toContain('Loading');
    await loaded();
    expect(byRole(page, 'status')).toHaveLength(0);
  });

  it('lists the 12 partners of the consortium, each linking to its page', async () => {
    await loaded();
    const table = page.querySelector('table');
    if (!table) throw new Error('no partners table');
    const names = tableRows(table).map((cells) => cells[0]);
    expect(names).toHaveLength(12);
    expect(names).toEqual(
      expect.arrayContaining([
        'Plastipolis Coordinator',
        'microTEC Südwest',
        'Clúster Digital de Catalunya',
        'Pool-Net',
        'Eurecat',
      ]),
    );
    expect(link(table, 'microTEC Südwest').getAttribute('href')).toBe(
      '/partners/microtec-sudwest',
    );
  });

  it('shows the EFFRA domains as columns titled with the domain names', async () => {
    await loaded();
    const table = page.querySelector('table') as HTMLTableElement;
    expect(columnHeaders(table)).toEqual([
      'Partner',
      'Region',
      'Kind',
      'Network size',
      'SMEs',
      'Main thematic',
      'D1',
      'D2',
      'D3',
      'D4',
      'D5',
      'D6',
    ]);
    expect(table.querySelector('thead abbr')?.getAttribute('title')).toBe(
      'Advanced Manufacturing processes',
    );
    const clujIt = tableRows(table).find((cells) =>
      cells[0].startsWith('Cluj IT Cluster'),
    );
    expect(clujIt?.slice(6)).toEqual([
      'D1: no',
      'D2: no',
      'D3: yes',
      'D4: no',
      'D5: no',
      'D6: no',
    ]);
  });

  it('shows a dash with an explanation, not 0, for figures the concept note does not give', async () => {
    await loaded();
    const table = page.querySelector('table') as HTMLTableElement;
    const eurecat = tableRows(table).find((cells) => cells[0] === 'Eurecat');
    expect(eurecat?.[3]).toBe('— not given');
    expect(eurecat?.[4]).toBe('— not given');
    const missing = table.querySelector('.figure-missing');
    expect(missing?.getAttribute('title')).toContain('Not listed in Annex 1');
    expect(textOf(page)).toContain(
      'not given in Annex 1 of the concept note (Eurecat)',
    );
  });

  it('formats figures with thousands separators and sums the known ones', async () => {
    await loaded();
    const figures = textOf(page.querySelector('.key-figures'));
    expect(figures).toContain('Partners 12 coordinated by Plastipolis');
    expect(figures).toContain(
      'Regions 10 4 Four Motors · 4 associates · 2 extended',
    );
    expect(figures).toContain('Network size 2,443');
    expect(figures).toContain('SMEs 1,565');
    expect(figures).toContain('without Eurecat (figure not given)');
    expect(figures).toContain('Current phase Preparation phase 1 of 3');
  });

  it('lists the three phases in order and marks the current one', async () => {
    flushOverviewRequests(http, 'implementation');
    await fixture.whenStable();
    const phases = Array.from(page.querySelectorAll('.phases > li'));
    expect(phases.map((li) => textOf(li.querySelector('h3')))).toEqual([
      'Phase 1: Preparation',
      'Phase 2: Implementation',
      'Phase 3: Investment',
    ]);
    const current = page.querySelectorAll('[aria-current="step"]');
    expect(current).toHaveLength(1);
    expect(textOf(current[0])).toContain('Implementation Current phase');
  });

  it('lists the five activity streams with their titles', async () => {
    await loaded();
    const streams = textOf(heading(page, 'Activity streams').parentElement);
    expect(streams).toContain(
      'Stream 1: Connection to the different "Industry 4.0" regional Alliances or working groups',
    );
    expect(streams).toContain('Stream 5: Common projects tools');
    expect(page.querySelectorAll('.streams > li')).toHaveLength(5);
  });

  it('groups the regions by membership, with their country and partners', async () => {
    await loaded();
    expect(headings(page, 3)).toEqual(
      expect.arrayContaining(['Four Motors 4', 'Associates 4', 'Extended 2']),
    );
    const fourMotors = heading(page, 'Four Motors 4').closest(
      'section',
    ) as HTMLElement;
    expect(textOf(fourMotors)).toContain(
      'Baden-Württemberg Germany microTEC Südwest bwcon',
    );
    expect(link(fourMotors, 'bwcon').getAttribute('href')).toBe(
      '/partners/bwcon',
    );
    const associates = heading(page, 'Associates 4').closest(
      'section',
    ) as HTMLElement;
    expect(textOf(associates)).toContain(
      'Québec Canada No partner organisation yet',
    );
  });

  it('shows an error with a retry when the API fails, and recovers', async () => {
    http
      .expectOne('/api/partnership')
      .flush(
        { statusCode: 500, message: 'Internal server error' },
        SERVER_ERROR,
      );
    // The other requests are cancelled once one fails.
    expect(http.match(() => true).every((request) => request.cancelled)).toBe(
      true,
    );
    await fixture.whenStable();

    const alert = byRole(page, 'alert')[0];
    expect(textOf(alert)).toContain('The partnership could not be loaded');
    expect(textOf(alert)).toContain('error 500');
    expect(page.querySelector('table')).toBeNull();

    button(alert, 'Try again').click();
    fixture.detectChanges();
    await loaded();
    expect(byRole(page, 'alert')).toHaveLength(0);
    expect(page.querySelectorAll('tbody tr')).toHaveLength(12);
  });
});
