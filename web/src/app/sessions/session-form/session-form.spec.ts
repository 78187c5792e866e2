import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { button, field, textOf, typeInto } from '../../../testing/dom';
import { provideTestTranslations } from '../../../testing/i18n';
import {
  BAD_REQUEST,
  COORDINATOR,
  PARTNER_VIEWS,
  loginAs,
  page,
} from '../../../testing/reference-fixtures';
import { Session } from '../../core/auth/session';
import { SessionForm } from './session-form';

describe('SessionForm', () => {
  let fixture: ComponentFixture<SessionForm>;
  let http: HttpTestingController;
  let view: HTMLElement;

  async function rendered(): Promise<void> {
    for (let tick = 0; tick < 4; tick++) {
      fixture.detectChanges();
      await new Promise((resolve) => setTimeout(resolve));
    }
  }

  beforeEach(async () => {
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
    fixture = TestBed.createComponent(SessionForm);
    view = fixture.nativeElement;
    await rendered();
    http.expectOne('/api/partners').flush(page(PARTNER_VIEWS));
    http.expectOne((r) => r.url === '/api/users').flush(page([COORDINATOR]));
    await rendered();
  });

  afterEach(() => http.verify());

  const select = (label: string, value: string) => {
    const control = field<HTMLSelectElement>(view, label);
    control.value = value;
    control.dispatchEvent(new Event('change'));
  };

  async function fillIn(): Promise<void> {
    typeInto(field(view, 'Date'), '2027-01-20');
    typeInto(field(view, 'Place'), '  Lyon ');
    select('AFIL', 'present');
    select('CEP', 'absent');
    select(COORDINATOR.displayName, 'present');
    const agenda = field<HTMLTextAreaElement>(
      view,
      'Agenda items, one per line',
    );
    agenda.value = 'Welcome\n\nRoadmaps';
    agenda.dispatchEvent(new Event('input'));
    const text = field<HTMLTextAreaElement>(view, 'Text of decision 1');
    text.value = 'Send the survey';
    text.dispatchEvent(new Event('input'));
    await rendered();
    select('Owner of decision 1', 'afil');
    typeInto(field(view, 'Due date of decision 1'), '2027-02-28');
    await rendered();
  }

  it('sends the session with its invited attendees, agenda lines and decisions', async () => {
    const navigate = jest
      .spyOn(TestBed.inject(Router), 'navigate')
      .mockResolvedValue(true);
    await fillIn();
    button(view, 'Save the session').click();
    const request = http.expectOne('/api/working-sessions');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      date: '2027-01-20',
      place: 'Lyon',
      link: null,
      attendees: [
        { user: COORDINATOR.id, present: true },
        { partner: 'afil', present: true },
        { partner: 'cep', present: false },
      ],
      agenda: ['Welcome', 'Roadmaps'],
      decisions: [
        { text: 'Send the survey', owner: 'afil', dueDate: '2027-02-28' },
      ],
      minutes: '',
    });
    request.flush({ id: 9 });
    await rendered();
    expect(navigate).toHaveBeenCalledWith(['/sessions', 9]);
  });

  it('shows what the server refused, by field and above the form', async () => {
    await fillIn();
    button(view, 'Save the session').click();
    http.expectOne('/api/working-sessions').flush(
      {
        statusCode: 400,
        message: 'Invalid request',
        errors: [
          {
            field: 'link',
            problems: ['link must be an http or https address'],
          },
          {
            field: 'decisions.0.owner',
            problems: ['AFIL is retired and owns no new decision'],
          },
        ],
      },
      BAD_REQUEST,
    );
    await rendered();
    expect(textOf(view.querySelector('.form-alert'))).toContain(
      'AFIL is retired and owns no new decision',
    );
    expect(textOf(view.querySelector('#session-link-error'))).toContain(
      'http or https address',
    );
  });
});
