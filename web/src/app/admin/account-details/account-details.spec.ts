import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { UserView } from '@ws/domain';
import {
  byRole,
  button,
  choose,
  descriptionOf,
  field,
  heading,
  headings,
  textOf,
  typeInto,
} from '../../../testing/dom';
import {
  CONFLICT,
  COORDINATOR,
  NOT_FOUND,
  PARTNER_VIEWS,
  POOL_NET_EDITOR,
  loginAs,
  page,
} from '../../../testing/reference-fixtures';
import { Session } from '../../core/auth/session';
import { AccountDetails } from './account-details';
import { provideTestTranslations } from '../../../testing/i18n';

describe('AccountDetails', () => {
  let fixture: ComponentFixture<AccountDetails>;
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
    TestBed.inject(Session).start(loginAs(COORDINATOR));
  });

  afterEach(() => http.verify());

  async function open(account: UserView = POOL_NET_EDITOR): Promise<void> {
    fixture = TestBed.createComponent(AccountDetails);
    fixture.componentRef.setInput('id', String(account.id));
    view = fixture.nativeElement;
    fixture.detectChanges();
    http.expectOne('/api/partners').flush(page(PARTNER_VIEWS));
    http.expectOne(`/api/users/${account.id}`).flush(account);
    await fixture.whenStable();
  }

  const section = (name: string) =>
    heading(view, name).closest('section') as HTMLElement;

  async function click(name: string | RegExp, within = view): Promise<void> {
    button(within, name).click();
    await fixture.whenStable();
  }

  it('shows the account: role, partner, status and times in Brussels', async () => {
    await open();
    expect(headings(view, 1)).toEqual(['Pool-Net editor']);
    const facts = textOf(section('Account'));
    expect(facts).toContain('Role Partner editor');
    expect(facts).toContain('Partner Pool-Net');
    expect(facts).toContain('Status Active');
    expect(facts).toContain('Last sign-in 1 Jul 2025, 18:30');
  });

  it('says so when there is no such account', async () => {
    fixture = TestBed.createComponent(AccountDetails);
    fixture.componentRef.setInput('id', '999');
    view = fixture.nativeElement;
    fixture.detectChanges();
    http.expectOne('/api/partners').flush(page(PARTNER_VIEWS));
    http
      .expectOne('/api/users/999')
      .flush({ statusCode: 404, message: 'User 999 not found' }, NOT_FOUND);
    await fixture.whenStable();
    expect(headings(view, 1)).toEqual(['Account not found']);
  });

  describe('disabling', () => {
    it('asks for confirmation, then sends {active: false}', async () => {
      await open();
      const access = section('Access');
      await click('Disable account', access);

      const question = byRole(view, 'alertdialog')[0];
      expect(textOf(question)).toContain(
        'Disable the account of Pool-Net editor?',
      );
      expect(textOf(question)).toContain('They are signed out at once');
      http.expectNone('/api/users/14');

      await click('Yes, disable the account', question);
      const disable = http.expectOne('/api/users/14');
      expect(disable.request.method).toBe('PATCH');
      expect(disable.request.body).toEqual({ active: false });
      disable.flush({ ...POOL_NET_EDITOR, active: false });
      await fixture.whenStable();

      expect(byRole(view, 'alertdialog')).toEqual([]);
      expect(headings(view, 1)).toEqual(['Pool-Net editor Disabled']);
      expect(textOf(section('Access'))).toContain(
        'Pool-Net editor is signed out and can no longer sign in.',
      );
      expect(textOf(button(view, 'Enable account'))).toBe('Enable account');
    });

    it('changes nothing when the confirmation is cancelled', async () => {
      await open();
      await click('Disable account', section('Access'));
      await click('Cancel', byRole(view, 'alertdialog')[0]);
      expect(byRole(view, 'alertdialog')).toEqual([]);
      http.expectNone('/api/users/14');
    });

    it('enables a disabled account after confirming', async () => {
      await open({ ...POOL_NET_EDITOR, active: false });
      await click('Enable account', section('Access'));
      await click('Yes, enable the account', byRole(view, 'alertdialog')[0]);
      const enable = http.expectOne('/api/users/14');
      expect(enable.request.body).toEqual({ active: true });
      enable.flush(POOL_NET_EDITOR);
      await fixture.whenStable();
      expect(headings(view, 1)).toEqual(['Pool-Net editor']);
    });

    it('offers no way to disable one’s own account', async () => {
      await open(COORDINATOR);
      expect(textOf(section('Access'))).toContain(
        'You cannot disable your own account.',
      );
      expect(() => button(view, 'Disable account')).toThrow();
    });
  });

  describe('editing', () => {
    it('sends only what changed', async () => {
      await open();
      const form = section('Name, role and partner');
      typeInto(field(form, 'Display name'), 'Inês Ferreira');
      await click('Save changes', form);

      const save = http.expectOne('/api/users/14');
      expect(save.request.method).toBe('PATCH');
      expect(save.request.body).toEqual({ displayName: 'Inês Ferreira' });
      save.flush({ ...POOL_NET_EDITOR, displayName: 'Inês Ferreira' });
      await fixture.whenStable();
      expect(headings(view, 1)).toEqual(['Inês Ferreira']);
      expect(textOf(byRole(form, 'status')[0])).toBe('The changes are saved.');
    });

    it('refuses to leave an editor without a partner', async () => {
      await open({
        ...POOL_NET_EDITOR,
        role: 'viewer',
        partner: null,
        partnerName: null,
      });
      const form = section('Name, role and partner');
      choose(field<HTMLSelectElement>(form, 'Role'), 'Partner editor');
      await fixture.whenStable();
      await click('Save changes', form);

      const partner = field<HTMLSelectElement>(
        form,
        'Partner (required for partner editors)',
      );
      expect(descriptionOf(partner)).toContain('Choose the partner');
      http.expectNone('/api/users/14');
    });

    it('says clearly why the last coordinator keeps the role', async () => {
      TestBed.inject(Session).start(loginAs({ ...COORDINATOR, id: 99 }));
      await open(COORDINATOR);
      const form = section('Name, role and partner');
      choose(field<HTMLSelectElement>(form, 'Role'), 'Viewer');
      await click('Save changes', form);

      http.expectOne('/api/users/1').flush(
        {
          statusCode: 409,
          message:
            'coordinator@4m4iof.example is the last active coordinator; appoint another one first',
        },
        CONFLICT,
      );
      await fixture.whenStable();
      expect(textOf(byRole(form, 'alert')[0])).toBe(
        'coordinator@4m4iof.example is the last active coordinator; appoint another one first',
      );
      expect(headings(view, 1)).toEqual(['Partnership coordinator']);
    });
  });

  describe('resetting the password', () => {
    it('sets a new password that passes the rule', async () => {
      await open();
      const reset = section('Reset the password');
      typeInto(field(reset, 'New password'), 'short');
      await click('Set new password', reset);
      http.expectNone('/api/users/14');
      expect(descriptionOf(field(reset, 'New password'))).toContain(
        'It must have at least 10 characters.',
      );

      typeInto(field(reset, 'New password'), 'Atlantic-Arc-2031');
      await click('Set new password', reset);
      const request = http.expectOne('/api/users/14');
      expect(request.request.body).toEqual({ password: 'Atlantic-Arc-2031' });
      request.flush(POOL_NET_EDITOR);
      await fixture.whenStable();
      expect(textOf(byRole(reset, 'status')[0])).toContain(
        'The password of Pool-Net editor has been changed.',
      );
      expect(field(reset, 'New password').value).toBe('');
    });

    it('sends the coordinator to My account for their own password', async () => {
      await open(COORDINATOR);
      expect(() => heading(view, 'Reset the password')).toThrow();
      expect(textOf(section('Your password'))).toContain('My account');
    });
  });
});
