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
import {
  MailLogEntry,
  MailStatus,
  NotificationPage,
  NotificationView,
} from '@ws/domain';
import { button, field, link, tableRows, textOf } from '../../testing/dom';
import { provideTestTranslations } from '../../testing/i18n';
import {
  BAD_REQUEST,
  COORDINATOR,
  POOL_NET_EDITOR,
  SERVER_ERROR,
  loginAs,
} from '../../testing/reference-fixtures';
import { ACCOUNT_ROUTES } from '../account/account.routes';
import { ADMIN_ROUTES } from '../admin/admin.routes';
import { Session } from '../core/auth/session';
import { LanguagePreference } from '../core/i18n/language-preference';
import { NotificationBell } from './notification-bell/notification-bell';
import { NOTIFICATIONS_ROUTES } from './notifications.routes';
import { UnreadCount } from './unread-count';

@Component({ template: '<p>Action page</p>' })
class ActionPage {}

const COMMENT: NotificationView = {
  id: 7,
  kind: 'comment',
  data: {
    code: 'S1-02',
    title: 'Map the alliances',
    author: 'Eurecat editor',
    excerpt: 'Survey sent',
  },
  path: '/actions/12#comments-title',
  createdAt: '2026-11-25T09:00:00.000Z',
  readAt: null,
};
const OVERDUE: NotificationView = {
  id: 6,
  kind: 'action-overdue',
  data: { code: 'S2-01', title: 'Pilot call', dueDate: '2026-11-20' },
  path: '/actions/3?update=status',
  createdAt: '2026-11-24T07:00:00.000Z',
  readAt: '2026-11-24T08:00:00.000Z',
};

const notificationPage = (
  items: NotificationView[],
  unread = items.filter((n) => !n.readAt).length,
): NotificationPage => ({
  items,
  total: items.length,
  unread,
  page: 1,
  pageSize: 20,
});

describe('notifications', () => {
  let http: HttpTestingController;
  let harness: RouterTestingHarness;
  let view: HTMLElement;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTestTranslations(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'notifications', children: NOTIFICATIONS_ROUTES },
            { path: 'account', children: ACCOUNT_ROUTES },
            { path: 'admin', children: ADMIN_ROUTES },
            { path: 'actions/:id', component: ActionPage },
            { path: 'no-access', component: ActionPage },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start(loginAs(POOL_NET_EDITOR));
  });
  afterEach(() => http.verify());

  async function open(url: string): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    view = harness.routeNativeElement as HTMLElement;
  }
  async function settle(): Promise<void> {
    for (let tick = 0; tick < 5; tick++) {
      await new Promise((resolve) => setTimeout(resolve));
      harness.fixture.detectChanges();
    }
  }
  const listRequest = () =>
    http.expectOne((r) => r.url === '/api/notifications');

  describe('the list', () => {
    it('tells what happened, marks the unread ones in words, and names the count', async () => {
      await open('/notifications');
      listRequest().flush(notificationPage([COMMENT, OVERDUE]));
      await settle();

      const items = Array.from(view.querySelectorAll('li.notification')).map(
        (li) => textOf(li.querySelector('a')),
      );
      expect(items).toEqual([
        'New Eurecat editor commented on S1-02 Map the alliances: "Survey sent"',
        'S2-01 Pilot call is overdue (it was due 20 Nov 2026).',
      ]);
      expect(textOf(view.querySelector('[role="status"]'))).toBe('1 unread');
      expect(link(view, 'E-mail preferences').getAttribute('href')).toBe(
        '/account/notifications',
      );
      expect(view.textContent).not.toContain('E-mail log');
    });

    it('leads the coordinator to the mail log', async () => {
      TestBed.inject(Session).start(loginAs(COORDINATOR));
      await open('/notifications');
      listRequest().flush(notificationPage([]));
      await settle();
      expect(link(view, 'E-mail log').getAttribute('href')).toBe('/admin/mail');
    });

    it('speaks the chosen language, dates included', async () => {
      TestBed.inject(LanguagePreference).use('fr');
      await open('/notifications');
      listRequest().flush(notificationPage([OVERDUE]));
      await settle();
      expect(textOf(view.querySelector('li.notification a'))).toBe(
        'S2-01 Pilot call est en retard (échéance le 20 nov. 2026).',
      );
    });

    it('marks a notification read when it is opened, and lands on its page', async () => {
      await open('/notifications');
      listRequest().flush(notificationPage([COMMENT]));
      await settle();

      link(view, /commented on S1-02/).click();
      const read = http.expectOne('/api/notifications/7/read');
      expect(read.request.method).toBe('POST');
      read.flush({ ...COMMENT, readAt: '2026-11-25T10:00:00.000Z' });
      listRequest().flush(notificationPage([], 0));
      await settle();
      const router = TestBed.inject(Router);
      expect(router.url).toBe('/actions/12#comments-title');
    });

    it('marks all read and shows the list again', async () => {
      await open('/notifications');
      listRequest().flush(notificationPage([COMMENT]));
      await settle();
      button(view, 'Mark all as read').click();
      http.expectOne('/api/notifications/read-all').flush({ marked: 1 });
      await settle();
      listRequest().flush(
        notificationPage([{ ...COMMENT, readAt: '2026-11-25T10:00:00.000Z' }]),
      );
      await settle();
      expect(textOf(view.querySelector('[role="status"]'))).toBe('0 unread');
      expect(view.querySelector('.notification__new')).toBeNull();
      expect(view.textContent).not.toContain('Mark all as read');
    });

    it('says when the list cannot be loaded, and tries again', async () => {
      await open('/notifications');
      listRequest().flush(null, SERVER_ERROR);
      await settle();
      expect(textOf(view.querySelector('[role="alert"] h2'))).toBe(
        'The notifications could not be loaded',
      );
      button(view, 'Try again').click();
      await settle();
      listRequest().flush(notificationPage([]));
      await settle();
      expect(view.textContent).toContain('No notifications yet.');
    });
  });

  describe('the bell', () => {
    it('shows the unread count to eyes and screen readers, and none when all is read', async () => {
      const fixture = TestBed.createComponent(NotificationBell);
      fixture.detectChanges();
      const request = http.expectOne(
        (r) =>
          r.url === '/api/notifications' && r.params.get('unread') === 'true',
      );
      request.flush(notificationPage([COMMENT, OVERDUE], 2));
      fixture.detectChanges();
      await fixture.whenStable();
      const bell = fixture.nativeElement.querySelector(
        'a',
      ) as HTMLAnchorElement;
      expect(bell.getAttribute('aria-label')).toBe('Notifications, 2 unread');
      expect(textOf(bell)).toBe('2');
      expect(bell.getAttribute('href')).toBe('/notifications');

      TestBed.inject(UnreadCount).set(0);
      fixture.detectChanges();
      expect(bell.getAttribute('aria-label')).toBe('Notifications');
      expect(textOf(bell)).toBe('');
      fixture.destroy();
    });
  });

  describe('the preferences', () => {
    it('shows the saved choices and saves new ones', async () => {
      await open('/account/notifications');
      http.expectOne('/api/notifications/preferences').flush({
        email: true,
        weeklyDigest: true,
        commentsAndDecisions: 'immediate',
        language: 'en',
      });
      await settle();
      expect(field(view, 'Send me e-mails').checked).toBe(true);
      expect(field(view, 'At once').checked).toBe(true);

      field(view, 'In a daily digest').click();
      const language = field<HTMLSelectElement>(
        view,
        'Language of the e-mails',
      );
      language.value = 'de';
      language.dispatchEvent(new Event('change'));
      field(
        view,
        'Weekly digest of the actions that need an update (coordinators: who is behind)',
      ).click();
      button(view, 'Save preferences').click();
      const save = http.expectOne('/api/notifications/preferences');
      expect(save.request.method).toBe('PUT');
      expect(save.request.body).toEqual({
        email: true,
        weeklyDigest: false,
        commentsAndDecisions: 'daily',
        language: 'de',
      });
      save.flush(save.request.body);
      await settle();
      expect(textOf(view.querySelector('.form-success'))).toBe(
        'Your preferences are saved.',
      );
    });

    it('says why a save was refused', async () => {
      await open('/account/notifications');
      http.expectOne('/api/notifications/preferences').flush({
        email: false,
        weeklyDigest: true,
        commentsAndDecisions: 'off',
        language: 'it',
      });
      await settle();
      button(view, 'Save preferences').click();
      http.expectOne('/api/notifications/preferences').flush(
        {
          statusCode: 400,
          message:
            'Invalid request — language: language must be one of en, fr, de, it, es',
        },
        BAD_REQUEST,
      );
      await settle();
      expect(view.querySelector('[role="alert"]')).not.toBeNull();
    });
  });

  describe('the mail log', () => {
    const status = (overrides: Partial<MailStatus> = {}): MailStatus => ({
      enabled: true,
      from: '4M4IoF Roadmap <roadmap@4m4iof.example>',
      server: 'smtp://mail.example:587',
      publicUrl: 'https://roadmap.example',
      pending: 0,
      failed: 1,
      ...overrides,
    });
    const FAILED: MailLogEntry = {
      id: 3,
      kind: 'notification',
      recipient: 'editor.pool-net@4m4iof.example',
      subject: 'New comment on S1-02 Map the alliances',
      key: 'notification:9',
      state: 'failed',
      attempts: 5,
      lastError: 'Mailbox busy',
      createdAt: '2026-11-25T09:00:00.000Z',
      sentAt: null,
      nextAttemptAt: null,
    };

    beforeEach(() => TestBed.inject(Session).start(loginAs(COORDINATOR)));

    it('says whether e-mail is on and lists each mail with what became of it', async () => {
      await open('/admin/mail');
      http.expectOne('/api/mail/status').flush(status());
      http
        .expectOne((r) => r.url === '/api/mail/log')
        .flush({ items: [FAILED], total: 1, page: 1, pageSize: 50 });
      await settle();
      expect(textOf(view.querySelector('#mail-status-title'))).toBe(
        'E-mail is on',
      );
      expect(
        tableRows(view.querySelector('table') as HTMLTableElement),
      ).toEqual([
        [
          '25 Nov 2026, 10:00',
          'editor.pool-net@4m4iof.example',
          'New comment on S1-02 Map the alliances notification:9',
          'Failed',
          '5',
          'Mailbox busy',
        ],
      ]);

      const state = field<HTMLSelectElement>(view, 'State');
      state.value = 'failed';
      state.dispatchEvent(new Event('change'));
      await settle();
      const filtered = http.expectOne((r) => r.url === '/api/mail/log');
      expect(filtered.request.params.get('state')).toBe('failed');
      filtered.flush({ items: [], total: 0, page: 1, pageSize: 50 });
      await settle();
      expect(view.textContent).toContain('No mail yet.');
    });

    it('explains that nothing is sent without an SMTP server', async () => {
      await open('/admin/mail');
      http
        .expectOne('/api/mail/status')
        .flush(status({ enabled: false, server: null, from: null, failed: 0 }));
      http
        .expectOne((r) => r.url === '/api/mail/log')
        .flush({ items: [], total: 0, page: 1, pageSize: 50 });
      await settle();
      expect(textOf(view.querySelector('#mail-status-title'))).toBe(
        'E-mail is off',
      );
      expect(view.textContent).toContain(
        'No SMTP server is configured (SMTP_URL)',
      );
    });
  });
});
