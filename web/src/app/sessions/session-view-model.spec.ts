import { SecurityContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { DomSanitizer } from '@angular/platform-browser';
import { AgendaTopic } from '@ws/domain';
import { someChanges } from '../../testing/session-fixtures';
import {
  agendaLines,
  agendaWithTopics,
  changeCounts,
  changeRows,
  decisionInputs,
  minutesHtml,
  sessionState,
} from './session-view-model';
import { attendeeInputs } from './session-form/session-form';
import { feedUrl } from './calendar-feed/calendar-feed';

describe('sessionState', () => {
  it('tells closed, today, upcoming and held sessions apart', () => {
    const today = '2026-11-25';
    expect(
      sessionState(
        { date: '2026-11-01', closedAt: '2026-11-01T16:00:00Z' },
        today,
      ),
    ).toBe('closed');
    expect(sessionState({ date: today, closedAt: null }, today)).toBe('today');
    expect(sessionState({ date: '2026-12-01', closedAt: null }, today)).toBe(
      'upcoming',
    );
    expect(sessionState({ date: '2026-11-24', closedAt: null }, today)).toBe(
      'held',
    );
  });
});

describe('changeRows', () => {
  it('lists decisions first, then moved, new and deleted actions, milestones and rules', () => {
    const rows = changeRows(someChanges());
    expect(rows.map((r) => [r.kind, r.code, r.title])).toEqual([
      ['decisionOverdue', null, 'Send the survey'],
      ['changed', 'S2-03', 'Peer review'],
      ['new', 'S5-02', 'Pilot'],
      ['removed', 'S1-09', 'Gone'],
      ['milestone', 'S2-03', 'Workshop'],
      ['rule', null, 'Every active partner leads at least one action'],
    ]);
  });

  it('keeps what moved with its before and now, and links only to actions that still exist', () => {
    const rows = changeRows(someChanges());
    expect(rows[1]).toMatchObject({
      actionId: 7,
      moved: ['status', 'health', 'progress'],
      before: { status: 'planned', health: 'green', progress: 0 },
      now: { status: 'in_progress', health: 'red', progress: 20 },
    });
    expect(rows[3].actionId).toBeNull();
    expect(rows[4]).toMatchObject({ actionId: 7, date: '2026-11-02' });
    expect(rows[5]).toMatchObject({
      ruleOk: false,
      detail: 'CEP leads no action',
    });
  });

  it('counts the changes by kind', () => {
    expect(changeCounts(someChanges())).toEqual({
      decisionOverdue: 1,
      decisionDue: 0,
      changed: 1,
      new: 1,
      cancelled: 0,
      removed: 1,
      milestone: 1,
      rule: 1,
    });
  });
});

describe('minutesHtml', () => {
  const sanitize = () => {
    const sanitizer = TestBed.inject(DomSanitizer);
    return (html: string) => sanitizer.sanitize(SecurityContext.HTML, html);
  };

  it('renders Markdown headings, emphasis and lists', () => {
    const html = minutesHtml(
      '# Minutes\n\n- **All** agreed\n- Next call',
      sanitize(),
    );
    expect(html).toContain('<h1>Minutes</h1>');
    expect(html).toContain('<strong>All</strong>');
    expect(html).toContain('<li>Next call</li>');
  });

  it('drops scripts, event handlers and javascript: links', () => {
    const html = minutesHtml(
      'Hello <script>alert(1)</script> <img src="x" onerror="alert(2)"> [click](javascript:alert(3))',
      sanitize(),
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('onerror');
    // Angular marks the link unsafe, so a click runs nothing.
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('Hello');
  });

  it('is empty for empty minutes', () => {
    expect(minutesHtml('  \n', sanitize())).toBe('');
  });
});

describe('the form values', () => {
  it('reads agenda lines without blanks', () => {
    expect(agendaLines(' Welcome \n\n  Roadmap\n')).toEqual([
      'Welcome',
      'Roadmap',
    ]);
  });

  it('adds chosen topics to the agenda once', () => {
    const topic = (text: string): AgendaTopic => ({
      kind: 'red',
      text,
      actionId: 1,
      decisionId: null,
    });
    expect(
      agendaWithTopics(
        ['Welcome', 'S1-01 is red'],
        [topic('S1-01 is red'), topic('S2-01 is red')],
      ),
    ).toEqual(['Welcome', 'S1-01 is red', 'S2-01 is red']);
  });

  it('sends kept decisions with their id and leaves out empty rows', () => {
    expect(
      decisionInputs([
        {
          id: 5,
          text: ' Keep ',
          owner: 'afil',
          dueDate: '2027-01-31',
          actionId: 9,
        },
        {
          id: null,
          text: 'New',
          owner: 'cep',
          dueDate: '2027-02-28',
          actionId: null,
        },
        { id: null, text: '', owner: '', dueDate: '', actionId: null },
      ]),
    ).toEqual([
      { id: 5, text: 'Keep', owner: 'afil', dueDate: '2027-01-31', action: 9 },
      { text: 'New', owner: 'cep', dueDate: '2027-02-28' },
    ]);
  });

  it('sends invited attendees with their presence and leaves out the others', () => {
    expect(
      attendeeInputs(
        new Map([
          [3, 'present'],
          [4, ''],
        ] as const),
        new Map([
          ['afil', 'absent'],
          ['cep', 'present'],
          ['bwcon', ''],
        ] as const),
      ),
    ).toEqual([
      { user: 3, present: true },
      { partner: 'afil', present: false },
      { partner: 'cep', present: true },
    ]);
  });

  it('makes the full calendar address, or none before it is created', () => {
    expect(
      feedUrl(
        { path: '/api/calendar.ics?token=abc', createdAt: 'x' },
        'https://roadmap.example',
      ),
    ).toBe('https://roadmap.example/api/calendar.ics?token=abc');
    expect(
      feedUrl({ path: null, createdAt: null }, 'https://roadmap.example'),
    ).toBeNull();
  });
});
