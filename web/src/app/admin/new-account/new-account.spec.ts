import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import {
  byRole,
  button,
  choose,
  descriptionOf,
  field,
  textOf,
  typeInto,
} from '../../../testing/dom';
import {
  BAD_REQUEST,
  CONFLICT,
  PARTNER_VIEWS,
  POOL_NET_EDITOR,
  page,
} from '../../../testing/reference-fixtures';
import { NewAccount } from './new-account';
import { provideTestTranslations } from '../../../testing/i18n';

describe('NewAccount', () => {
  let fixture: ComponentFixture<NewAccount>;
  let http: HttpTestingController;
  let view: HTMLElement;
  let navigate: jest.SpyInstance;

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
    navigate = jest
      .spyOn(TestBed.inject(Router), 'navigate')
      .mockResolvedValue(true);
    fixture = TestBed.createComponent(NewAccount);
    view = fixture.nativeElement;
    fixture.detectChanges();
    http.expectOne('/api/partners').flush(page(PARTNER_VIEWS));
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  async function fillIn(values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) {
      const control = field<HTMLInputElement | HTMLSelectElement>(view, label);
      if (control instanceof HTMLSelectElement) choose(control, value);
      else typeInto(control, value);
      // A label can change with the role chosen before it.
      await fixture.whenStable();
    }
  }

  async function submit(): Promise<void> {
    button(view, 'Create account').click();
    await fixture.whenStable();
  }

  const AN_EDITOR = {
    'E-mail address': 'ines.ferreira@pool-net.example',
    'Display name': 'Inês Ferreira',
    Role: 'Partner editor',
  };

  it('explains the password rule before anything is typed', () => {
    expect(descriptionOf(field(view, 'Initial password'))).toContain(
      'At least 10 characters',
    );
  });

  it('refuses to create an editor without a partner, without calling the server', async () => {
    await fillIn({ ...AN_EDITOR, 'Initial password': 'Atlantic-Arc-2031' });
    expect(textOf(view.querySelector('label[for="new-account-partner"]'))).toBe(
      'Partner (required for partner editors)',
    );

    await submit();

    const partner = field<HTMLSelectElement>(
      view,
      'Partner (required for partner editors)',
    );
    expect(partner.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(partner)).toBe(
      'Choose the partner this editor works for: an editor updates the actions of one partner.',
    );
    http.expectNone('/api/users');
  });

  it('lets a viewer be created without a partner', async () => {
    await fillIn({
      'E-mail address': 'analyst@region.example',
      'Display name': 'Regional analyst',
      'Initial password': 'Atlantic-Arc-2031',
    });
    expect(textOf(view.querySelector('label[for="new-account-partner"]'))).toBe(
      'Partner (optional)',
    );
    await submit();
    expect(http.expectOne('/api/users').request.body).toEqual({
      email: 'analyst@region.example',
      displayName: 'Regional analyst',
      role: 'viewer',
      password: 'Atlantic-Arc-2031',
    });
  });

  it('says what a weak password still needs as it is typed', async () => {
    await fillIn({ 'Initial password': 'abc' });
    const password = field(view, 'Initial password');
    expect(descriptionOf(password)).toContain(
      'It must have at least 10 characters.',
    );
    expect(descriptionOf(password)).toContain(
      'It must use at least 5 different characters.',
    );

    await fillIn({ 'Initial password': 'Atlantic-Arc-2031' });
    expect(descriptionOf(password)).toContain('Strong enough.');
  });

  it('refuses a password containing the name of the e-mail address', async () => {
    await fillIn({
      ...AN_EDITOR,
      'Partner (required for partner editors)': 'Pool-Net',
      'Initial password': 'ines.ferreira-2031',
    });
    await submit();
    expect(descriptionOf(field(view, 'Initial password'))).toContain(
      'It must not contain the e-mail address.',
    );
    http.expectNone('/api/users');
  });

  it('creates an editor for a partner and opens the new account', async () => {
    await fillIn({
      ...AN_EDITOR,
      'Partner (required for partner editors)': 'Pool-Net',
      'Initial password': 'Atlantic-Arc-2031',
    });
    await submit();

    const create = http.expectOne('/api/users');
    expect(create.request.method).toBe('POST');
    expect(create.request.body).toEqual({
      email: 'ines.ferreira@pool-net.example',
      displayName: 'Inês Ferreira',
      role: 'editor',
      partner: 'pool-net',
      password: 'Atlantic-Arc-2031',
    });
    expect(textOf(button(view, /Creating/))).toBe('Creating the account…');
    create.flush({ ...POOL_NET_EDITOR, id: 31 });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/admin/accounts', 31], {
      state: { created: true },
    });
  });

  it('shows each problem the server names next to its field', async () => {
    await fillIn({
      ...AN_EDITOR,
      'Partner (required for partner editors)': 'Pool-Net',
      'Initial password': 'Atlantic-Arc-2031',
    });
    await submit();
    http.expectOne('/api/users').flush(
      {
        statusCode: 400,
        message:
          'Invalid request — partner: partner pool-net does not exist; password: password must not start with a well-known password',
        errors: [
          { field: 'partner', problems: ['partner pool-net does not exist'] },
          {
            field: 'password',
            problems: ['password must not start with a well-known password'],
          },
        ],
      },
      BAD_REQUEST,
    );
    await fixture.whenStable();

    const partner = field<HTMLSelectElement>(
      view,
      'Partner (required for partner editors)',
    );
    expect(partner.getAttribute('aria-invalid')).toBe('true');
    expect(descriptionOf(partner)).toBe('Partner pool-net does not exist.');
    expect(descriptionOf(field(view, 'Initial password'))).toContain(
      'Must not start with a well-known password.',
    );
    expect(textOf(byRole(view, 'alert')[0])).toBe(
      'Check the fields marked below.',
    );
    expect(button(view, 'Create account').disabled).toBe(false);
  });

  it('says clearly when the e-mail address already has an account', async () => {
    await fillIn({
      ...AN_EDITOR,
      'Partner (required for partner editors)': 'Pool-Net',
      'Initial password': 'Atlantic-Arc-2031',
    });
    await submit();
    http.expectOne('/api/users').flush(
      {
        statusCode: 409,
        message:
          'An account with the e-mail ines.ferreira@pool-net.example already exists',
      },
      CONFLICT,
    );
    await fixture.whenStable();

    expect(textOf(byRole(view, 'alert')[0])).toBe(
      'An account with the e-mail ines.ferreira@pool-net.example already exists',
    );
    expect(descriptionOf(field(view, 'E-mail address'))).toBe(
      'An account with the e-mail ines.ferreira@pool-net.example already exists',
    );
    expect(navigate).not.toHaveBeenCalled();
  });
});
