import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  byRole,
  button,
  descriptionOf,
  field,
  heading,
  textOf,
  typeInto,
} from '../../../testing/dom';
import {
  BAD_REQUEST,
  POOL_NET_EDITOR,
  loginAs,
} from '../../../testing/reference-fixtures';
import { authInterceptor } from '../../core/auth/auth.interceptor';
import { Session } from '../../core/auth/session';
import { MyAccount } from './my-account';
import { provideTestTranslations } from '../../../testing/i18n';

const OLD_TOKEN = 'old.token.signature';
const NEW_TOKEN = 'new.token.signature';

describe('MyAccount', () => {
  let fixture: ComponentFixture<MyAccount>;
  let http: HttpTestingController;
  let view: HTMLElement;
  let session: Session;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideTestTranslations(),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    session = TestBed.inject(Session);
    session.start(loginAs(POOL_NET_EDITOR, OLD_TOKEN));
    fixture = TestBed.createComponent(MyAccount);
    view = fixture.nativeElement;
    fixture.detectChanges();
    http.expectOne('/api/auth/me').flush(POOL_NET_EDITOR);
    skipCalendarFeed();
    await fixture.whenStable();
  });

  // The calendar feed below the form has tests of its own.
  function skipCalendarFeed(): void {
    http
      .expectOne('/api/calendar/feed')
      .flush(null, { status: 404, statusText: 'Not Found' });
  }

  afterEach(() => http.verify());

  const passwordForm = () =>
    heading(view, 'Change your password').closest('section') as HTMLElement;

  async function fillIn(current: string, next: string, again = next) {
    typeInto(field(passwordForm(), 'Current password'), current);
    typeInto(field(passwordForm(), 'New password'), next);
    typeInto(field(passwordForm(), 'Confirm the new password'), again);
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    button(view, 'Change password').click();
    await fixture.whenStable();
  }

  it('shows the user’s own details from the server', () => {
    const details = textOf(heading(view, 'Your details').closest('section'));
    expect(details).toContain('Name Pool-Net editor');
    expect(details).toContain('E-mail address editor.pool-net@4m4iof.example');
    expect(details).toContain('Role Partner editor');
    expect(details).toContain('Partner Pool-Net');
    expect(details).toContain('Last sign-in 1 Jul 2025, 18:30');
  });

  it('keeps the header up to date with what the server says', async () => {
    fixture.destroy();
    fixture = TestBed.createComponent(MyAccount);
    fixture.detectChanges();
    http
      .expectOne('/api/auth/me')
      .flush({ ...POOL_NET_EDITOR, displayName: 'Inês Ferreira' });
    skipCalendarFeed();
    await fixture.whenStable();
    expect(session.user()?.displayName).toBe('Inês Ferreira');
    expect(session.accessToken()).toBe(OLD_TOKEN);
  });

  it('changes the password and keeps working with the new token', async () => {
    await fillIn('e2e-password-123', 'Atlantic-Arc-2031');
    await submit();

    const change = http.expectOne('/api/auth/password');
    expect(change.request.method).toBe('POST');
    expect(change.request.headers.get('Authorization')).toBe(
      `Bearer ${OLD_TOKEN}`,
    );
    expect(change.request.body).toEqual({
      currentPassword: 'e2e-password-123',
      newPassword: 'Atlantic-Arc-2031',
    });
    change.flush(loginAs(POOL_NET_EDITOR, NEW_TOKEN));
    await fixture.whenStable();

    expect(session.accessToken()).toBe(NEW_TOKEN);
    expect(localStorage.getItem('4m4iof.session')).toContain(NEW_TOKEN);
    expect(textOf(byRole(passwordForm(), 'status')[0])).toContain(
      'Your password has been changed.',
    );
    expect(field(passwordForm(), 'Current password').value).toBe('');
  });

  it('shows a wrong current password next to that field', async () => {
    await fillIn('not-my-password', 'Atlantic-Arc-2031');
    await submit();
    http.expectOne('/api/auth/password').flush(
      {
        statusCode: 400,
        message:
          'Invalid request — currentPassword: currentPassword is not your current password',
        errors: [
          {
            field: 'currentPassword',
            problems: ['currentPassword is not your current password'],
          },
        ],
      },
      BAD_REQUEST,
    );
    await fixture.whenStable();

    const current = field(passwordForm(), 'Current password');
    expect(current.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(current)).toBe('This is not your current password.');
    expect(session.accessToken()).toBe(OLD_TOKEN);
  });

  it('explains the strength rule while the new password is typed', async () => {
    await fillIn('e2e-password-123', 'editor.pool-net-2031');
    const next = field(passwordForm(), 'New password');
    expect(descriptionOf(next)).toContain(
      'It must not contain the e-mail address.',
    );
    await submit();
    http.expectNone('/api/auth/password');
    expect(next.getAttribute('aria-invalid')).toBe('true');
  });

  it('asks for the same new password twice', async () => {
    await fillIn('e2e-password-123', 'Atlantic-Arc-2031', 'Atlantic-Arc-2030');
    await submit();
    expect(
      descriptionOf(field(passwordForm(), 'Confirm the new password')),
    ).toBe('This is not the same as the new password.');
    http.expectNone('/api/auth/password');
  });
});
