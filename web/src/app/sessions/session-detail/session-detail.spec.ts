import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { WorkingSessionView } from '@ws/domain';
import { button, heading, link, textOf } from '../../../testing/dom';
import { provideTestTranslations } from '../../../testing/i18n';
import {
  COORDINATOR,
  page,
  STREAM_VIEWS,
  VIEWER,
  loginAs,
  phaseViews,
} from '../../../testing/reference-fixtures';
import { someChanges } from '../../../testing/session-fixtures';
import { Session } from '../../core/auth/session';
import { SessionDetail } from './session-detail';

const SESSION: WorkingSessionView = {
  id: 4,
  date: '2026-10-15',
  place: 'Lyon, Plastipolis',
  link: null,
  attendees: [
    {
      user: null,
      partner: 'afil',
      name: 'AFIL',
      organisation: 'AFIL',
      present: true,
    },
    {
      user: null,
      partner: 'cep',
      name: 'CEP',
      organisation: 'CEP',
      present: false,
    },
  ],
  agenda: ['Welcome', 'Roadmaps'],
  decisions: [
    {
      id: 11,
      text: 'Send the survey',
      owner: 'afil',
      ownerName: 'AFIL',
      dueDate: '2026-11-01',
      action: {
        id: 7,
        code: 'S2-03',
        title: 'Peer review',
        status: 'in_progress',
      },
      done: false,
      overdue: true,
    },
    {
      id: 12,
      text: 'Draft the roadmap',
      owner: 'cep',
      ownerName: 'CEP',
      dueDate: '2027-01-31',
      action: null,
      done: false,
      overdue: false,
    },
  ],
  minutes:
    '## Agreed\n\nAll **agreed**.\n\n<script>window.injected = true</script><img src="x" onerror="window.injected = true">',
  closedAt: null,
  closedBy: null,
  createdAt: '2026-10-01T08:00:00.000Z',
  updatedAt: '2026-10-15T15:00:00.000Z',
};

describe('SessionDetail', () => {
  let fixture: ComponentFixture<SessionDetail>;
  let http: HttpTestingController;
  let view: HTMLElement;

  async function rendered(): Promise<void> {
    for (let tick = 0; tick < 4; tick++) {
      fixture.detectChanges();
      await new Promise((resolve) => setTimeout(resolve));
    }
  }

  async function open(user = COORDINATOR, session = SESSION): Promise<void> {
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
    TestBed.inject(Session).start(loginAs(user));
    fixture = TestBed.createComponent(SessionDetail);
    fixture.componentRef.setInput('id', String(session.id));
    view = fixture.nativeElement;
    await rendered();
    http.expectOne('/api/working-sessions/4').flush(session);
    if (user === COORDINATOR) {
      http.expectOne('/api/streams').flush(page(STREAM_VIEWS));
      http.expectOne('/api/phases').flush(page(phaseViews()));
    }
    await rendered();
  }

  afterEach(() => http.verify());

  it('shows the attendees with their presence, the agenda, the decisions and their follow-up actions', async () => {
    await open(VIEWER);
    heading(view, /Working session of/);
    const attendees = textOf(view.querySelector('.attendees'));
    expect(attendees).toContain('AFIL — present');
    expect(attendees).toContain('CEP — absent');
    expect(Array.from(view.querySelectorAll('.agenda li')).map(textOf)).toEqual(
      ['Welcome', 'Roadmaps'],
    );
    expect(link(view, 'S2-03 Peer review').getAttribute('href')).toBe(
      '/actions/7',
    );
    expect(textOf(view.querySelectorAll('.decision')[0])).toContain('Overdue');
    // A viewer reads; only the coordinator edits, closes or follows up.
    expect(() => button(view, 'Close the session')).toThrow();
    expect(() => button(view, 'Create the follow-up action')).toThrow();
  });

  it('renders the minutes from Markdown without running anything they contain', async () => {
    await open(VIEWER);
    const minutes = view.querySelector('.minutes') as HTMLElement;
    expect(minutes.querySelector('h2')?.textContent).toBe('Agreed');
    expect(minutes.querySelector('strong')?.textContent).toBe('agreed');
    expect(minutes.querySelector('script')).toBeNull();
    expect(minutes.innerHTML).not.toContain('onerror');
    expect('injected' in window).toBe(false);
  });

  it('closes the session after a confirmation, then shows what changed since', async () => {
    await open();
    button(view, 'Close the session').click();
    await rendered();
    expect(textOf(view.querySelector('[role="alertdialog"]'))).toContain(
      'Close this working session?',
    );
    button(view, 'Yes, close and freeze the figures').click();
    const close = http.expectOne('/api/working-sessions/4/close');
    expect(close.request.method).toBe('POST');
    close.flush({
      ...SESSION,
      closedAt: '2026-10-15T16:00:00.000Z',
      closedBy: 'Partnership coordinator',
    });
    await rendered();
    http.expectOne('/api/working-sessions/4/changes').flush(someChanges());
    await rendered();
    expect(textOf(view.querySelector('.session-meta'))).toContain('Closed');
    expect(() => button(view, 'Close the session')).toThrow();
    heading(view, 'Changes since the last session');
    expect(link(view, 'S2-03 Peer review')).toBeTruthy();
  });

  it('creates the follow-up action of a decision with the stream and phase chosen', async () => {
    await open();
    button(view, 'Create the follow-up action').click();
    await rendered();
    button(view, 'Create the action').click();
    const request = http.expectOne(
      '/api/working-sessions/4/decisions/12/follow-up',
    );
    expect(request.request.body).toEqual({
      stream: 1,
      phase: 'implementation',
      title: 'Draft the roadmap',
    });
    request.flush({
      ...SESSION,
      decisions: [
        SESSION.decisions[0],
        {
          ...SESSION.decisions[1],
          action: {
            id: 40,
            code: 'S1-09',
            title: 'Draft the roadmap',
            status: 'planned',
          },
        },
      ],
    });
    await rendered();
    expect(link(view, 'S1-09 Draft the roadmap').getAttribute('href')).toBe(
      '/actions/40',
    );
  });
});
