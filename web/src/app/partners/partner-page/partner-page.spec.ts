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
  heading,
  headings,
  link,
  textOf,
} from '../../../testing/dom';
import {
  EFFRA_DOMAIN_VIEWS,
  NOT_FOUND,
  REGION_VIEWS,
  SERVER_ERROR,
  STREAM_VIEWS,
  initiativesOf,
  page,
  partnerView,
} from '../../../testing/reference-fixtures';
import { PartnerPage } from './partner-page';
import { provideTestTranslations } from '../../../testing/i18n';

describe('PartnerPage', () => {
  let fixture: ComponentFixture<PartnerPage>;
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
  });

  afterEach(() => http.verify());

  function open(slug: string): void {
    fixture = TestBed.createComponent(PartnerPage);
    fixture.componentRef.setInput('slug', slug);
    view = fixture.nativeElement;
    fixture.detectChanges();
  }

  async function answer(slug: string): Promise<void> {
    const partner = partnerView(slug);
    http.expectOne(`/api/partners/${slug}`).flush(partner);
    http.expectOne('/api/regions').flush(page(REGION_VIEWS));
    http.expectOne('/api/streams').flush(page(STREAM_VIEWS));
    http.expectOne('/api/effra-domains').flush(page(EFFRA_DOMAIN_VIEWS));
    http
      .expectOne(`/api/initiatives?region=${partner.region}`)
      .flush(page(initiativesOf(partner.region)));
    await fixture.whenStable();
  }

  it('shows the partner, its region and country, kind and figures with their notes', async () => {
    open('microtec-sudwest');
    await answer('microtec-sudwest');

    expect(headings(view, 1)).toEqual(['microTEC Südwest']);
    expect(textOf(view)).toContain('Cluster in Baden-Württemberg, Germany');
    const facts = textOf(heading(view, 'Key facts').parentElement);
    expect(facts).toContain('Region Baden-Württemberg · Germany · Four Motors');
    expect(facts).toContain(
      'Network size 380 380 cluster partners (116 member in the association)',
    );
    expect(facts).toContain('SMEs 250');
    expect(facts).toContain('Main thematic Micro Systems Technologies');
    expect(view.querySelector('.badge')).toBeNull();
  });

  it('marks Plastipolis as the coordinator', async () => {
    open('plastipolis');
    await answer('plastipolis');
    expect(textOf(view.querySelector('h1'))).toBe('Plastipolis Coordinator');
  });

  it('shows the EFFRA domains of the partner with their titles', async () => {
    open('cluj-it-cluster');
    await answer('cluj-it-cluster');
    const domains = heading(view, 'EFFRA domains').parentElement as HTMLElement;
    expect(
      Array.from(domains.querySelectorAll('li strong')).map(textOf),
    ).toEqual(['Digital, virtual and resource-efficient factories']);
    expect(textOf(domains)).toContain('D3');
  });

  it('explains figures the concept note does not give instead of showing 0', async () => {
    open('eurecat');
    await answer('eurecat');
    const facts = textOf(heading(view, 'Key facts').parentElement);
    expect(facts).toContain('Network size — not given Not listed in Annex 1');
    expect(facts).toContain('SMEs — not given Not given in the concept note.');
    expect(facts).not.toMatch(/\b0\b/);
  });

  it('groups the initiatives of its region by stream', async () => {
    open('afil');
    await answer('afil');
    expect(headings(view, 2)).toContain('Regional initiatives in Lombardy');
    const stream1 = heading(view, /^Stream 1/).parentElement as HTMLElement;
    const stream2 = heading(view, /^Stream 2/).parentElement as HTMLElement;
    expect(textOf(stream1.querySelector('h3'))).toBe(
      'Stream 1 Regional Industry 4.0 alliances',
    );
    expect(
      Array.from(stream1.querySelectorAll('li strong')).map(textOf),
    ).toEqual(['Lombardy Intelligent factory ecosystem']);
    expect(
      Array.from(stream2.querySelectorAll('li strong')).map(textOf),
    ).toEqual(['RIS3 monitoring group', 'Cluster Steering Committee']);
  });

  it('says so when a stream has no initiative in the region', async () => {
    open('cep');
    const partner = partnerView('cep');
    http.expectOne('/api/partners/cep').flush(partner);
    http.expectOne('/api/regions').flush(page(REGION_VIEWS));
    http.expectOne('/api/streams').flush(page(STREAM_VIEWS));
    http.expectOne('/api/effra-domains').flush(page(EFFRA_DOMAIN_VIEWS));
    http
      .expectOne('/api/initiatives?region=ES51')
      .flush(page(initiativesOf('ES51').filter((i) => i.stream === 1)));
    await fixture.whenStable();
    const stream2 = heading(view, /^Stream 2/).parentElement as HTMLElement;
    expect(textOf(stream2)).toContain(
      'No initiative of this stream is listed for Catalonia.',
    );
  });

  it('links back to the partner list', async () => {
    open('bwcon');
    await answer('bwcon');
    const breadcrumb = view.querySelector(
      'nav[aria-label="Breadcrumb"]',
    ) as HTMLElement;
    expect(link(breadcrumb, 'Partners').getAttribute('href')).toBe('/partners');
  });

  it('shows the not-found page for an unknown partner', async () => {
    open('no-such-partner');
    http
      .expectOne('/api/partners/no-such-partner')
      .flush({ statusCode: 404, message: 'Partner not found' }, NOT_FOUND);
    await fixture.whenStable();
    expect(headings(view, 1)).toEqual(['Partner not found']);
    expect(textOf(view)).toContain('no-such-partner');
    expect(link(view, 'See all partners').getAttribute('href')).toBe(
      '/partners',
    );
    expect(byRole(view, 'alert')).toHaveLength(0);
  });

  it('shows an error with a retry when the API fails', async () => {
    open('bwcon');
    http
      .expectOne('/api/partners/bwcon')
      .flush(
        { statusCode: 500, message: 'Internal server error' },
        SERVER_ERROR,
      );
    await fixture.whenStable();
    const alert = byRole(view, 'alert')[0];
    expect(textOf(alert)).toContain('The partner could not be loaded');

    button(alert, 'Try again').click();
    fixture.detectChanges();
    await answer('bwcon');
    expect(headings(view, 1)).toEqual(['bwcon']);
  });
});
