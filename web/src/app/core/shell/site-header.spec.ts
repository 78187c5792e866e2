import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { UserView } from '@ws/domain';
import { link, links, textOf } from '../../../testing/dom';
import {
  COORDINATOR,
  PARTNERSHIP_VIEW,
  POOL_NET_EDITOR,
  VIEWER,
  loginAs,
} from '../../../testing/reference-fixtures';
import { Session } from '../auth/session';
import { SiteHeader } from './site-header';
import { provideTestTranslations } from '../../../testing/i18n';

describe('SiteHeader', () => {
  let fixture: ComponentFixture<SiteHeader>;
  let http: HttpTestingController;
  let view: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
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

  async function renderFor(user: UserView): Promise<void> {
    TestBed.inject(Session).start(loginAs(user));
    fixture = TestBed.createComponent(SiteHeader);
    view = fixture.nativeElement;
    fixture.detectChanges();
    http.expectOne('/api/partnership').flush(PARTNERSHIP_VIEW);
    http
      .expectOne((r) => r.url === '/api/notifications')
      .flush({ items: [], total: 3, unread: 3, page: 1, pageSize: 1 });
    await fixture.whenStable();
    fixture.detectChanges();
  }

  it('shows how many notifications are unread on the bell', async () => {
    await renderFor(POOL_NET_EDITOR);
    const bell = link(view, '3');
    expect(bell.getAttribute('aria-label')).toBe('Notifications, 3 unread');
    expect(bell.getAttribute('href')).toBe('/notifications');
  });

  const navLabels = () =>
    links(view.querySelector('nav[aria-label="Main"]') as HTMLElement).map(
      textOf,
    );

  it('hides the admin pages from a viewer', async () => {
    await renderFor(VIEWER);
    expect(navLabels()).toEqual([
      'Dashboard',
      'Partnership',
      'Actions',
      'Governance',
      'Reports',
      'Sessions',
      'Investments',
      'Partners',
      'Funding',
    ]);
  });

  it('hides the admin pages from a partner editor', async () => {
    await renderFor(POOL_NET_EDITOR);
    expect(navLabels()).not.toContain('Admin');
  });

  it('offers the admin pages to the coordinator', async () => {
    await renderFor(COORDINATOR);
    expect(navLabels()).toEqual([
      'Dashboard',
      'Partnership',
      'Actions',
      'Governance',
      'Reports',
      'Sessions',
      'Investments',
      'Partners',
      'Funding',
      'Admin',
    ]);
    expect(link(view, 'Admin').getAttribute('href')).toBe('/admin');
  });

  it('names the signed-in user, their role and their partner', async () => {
    await renderFor(POOL_NET_EDITOR);
    expect(textOf(view.querySelector('.account__user'))).toBe(
      'Signed in as Pool-Net editor Partner editor, Pool-Net',
    );
  });

  it('leads to the user’s own account page', async () => {
    await renderFor(VIEWER);
    expect(link(view, 'My account').getAttribute('href')).toBe('/account');
  });

  it('follows a change of the signed-in user’s name', async () => {
    await renderFor(VIEWER);
    TestBed.inject(Session).refreshUser({ ...VIEWER, displayName: 'Anna' });
    await fixture.whenStable();
    expect(textOf(view.querySelector('.account__user'))).toContain('Anna');
  });
});
