import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { byRole, button, textOf } from '../../../../testing/dom';
import { LOGIN_RESPONSE } from '../../../../testing/reference-fixtures';
import { Session } from '../session';
import { SignIn } from './sign-in';
import { provideTestTranslations } from '../../../../testing/i18n';

describe('SignIn', () => {
  let fixture: ComponentFixture<SignIn>;
  let http: HttpTestingController;
  let view: HTMLElement;
  let navigateByUrl: jest.SpyInstance;

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
    navigateByUrl = jest
      .spyOn(TestBed.inject(Router), 'navigateByUrl')
      .mockResolvedValue(true);
  });

  afterEach(() => http.verify());

  async function open(inputs: Record<string, string> = {}): Promise<void> {
    fixture = TestBed.createComponent(SignIn);
    for (const [name, value] of Object.entries(inputs)) {
      fixture.componentRef.setInput(name, value);
    }
    view = fixture.nativeElement;
    await fixture.whenStable();
  }

  function field(label: string): HTMLInputElement {
    const labelElement = Array.from(view.querySelectorAll('label')).find(
      (l) => textOf(l) === label,
    );
    const input = labelElement
      ? view.querySelector<HTMLInputElement>(`#${labelElement.htmlFor}`)
      : null;
    if (!input) throw new Error(`no field labelled ${label}`);
    return input;
  }

  function type(label: string, value: string): void {
    const input = field(label);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    button(view, 'Sign in').click();
    await fixture.whenStable();
  }

  it('asks for an e-mail address and a password', async () => {
    await open();
    expect(field('E-mail address').getAttribute('autocomplete')).toBe(
      'username',
    );
    expect(field('Password').type).toBe('password');
  });

  it('explains missing fields without calling the server', async () => {
    await open();
    await submit();
    expect(textOf(view)).toContain('Enter your e-mail address');
    expect(textOf(view)).toContain('Enter your password.');
    expect(field('Password').getAttribute('aria-invalid')).toBe('true');
    http.expectNone('/api/auth/login');
  });

  it('signs in and goes back to the page that was asked for', async () => {
    await open({ returnUrl: '/partners/bwcon' });
    type('E-mail address', ' viewer@4m4iof.example ');
    type('Password', 'e2e-password-123');
    await submit();

    const login = http.expectOne('/api/auth/login');
    expect(login.request.method).toBe('POST');
    expect(login.request.body).toEqual({
      email: 'viewer@4m4iof.example',
      password: 'e2e-password-123',
    });
    expect(textOf(button(view, /Signing in/))).toBe('Signing in…');
    login.flush(LOGIN_RESPONSE);
    await fixture.whenStable();

    expect(TestBed.inject(Session).user()?.displayName).toBe('Observer');
    expect(navigateByUrl).toHaveBeenCalledWith('/partners/bwcon');
  });

  it('never follows a return address outside the app', async () => {
    await open({ returnUrl: '//elsewhere.example/phish' });
    type('E-mail address', 'viewer@4m4iof.example');
    type('Password', 'e2e-password-123');
    await submit();
    http.expectOne('/api/auth/login').flush(LOGIN_RESPONSE);
    await fixture.whenStable();
    expect(navigateByUrl).toHaveBeenCalledWith('/');
  });

  it('says so when the e-mail address or password is wrong', async () => {
    await open();
    type('E-mail address', 'viewer@4m4iof.example');
    type('Password', 'wrong');
    await submit();
    http
      .expectOne('/api/auth/login')
      .flush(
        { statusCode: 401, message: 'Wrong e-mail or password' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await fixture.whenStable();
    expect(textOf(byRole(view, 'alert')[0])).toBe(
      'The e-mail address or the password is wrong.',
    );
    expect(TestBed.inject(Session).user()).toBeNull();
    expect(button(view, 'Sign in').disabled).toBe(false);
  });

  it('passes on the wait after too many failed attempts', async () => {
    await open();
    type('E-mail address', 'viewer@4m4iof.example');
    type('Password', 'wrong');
    await submit();
    http.expectOne('/api/auth/login').flush(
      {
        statusCode: 429,
        message: 'Too many failed sign-in attempts; try again in 60 seconds',
      },
      { status: 429, statusText: 'Too Many Requests' },
    );
    await fixture.whenStable();
    expect(textOf(byRole(view, 'alert')[0])).toBe(
      'Too many failed sign-in attempts; try again in 60 seconds',
    );
  });

  it('tells why the user has to sign in again', async () => {
    await open({ reason: 'expired' });
    expect(textOf(byRole(view, 'status')[0])).toBe(
      'Your session has ended. Please sign in again.',
    );
  });
});
