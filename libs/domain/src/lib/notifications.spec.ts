import {
  brusselsWeekKey,
  DEFAULT_NOTIFICATION_PREFERENCES,
  digestDue,
  factKey,
  mailRetryDelayMs,
  mailTiming,
  type NotificationEvent,
  type NotificationRecipient,
  notificationPath,
  partnersBehind,
  recipientsOf,
  resolvedRuleFacts,
  type ScannedAction,
  timeBasedEvents,
  weeklyDigestFor,
} from './notifications';

const action = (overrides: Partial<ScannedAction> = {}): ScannedAction => ({
  id: 1,
  code: 'S1-01',
  title: 'Map the alliances',
  lead: 'pool-net',
  leadName: 'Pool-Net',
  contributors: ['eurecat'],
  status: 'in_progress',
  dueDate: '2026-12-31',
  overdue: false,
  stale: false,
  since: '2026-11-01T10:00:00.000Z',
  milestones: [],
  ...overrides,
});

const users: NotificationRecipient[] = [
  { id: 1, role: 'coordinator', partner: null, active: true },
  { id: 2, role: 'viewer', partner: null, active: true },
  { id: 3, role: 'editor', partner: 'pool-net', active: true },
  { id: 4, role: 'editor', partner: 'eurecat', active: true },
  { id: 5, role: 'editor', partner: 'bwcon', active: true },
  { id: 6, role: 'editor', partner: 'pool-net', active: false },
  { id: 7, role: 'editor', partner: 'eurecat', active: true },
];

describe('recipientsOf', () => {
  const notified = {
    id: 1,
    code: 'S1-01',
    title: 'Map',
    lead: 'pool-net',
    contributors: ['eurecat'],
  };

  it('tells the editors of the lead and the contributors about a comment, not its author', () => {
    const event: NotificationEvent = {
      kind: 'comment',
      action: notified,
      authorId: 4,
      authorName: 'Eurecat editor',
      excerpt: 'Done?',
    };
    expect(recipientsOf(event, users)).toEqual([3, 7]);
  });

  it('tells only the owner partner about a decision', () => {
    expect(
      recipientsOf(
        {
          kind: 'decision-assigned',
          partner: 'bwcon',
          decision: 'Draft the call',
          dueDate: null,
          action: null,
          path: '/sessions/1',
          authorId: 1,
        },
        users,
      ),
    ).toEqual([5]);
  });

  it.each(['action-overdue', 'action-stale', 'milestone-due'] as const)(
    'tells only the lead partner about %s',
    (kind) => {
      const event = {
        kind,
        action: notified,
        dueDate: '2026-11-01',
        since: '2026-09-01T00:00:00.000Z',
        milestone: { id: 9, title: 'M', dueDate: '2026-11-30' },
      } as NotificationEvent;
      expect(recipientsOf(event, users)).toEqual([3]);
    },
  );

  it('tells every active account but its author that the phase moved', () => {
    expect(
      recipientsOf(
        {
          kind: 'phase-advanced',
          from: 'preparation',
          to: 'implementation',
          authorId: 1,
        },
        users,
      ),
    ).toEqual([2, 3, 4, 5, 7]);
  });

  it('tells only coordinators about a broken rule', () => {
    expect(
      recipientsOf(
        {
          kind: 'rule-violated',
          rule: 'each-stream-has-an-action',
          key: '3',
          message: 'x',
        },
        users,
      ),
    ).toEqual([1]);
  });
});

describe('timeBasedEvents', () => {
  const today = '2026-11-25';

  it('finds overdue, stale and milestones due within 7 days of open actions only', () => {
    const events = timeBasedEvents(
      [
        action({ id: 1, overdue: true, dueDate: '2026-11-20' }),
        action({ id: 2, stale: true, since: '2026-09-01T08:00:00.000Z' }),
        action({
          id: 3,
          milestones: [
            { id: 10, title: 'today', dueDate: '2026-11-25', doneDate: null },
            {
              id: 11,
              title: 'in 7 days',
              dueDate: '2026-12-02',
              doneDate: null,
            },
            {
              id: 12,
              title: 'in 8 days',
              dueDate: '2026-12-03',
              doneDate: null,
            },
            {
              id: 13,
              title: 'done',
              dueDate: '2026-11-27',
              doneDate: '2026-11-20',
            },
            { id: 14, title: 'past', dueDate: '2026-11-24', doneDate: null },
          ],
        }),
        action({
          id: 4,
          status: 'completed',
          overdue: true,
          stale: true,
          milestones: [
            { id: 20, title: 'x', dueDate: '2026-11-26', doneDate: null },
          ],
        }),
      ],
      [
        {
          rule: 'each-stream-has-an-action',
          key: '5',
          message: 'Stream 5 has no action',
        },
      ],
      today,
    );
    expect(events.map(factKey)).toEqual([
      'overdue:1:2026-11-20',
      'stale:2:2026-09-01T08:00:00.000Z',
      'milestone:10:2026-11-25',
      'milestone:11:2026-12-02',
      'rule:each-stream-has-an-action:5',
    ]);
  });

  it('makes a new fact of a moved due date or a newer update', () => {
    const before = timeBasedEvents(
      [action({ overdue: true, dueDate: '2026-11-01' })],
      [],
      today,
    ).map(factKey);
    const after = timeBasedEvents(
      [action({ overdue: true, dueDate: '2026-11-15' })],
      [],
      today,
    ).map(factKey);
    expect(after).not.toEqual(before);
  });
});

describe('resolvedRuleFacts', () => {
  it('forgets only the rule facts that no longer hold', () => {
    const current = timeBasedEvents(
      [],
      [{ rule: 'r', key: 'a', message: 'a' }],
      '2026-11-25',
    );
    expect(
      resolvedRuleFacts(
        ['rule:r:a', 'rule:r:b', 'overdue:1:2026-11-01'],
        current,
      ),
    ).toEqual(['rule:r:b']);
  });
});

describe('weeklyDigestFor', () => {
  const today = '2026-11-25';
  const actions = [
    action({ id: 1, code: 'S1-02', overdue: true, dueDate: '2026-11-01' }),
    action({ id: 2, code: 'S1-01', stale: true }),
    action({ id: 3, code: 'S1-03', dueDate: '2026-12-09' }),
    action({ id: 4, code: 'S1-04', dueDate: '2026-12-10' }),
    action({
      id: 5,
      code: 'S1-05',
      status: 'completed',
      overdue: false,
      stale: false,
      dueDate: '2026-11-30',
    }),
    action({
      id: 6,
      code: 'S2-01',
      lead: 'bwcon',
      overdue: true,
      dueDate: '2026-11-01',
    }),
  ];

  it("lists the partner's overdue, stale and due-within-14-days actions with their update links", () => {
    expect(weeklyDigestFor('pool-net', actions, today)).toEqual({
      overdue: [
        {
          id: 1,
          code: 'S1-02',
          title: 'Map the alliances',
          dueDate: '2026-11-01',
          path: '/actions/1?update=status',
        },
      ],
      stale: [
        {
          id: 2,
          code: 'S1-01',
          title: 'Map the alliances',
          dueDate: '2026-12-31',
          path: '/actions/2?update=status',
        },
      ],
      dueSoon: [
        {
          id: 3,
          code: 'S1-03',
          title: 'Map the alliances',
          dueDate: '2026-12-09',
          path: '/actions/3?update=status',
        },
      ],
    });
  });

  it('has nothing for a partner whose actions are on track', () => {
    expect(weeklyDigestFor('eurecat', actions, today)).toBeNull();
    expect(
      weeklyDigestFor('pool-net', [actions[3], actions[4]], today),
    ).toBeNull();
  });
});

describe('partnersBehind', () => {
  it('names the partners with overdue or stale actions, most behind first', () => {
    const partners = [
      { slug: 'pool-net', name: 'Pool-Net' },
      { slug: 'bwcon', name: 'bwcon' },
      { slug: 'eurecat', name: 'Eurecat' },
    ];
    expect(
      partnersBehind(partners, [
        action({ code: 'S1-01', lead: 'pool-net', overdue: true, stale: true }),
        action({ code: 'S2-01', lead: 'bwcon', overdue: true }),
        action({ code: 'S2-02', lead: 'bwcon', stale: true }),
        action({
          code: 'S3-01',
          lead: 'eurecat',
          status: 'cancelled',
          overdue: true,
        }),
      ]),
    ).toEqual([
      { partner: 'bwcon', name: 'bwcon', overdue: ['S2-01'], stale: ['S2-02'] },
      {
        partner: 'pool-net',
        name: 'Pool-Net',
        overdue: ['S1-01'],
        stale: ['S1-01'],
      },
    ]);
  });
});

describe('brusselsWeekKey', () => {
  it.each([
    // Sunday 23:30 in Brussels is still week 48; 00:30 Monday is week 49
    ['2026-11-29T22:30:00Z', '2026-W48'],
    ['2026-11-29T23:30:00Z', '2026-W49'],
    // ISO week-numbering year: 1 January 2027 is a Friday of 2026-W53
    ['2027-01-01T12:00:00Z', '2026-W53'],
    ['2027-01-04T12:00:00Z', '2027-W01'],
    // summer time: Monday starts at 22:00 UTC on Sunday
    ['2026-07-05T22:30:00Z', '2026-W28'],
  ])('places %s in %s', (instant, week) => {
    expect(brusselsWeekKey(new Date(instant))).toBe(week);
  });
});

describe('digestDue', () => {
  it.each([
    ['2026-11-30T05:59:00Z', 'weekly', false], // Monday 06:59 Brussels
    ['2026-11-30T06:00:00Z', 'weekly', true], // Monday 07:00
    ['2026-12-01T01:00:00Z', 'weekly', true], // Tuesday 02:00: the week's digest is late, not skipped
    ['2026-12-01T05:59:00Z', 'daily', false],
    ['2026-12-01T06:00:00Z', 'daily', true],
    ['2026-07-06T05:00:00Z', 'weekly', true], // Monday 07:00 in summer time
  ] as const)('at %s the %s digest is due: %s', (instant, period, due) => {
    expect(digestDue(new Date(instant), period)).toBe(due);
  });
});

describe('mail timing', () => {
  it('mails comments and decisions by preference, the rest never on its own', () => {
    const prefs = DEFAULT_NOTIFICATION_PREFERENCES;
    expect(mailTiming('comment', prefs)).toBe('immediate');
    expect(
      mailTiming('decision-assigned', {
        ...prefs,
        commentsAndDecisions: 'daily',
      }),
    ).toBe('daily');
    expect(
      mailTiming('comment', { ...prefs, commentsAndDecisions: 'off' }),
    ).toBe('off');
    expect(mailTiming('comment', { ...prefs, email: false })).toBe('off');
    expect(mailTiming('action-overdue', prefs)).toBe('off');
  });

  it('waits longer after each failure', () => {
    const delays = [1, 2, 3, 4, 5].map(mailRetryDelayMs);
    expect(delays).toEqual([60_000, 300_000, 1_800_000, 7_200_000, 7_200_000]);
  });
});

describe('notificationPath', () => {
  it('opens the comments of a commented action and the update form of a late one', () => {
    const a = { id: 7, code: 'S1-01', title: 't', lead: 'x', contributors: [] };
    expect(
      notificationPath({
        kind: 'comment',
        action: a,
        authorId: 1,
        authorName: 'n',
        excerpt: 'e',
      }),
    ).toBe('/actions/7#comments-title');
    expect(
      notificationPath({
        kind: 'action-overdue',
        action: a,
        dueDate: '2026-01-01',
      }),
    ).toBe('/actions/7?update=status');
  });
});
