import { provideHttpClient } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SessionPreparationView, WorkingSessionView } from '@ws/domain';
import { button, field, heading, textOf } from '../../../testing/dom';
import { provideTestTranslations } from '../../../testing/i18n';
import { COORDINATOR, loginAs } from '../../../testing/reference-fixtures';
import { someChanges } from '../../../testing/session-fixtures';
import { Session } from '../../core/auth/session';
import { SessionPrepare } from './session-prepare';

const NEXT: WorkingSessionView = {
  id: 5,
  date: '2026-12-10',
  place: 'Barcelona',
  link: null,
  attendees: [],
  agenda: ['Welcome', 'S2-03 Peer review (CEP) is red'],
  decisions: [],
  minutes: '',
  closedAt: null,
  closedBy: null,
  createdAt: '2026-11-01T08:00:00.000Z',
  updatedAt: '2026-11-01T08:00:00.000Z',
};

const PREPARATION: SessionPreparationView = {
  session: NEXT,
  today: '2026-11-25',
  topics: [
    {
      kind: 'decision-overdue',
      text: 'Decision of 2026-10-15 overdue since 2026-11-01 (afil): Send the survey',
      actionId: null,
      decisionId: 2,
    },
    {
      kind: 'red',
      text: 'S2-03 Peer review (CEP) is red',
      actionId: 7,
      decisionId: null,
    },
    {
      kind: 'stale',
      text: 'S5-02 Pilot (Pool-Net) has no recent status update',
      actionId: 9,
      decisionId: null,
    },
  ],
  changes: someChanges(),
};

describe('SessionPrepare', () => {
  let fixture: ComponentFixture<SessionPrepare>;
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
    fixture = TestBed.createComponent(SessionPrepare);
    view = fixture.nativeElement;
    await rendered();
    http.expectOne('/api/working-sessions/preparation').flush(PREPARATION);
    await rendered();
  });

  afterEach(() => http.verify());

  it('offers what needs discussion and is not on the agenda yet, all ticked', () => {
    heading(view, 'What needs discussion');
    const topics = Array.from(view.querySelectorAll('.topic')).map(textOf);
    expect(topics).toHaveLength(2);
    expect(topics[0]).toContain('Decision overdue');
    expect(topics[0]).toContain('Send the survey');
    expect(topics[1]).toContain('Stale action');
    expect(
      field(view, /Send the survey/).checked &&
        field(view, /has no recent status update/).checked,
    ).toBe(true);
    heading(view, 'Changes since the last session');
  });

  it('adds the ticked items to the end of the agenda', async () => {
    field(view, /has no recent status update/).click();
    await rendered();
    button(view, 'Add the ticked items to the agenda').click();
    const request = http.expectOne('/api/working-sessions/5');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({
      agenda: [
        'Welcome',
        'S2-03 Peer review (CEP) is red',
        'Decision of 2026-10-15 overdue since 2026-11-01 (afil): Send the survey',
      ],
    });
    request.flush({ ...NEXT, agenda: request.request.body.agenda });
    await rendered();
    expect(textOf(view.querySelector('[role="status"].form-success'))).toBe(
      '1 item(s) added to the agenda.',
    );
    expect(Array.from(view.querySelectorAll('.agenda li')).map(textOf)).toEqual(
      request.request.body.agenda,
    );
  });
});
