import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { Location } from '@angular/common';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import {
  Router,
  TitleStrategy,
  provideRouter,
  withComponentInputBinding,
} from '@angular/router';
import { button, headings, link, links, textOf } from '../testing/dom';
import {
  EFFRA_DOMAIN_VIEWS,
  HEALTH_VIEW,
  LOGIN_RESPONSE,
  NOT_FOUND,
  PARTNERSHIP_VIEW,
  REGION_VIEWS,
  STREAM_VIEWS,
  initiativesOf,
  page,
  partnerView,
} from '../testing/reference-fixtures';
import { App } from './app';
import { appRoutes } from './app.routes';
import { authInterceptor } from './core/auth/auth.interceptor';
import { Session } from './core/auth/session';
import { PageTitleStrategy } from './core/page-title-strategy';
import { provideTestTranslations } from '../testing/i18n';

describe('App', () => {
  let fixture: ComponentFixture<App>;
  let http: HttpTestingController;
  let router: Router;
  let view: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTestTranslations(),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter(appRoutes, withComponentInputBinding()),
        { provide: TitleStrategy, useClass: PageTitleStrategy },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => http.verify());

  function render(): void {
    fixture = TestBed.createComponent(App);
    view = fixture.nativeElement;
    fixture.detectChanges();
  }

  // Lazy routes load asynchronously: wait for the request to be made.
  async function request(url: string): Promise<TestRequest> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const [found] = http.match(url);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
    }
    return http.expectOne(url);
  }

  async function settle(): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt++) {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
    }
    await fixture.whenStable();
  }

  const mainNav = () =>
    view.querySelector('nav[aria-label="Main"]') as HTMLElement | null;

  describe('signed out', () => {
    beforeEach(async () => {
      render();
      http.expectOne('/api/health').flush(HEALTH_VIEW);
      await fixture.whenStable();
    });

    it('sends a visitor to the sign-in page, keeping where they wanted to go', async () => {
      await router.navigateByUrl('/partners/bwcon');
      await settle();
      expect(router.url).toBe('/sign-in?returnUrl=%2Fpartners%2Fbwcon');
      expect(headings(view, 1)).toEqual(['Sign in']);
      expect(TestBed.inject(Title).getTitle()).toBe('Sign in · 4M4IoF Roadmap');
    });

    it('shows no navigation but the product name and version', () => {
      expect(mainNav()).toBeNull();
      expect(textOf(view.querySelector('header'))).toContain('4M4IoF Roadmap');
      expect(textOf(view.querySelector('footer'))).toContain('Version 0.1.0');
    });
  });

  describe('signed in', () => {
    beforeEach(async () => {
      TestBed.inject(Session).start(LOGIN_RESPONSE);
      render();
      const partnership = await request('/api/partnership');
      expect(partnership.request.headers.get('Authorization')).toBe(
        `Bearer ${LOGIN_RESPONSE.accessToken}`,
      );
      partnership.flush(PARTNERSHIP_VIEW);
      const health = http.expectOne('/api/health');
      health.flush(HEALTH_VIEW);
      http
        .expectOne((r) => r.url === '/api/notifications')
        .flush({ items: [], total: 0, unread: 0, page: 1, pageSize: 1 });
      await fixture.whenStable();
    });

    it('names the product, the partnership and the user in the header', () => {
      const header = view.querySelector('header') as HTMLElement;
      expect(textOf(header)).toContain('4M4IoF Roadmap');
      expect(textOf(header)).toContain('4 Motors 4 Industry of the Future');
      expect(textOf(header)).toContain('Signed in as Observer Viewer');
    });

    it('has a main navigation to the pages that exist', () => {
      expect(
        links(mainNav() as HTMLElement).map((a) => [
          textOf(a),
          a.getAttribute('href'),
        ]),
      ).toEqual([
        ['Dashboard', '/dashboard'],
        ['Partnership', '/'],
        ['Actions', '/actions'],
        ['Governance', '/governance'],
        ['Reports', '/reports'],
        ['Sessions', '/sessions'],
        ['Investments', '/investments'],
        ['Partners', '/partners'],
        ['Funding', '/funding-instruments'],
      ]);
    });

    it('shows the version in the footer', () => {
      expect(textOf(view.querySelector('footer'))).toContain('Version 0.1.0');
      expect(textOf(view.querySelector('footer'))).toContain(
        '4 Motors 4 Industry of the Future',
      );
    });

    it('has a main landmark and a skip link to it', () => {
      expect(view.querySelector('main#main')).not.toBeNull();
      expect(textOf(link(view, 'Skip to main content'))).toBe(
        'Skip to main content',
      );
    });

    it('shows the not-found page for an unknown address', async () => {
      await router.navigateByUrl('/no/such/page');
      await settle();
      expect(headings(view, 1)).toEqual(['Page not found']);
      expect(TestBed.inject(Title).getTitle()).toBe(
        'Page not found · 4M4IoF Roadmap',
      );
    });

    it('opens a partner page from its address and names the tab after it', async () => {
      const navigation = router.navigateByUrl('/partners/microtec-sudwest');
      (await request('/api/partners/microtec-sudwest')).flush(
        partnerView('microtec-sudwest'),
      );
      await navigation;
      (await request('/api/regions')).flush(page(REGION_VIEWS));
      (await request('/api/streams')).flush(page(STREAM_VIEWS));
      (await request('/api/effra-domains')).flush(page(EFFRA_DOMAIN_VIEWS));
      (await request('/api/initiatives?region=DE1')).flush(
        page(initiativesOf('DE1')),
      );
      await settle();

      expect(headings(view, 1)).toEqual(['microTEC Südwest']);
      expect(TestBed.inject(Title).getTitle()).toBe(
        'microTEC Südwest · 4M4IoF Roadmap',
      );
      const nav = mainNav() as HTMLElement;
      expect(link(nav, 'Partners').getAttribute('aria-current')).toBe('page');
      expect(link(nav, 'Partnership').getAttribute('aria-current')).toBeNull();
    });

    it('moves the focus to the new page after an in-app navigation', async () => {
      document.body.appendChild(view);
      await router.navigateByUrl('/first/page');
      await settle();
      expect(document.activeElement).toBe(document.body);

      await router.navigateByUrl('/second/page');
      await settle();
      expect(document.activeElement).toBe(view.querySelector('main'));
      view.remove();
    });

    it('keeps the focus in place when only the query changes, as a filter does', async () => {
      document.body.appendChild(view);
      await router.navigateByUrl('/first/page');
      await settle();
      const filter = document.createElement('select');
      view.querySelector('main')?.appendChild(filter);
      filter.focus();

      await router.navigateByUrl('/first/page?status=planned');
      await settle();
      expect(document.activeElement).toBe(filter);

      await router.navigateByUrl('/second/page?status=planned');
      await settle();
      expect(document.activeElement).toBe(view.querySelector('main'));
      view.remove();
    });

    it('switches to the language chosen in the header, the tab title included', async () => {
      await router.navigateByUrl('/no/such/page');
      await settle();
      const picker = view.querySelector('header select') as HTMLSelectElement;
      expect(picker.labels?.[0]?.textContent).toContain('Language');

      picker.value = 'fr';
      picker.dispatchEvent(new Event('change'));
      await settle();

      expect(headings(view, 1)).toEqual(['Page introuvable']);
      const nav = view.querySelector('header nav') as HTMLElement;
      expect(nav.getAttribute('aria-label')).toBe('Principale');
      expect(link(nav, 'Tableau de bord')).toBeTruthy();
      expect(TestBed.inject(Title).getTitle()).toBe(
        'Page introuvable · 4M4IoF Roadmap',
      );
      expect(document.documentElement.lang).toBe('fr');
      expect(localStorage.getItem('4m4iof.language')).toBe('fr');
    });

    it('shows the not-found page for an unknown partner', async () => {
      const navigation = router.navigateByUrl('/partners/nobody');
      (await request('/api/partners/nobody')).flush(
        { statusCode: 404, message: 'Partner not found' },
        NOT_FOUND,
      );
      await navigation;
      // The tab title and the page share the request; the page asks again
      // because failures are not kept.
      (await request('/api/partners/nobody')).flush(
        { statusCode: 404, message: 'Partner not found' },
        NOT_FOUND,
      );
      await settle();

      expect(headings(view, 1)).toEqual(['Partner not found']);
      expect(TestBed.inject(Title).getTitle()).toBe(
        'Partner not found · 4M4IoF Roadmap',
      );
    });

    it('tells a viewer who opens the admin pages that they have no access there', async () => {
      await router.navigateByUrl('/admin');
      await settle();
      expect(headings(view, 1)).toEqual([
        'You do not have access to this page',
      ]);
      expect(textOf(view.querySelector('main'))).toContain(
        'Your account (Viewer) may not use this page.',
      );
      expect(TestBed.inject(Location).path()).toBe('/admin');
      expect(TestBed.inject(Title).getTitle()).toBe(
        'No access · 4M4IoF Roadmap',
      );
    });

    it('signs out to the sign-in page', async () => {
      button(view, 'Sign out').click();
      await settle();
      expect(router.url).toBe('/sign-in?reason=signed-out');
      expect(textOf(view.querySelector('[role="status"]'))).toBe(
        'You are signed out.',
      );
      expect(mainNav()).toBeNull();
      expect(localStorage.length).toBe(0);
    });

    it('asks to sign in again when the API says the session has ended', async () => {
      await router.navigateByUrl('/funding-instruments');
      (await request('/api/funding-instruments')).flush(
        { statusCode: 401, message: 'Unauthorized' },
        { status: 401, statusText: 'Unauthorized' },
      );
      await settle();
      expect(router.url).toBe(
        '/sign-in?returnUrl=%2Ffunding-instruments&reason=expired',
      );
      expect(textOf(view.querySelector('[role="status"]'))).toBe(
        'Your session has ended. Please sign in again.',
      );
    });
  });
});
