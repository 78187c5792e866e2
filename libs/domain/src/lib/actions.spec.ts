import { brusselsDate } from './calendar';
import {
  type ActionStatus,
  daysLate,
  isOverdue,
  isStale,
  nextMilestone,
  statusUpdateProblems,
} from './actions';

describe('isOverdue', () => {
  it.each([
    ['2026-10-25', 'in_progress', '2026-10-25', false],
    ['2026-10-25', 'in_progress', '2026-10-26', true],
    ['2026-10-25', 'planned', '2026-11-30', true],
    ['2026-10-25', 'on_hold', '2026-11-30', true],
    ['2026-10-25', 'completed', '2026-11-30', false],
    ['2026-10-25', 'cancelled', '2026-11-30', false],
    [null, 'in_progress', '2026-11-30', false],
  ] as const)(
    'due %s, %s, today %s → %s',
    (dueDate, status, today, expected) => {
      expect(isOverdue({ dueDate, status }, today)).toBe(expected);
    },
  );

  it('turns at midnight in Brussels, not in UTC, across the October clock change', () => {
    const action = {
      dueDate: '2026-10-25',
      status: 'in_progress' as ActionStatus,
    };
    expect(
      isOverdue(action, brusselsDate(new Date('2026-10-25T22:30:00Z'))),
    ).toBe(false); // 23:30 CET
    expect(
      isOverdue(action, brusselsDate(new Date('2026-10-25T23:30:00Z'))),
    ).toBe(true); // 00:30 the 26th
  });

  it('turns at midnight in Brussels in summer', () => {
    const action = { dueDate: '2026-07-01', status: 'planned' as ActionStatus };
    expect(
      isOverdue(action, brusselsDate(new Date('2026-07-01T21:30:00Z'))),
    ).toBe(false);
    expect(
      isOverdue(action, brusselsDate(new Date('2026-07-01T22:30:00Z'))),
    ).toBe(true);
  });
});

describe('daysLate', () => {
  it('counts calendar days past the due date, and 0 for an action not overdue', () => {
    expect(
      daysLate({ dueDate: '2026-10-20', status: 'in_progress' }, '2026-10-27'),
    ).toBe(7);
    expect(
      daysLate({ dueDate: '2026-10-20', status: 'completed' }, '2026-10-27'),
    ).toBe(0);
    expect(
      daysLate({ dueDate: '2026-10-30', status: 'planned' }, '2026-10-27'),
    ).toBe(0);
  });
});

describe('isStale', () => {
  const created = new Date('2026-01-01T10:00:00Z');
  it.each([
    ['2026-10-01T10:00:00Z', '2026-10-31T21:00:00Z', 30, false],
    ['2026-10-01T10:00:00Z', '2026-10-31T23:30:00Z', 30, true], // already 1 November in Brussels
    ['2026-10-01T10:00:00Z', '2026-10-20T10:00:00Z', 14, true],
    ['2026-10-01T10:00:00Z', '2026-10-15T10:00:00Z', 14, false],
  ])(
    'last update %s, now %s, threshold %i days → %s',
    (last, now, days, expected) => {
      expect(
        isStale(
          {
            status: 'in_progress',
            lastUpdateAt: new Date(last),
            createdAt: created,
          },
          new Date(now),
          days,
        ),
      ).toBe(expected);
    },
  );

  it('counts an action never updated from its creation', () => {
    expect(
      isStale(
        { status: 'planned', lastUpdateAt: null, createdAt: created },
        new Date('2026-01-20T10:00:00Z'),
      ),
    ).toBe(false);
    expect(
      isStale(
        { status: 'planned', lastUpdateAt: null, createdAt: created },
        new Date('2026-03-01T10:00:00Z'),
      ),
    ).toBe(true);
  });

  it.each(['completed', 'cancelled'] as const)(
    'never calls a %s action stale',
    (status) => {
      expect(
        isStale(
          { status, lastUpdateAt: null, createdAt: created },
          new Date('2027-01-01T00:00:00Z'),
        ),
      ).toBe(false);
    },
  );
});

describe('nextMilestone', () => {
  it('is the earliest milestone not done yet', () => {
    const milestones = [
      { title: 'Report', dueDate: '2026-12-01', doneDate: null },
      { title: 'Kick-off', dueDate: '2026-09-01', doneDate: '2026-09-02' },
      { title: 'Workshop', dueDate: '2026-11-15', doneDate: null },
    ];
    expect(nextMilestone(milestones)?.title).toBe('Workshop');
    expect(
      nextMilestone([
        { title: 'Done', dueDate: '2026-01-01', doneDate: '2026-01-01' },
      ]),
    ).toBeNull();
  });
});

describe('statusUpdateProblems', () => {
  const update = (
    change: Partial<Parameters<typeof statusUpdateProblems>[1]>,
  ) => ({
    status: 'in_progress' as ActionStatus,
    progress: 40,
    health: 'green' as const,
    comment: null,
    ...change,
  });
  const fields = (
    current: ActionStatus,
    change: Parameters<typeof update>[0],
    role: 'editor' | 'coordinator' = 'editor',
  ) =>
    statusUpdateProblems({ status: current }, update(change), role).map(
      (p) => `${p.field}: ${p.problem}`,
    );

  it('accepts a green update without a comment', () => {
    expect(fields('planned', {})).toEqual([]);
  });

  it.each([
    [
      { health: 'amber' as const },
      'comment: a comment is required when health is amber',
    ],
    [
      { health: 'red' as const },
      'comment: a comment is required when health is red',
    ],
    [
      { status: 'on_hold' as const },
      'comment: a comment is required when the action goes on hold',
    ],
    [
      { status: 'cancelled' as const },
      'comment: a comment is required when the action goes cancelled',
    ],
    [
      { health: 'red' as const, comment: '   ' },
      'comment: a comment is required when health is red',
    ],
  ])('requires a comment for %o', (change, problem) => {
    expect(fields('in_progress', change)).toEqual([problem]);
  });

  it('accepts amber with a comment', () => {
    expect(
      fields('in_progress', {
        health: 'amber',
        comment: 'Partner changed contact person',
      }),
    ).toEqual([]);
  });

  it('requires progress 100 for a completed action', () => {
    expect(
      fields('in_progress', { status: 'completed', progress: 90 }),
    ).toEqual(['progress: a completed action has progress 100']);
    expect(
      fields('in_progress', { status: 'completed', progress: 100 }),
    ).toEqual([]);
  });

  it.each(['completed', 'cancelled'] as const)(
    'lets only the coordinator reopen a %s action, with a comment',
    (current) => {
      expect(fields(current, { status: 'in_progress' })).toEqual([
        'comment: a comment is required to reopen an action',
        `status: only the coordinator reopens a ${current} action`,
      ]);
      expect(
        fields(
          current,
          { status: 'in_progress', comment: 'Reopened by the committee' },
          'coordinator',
        ),
      ).toEqual([]);
      expect(fields(current, { status: 'in_progress' }, 'coordinator')).toEqual(
        ['comment: a comment is required to reopen an action'],
      );
    },
  );

  describe('codes', () => {
    // The web words each problem from its code and values, in the reader's language.
    const coded = (
      current: ActionStatus,
      change: Parameters<typeof update>[0],
      role: 'editor' | 'coordinator' = 'editor',
    ) =>
      statusUpdateProblems({ status: current }, update(change), role).map(
        (p) => {
          const machine: Partial<typeof p> = { ...p };
          delete machine.problem;
          return machine;
        },
      );

    it.each(['amber', 'red'] as const)(
      'names the health that needs a comment: %s',
      (health) => {
        expect(coded('in_progress', { health })).toEqual([
          { field: 'comment', code: 'comment-required-for-health', health },
        ]);
      },
    );

    it.each(['on_hold', 'cancelled'] as const)(
      'names the status that needs a comment: %s',
      (status) => {
        expect(coded('in_progress', { status })).toEqual([
          { field: 'comment', code: 'comment-required-for-status', status },
        ]);
      },
    );

    it('gives the health precedence over the status for the comment', () => {
      expect(
        coded('in_progress', { health: 'red', status: 'on_hold' }),
      ).toEqual([
        {
          field: 'comment',
          code: 'comment-required-for-health',
          health: 'red',
        },
      ]);
    });

    it('codes a completed action below 100 %', () => {
      expect(
        coded('in_progress', { status: 'completed', progress: 99 }),
      ).toEqual([{ field: 'progress', code: 'completed-needs-full-progress' }]);
    });

    it.each(['completed', 'cancelled'] as const)(
      'codes reopening a %s action, naming the status it leaves',
      (current) => {
        expect(coded(current, { status: 'planned' })).toEqual([
          { field: 'comment', code: 'comment-required-to-reopen' },
          {
            field: 'status',
            code: 'only-coordinator-reopens',
            status: current,
          },
        ]);
        expect(coded(current, { status: 'planned' }, 'coordinator')).toEqual([
          { field: 'comment', code: 'comment-required-to-reopen' },
        ]);
      },
    );

    it('has no code when nothing is wrong', () => {
      expect(
        coded('completed', { status: 'completed', progress: 100 }),
      ).toEqual([]);
    });
  });
});
