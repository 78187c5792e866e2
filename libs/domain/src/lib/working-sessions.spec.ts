import { evaluateGovernance } from './governance';
import {
  type ActionState,
  agendaTopics,
  type DecisionDeadline,
  decisionDeadlines,
  type MilestoneState,
  nextSession,
  type PlanState,
  planChanges,
  type RuleState,
  ruleStates,
} from './working-sessions';

const action = (overrides: Partial<ActionState> = {}): ActionState => ({
  id: 1,
  code: 'S1-01',
  title: 'Map the alliances',
  lead: 'afil',
  status: 'in_progress',
  health: 'green',
  progress: 20,
  ...overrides,
});
const milestone = (
  overrides: Partial<MilestoneState> = {},
): MilestoneState => ({
  actionId: 1,
  code: 'S1-01',
  title: 'Workshop',
  dueDate: '2026-12-01',
  doneDate: null,
  ...overrides,
});
const rule = (overrides: Partial<RuleState> = {}): RuleState => ({
  id: 'each-partner-leads-an-action',
  title: 'Every active partner leads at least one action',
  ok: true,
  violations: [],
  ...overrides,
});
const decision = (
  overrides: Partial<DecisionDeadline> = {},
): DecisionDeadline => ({
  id: 1,
  sessionId: 1,
  sessionDate: '2026-10-01',
  text: 'Draft the joint roadmap',
  owner: 'afil',
  dueDate: '2026-12-01',
  done: false,
  actionId: null,
  actionCode: null,
  ...overrides,
});
const plan = (overrides: Partial<PlanState> = {}): PlanState => ({
  actions: [action()],
  milestones: [],
  rules: [rule()],
  ...overrides,
});
const TODAY = '2026-11-25';

describe('planChanges', () => {
  it('reports nothing when nothing moved', () => {
    expect(planChanges(plan(), plan(), [], TODAY)).toEqual({
      changedActions: [],
      newActions: [],
      cancelledActions: [],
      removedActions: [],
      milestonesDone: [],
      rulesChanged: [],
      decisionsDue: [],
      decisionsOverdue: [],
    });
  });

  it('names which of status, health and progress moved, with before and now', () => {
    const changes = planChanges(
      plan(),
      plan({ actions: [action({ health: 'red', progress: 35 })] }),
      [],
      TODAY,
    );
    expect(changes.changedActions).toEqual([
      {
        id: 1,
        code: 'S1-01',
        title: 'Map the alliances',
        lead: 'afil',
        before: { status: 'in_progress', health: 'green', progress: 20 },
        now: { status: 'in_progress', health: 'red', progress: 35 },
        changed: ['health', 'progress'],
      },
    ]);
  });

  it('lists new, cancelled and removed actions apart from changed ones, by code', () => {
    const before = plan({
      actions: [
        action({ id: 1, code: 'S1-01' }),
        action({ id: 2, code: 'S2-01' }),
        action({ id: 3, code: 'S3-01' }),
      ],
    });
    const now = plan({
      actions: [
        action({ id: 1, code: 'S1-01' }),
        action({ id: 2, code: 'S2-01', status: 'cancelled' }),
        action({ id: 5, code: 'S5-01', status: 'planned' }),
        action({ id: 4, code: 'S4-01', status: 'planned' }),
      ],
    });
    const changes = planChanges(before, now, [], TODAY);
    expect(changes.changedActions).toEqual([]);
    expect(changes.cancelledActions.map((a) => a.code)).toEqual(['S2-01']);
    expect(changes.newActions.map((a) => a.code)).toEqual(['S4-01', 'S5-01']);
    expect(changes.removedActions.map((a) => a.code)).toEqual(['S3-01']);
  });

  it('does not list an action cancelled before the snapshot again', () => {
    const cancelled = action({ status: 'cancelled' });
    const changes = planChanges(
      plan({ actions: [cancelled] }),
      plan({ actions: [cancelled] }),
      [],
      TODAY,
    );
    expect(changes.cancelledActions).toEqual([]);
  });

  it('lists milestones done since, matched by action and title', () => {
    const before = plan({
      milestones: [
        milestone({ title: 'Workshop', doneDate: '2026-10-01' }),
        milestone({ title: 'Report' }),
        milestone({ title: 'Survey' }),
      ],
    });
    const now = plan({
      milestones: [
        milestone({ title: 'Workshop', doneDate: '2026-10-01' }),
        milestone({ title: 'Report', doneDate: '2026-11-20' }),
        milestone({ title: 'Survey' }),
        milestone({ title: 'Brochure', doneDate: '2026-11-10' }),
      ],
    });
    expect(
      planChanges(before, now, [], TODAY).milestonesDone.map((m) => m.title),
    ).toEqual(['Brochure', 'Report']);
  });

  it('reports a rule whose result or violations changed, and only those', () => {
    const stream = rule({ id: 'each-stream-has-an-action', title: 'Streams' });
    const before = plan({
      rules: [rule(), stream],
    });
    const now = plan({
      rules: [
        rule({ ok: false, violations: ['AFIL leads no action'] }),
        stream,
      ],
    });
    expect(planChanges(before, now, [], TODAY).rulesChanged).toEqual([
      {
        id: 'each-partner-leads-an-action',
        title: 'Every active partner leads at least one action',
        before: { ok: true, violations: [] },
        now: { ok: false, violations: ['AFIL leads no action'] },
      },
    ]);
  });

  it('reports a failing rule whose violations changed even though it still fails', () => {
    const before = plan({
      rules: [rule({ ok: false, violations: ['AFIL leads no action'] })],
    });
    const now = plan({
      rules: [rule({ ok: false, violations: ['CEP leads no action'] })],
    });
    expect(planChanges(before, now, [], TODAY).rulesChanged).toHaveLength(1);
  });

  it('lists the decisions due soon and overdue', () => {
    const changes = planChanges(
      plan(),
      plan(),
      [
        decision({ id: 1, dueDate: '2026-11-24' }),
        decision({ id: 2, dueDate: '2026-12-01' }),
      ],
      TODAY,
    );
    expect(changes.decisionsOverdue.map((d) => d.id)).toEqual([1]);
    expect(changes.decisionsDue.map((d) => d.id)).toEqual([2]);
  });
});

describe('decisionDeadlines', () => {
  it('counts a decision due today as due, yesterday as overdue, in 14 days as due, in 15 not', () => {
    const { due, overdue } = decisionDeadlines(
      [
        decision({ id: 1, dueDate: '2026-11-24' }),
        decision({ id: 2, dueDate: TODAY }),
        decision({ id: 3, dueDate: '2026-12-09' }),
        decision({ id: 4, dueDate: '2026-12-10' }),
      ],
      TODAY,
    );
    expect(overdue.map((d) => d.id)).toEqual([1]);
    expect(due.map((d) => d.id)).toEqual([2, 3]);
  });

  it('leaves out a decision whose follow-up action is completed', () => {
    const { due, overdue } = decisionDeadlines(
      [decision({ dueDate: '2026-01-01', done: true })],
      TODAY,
    );
    expect([...due, ...overdue]).toEqual([]);
  });

  it('orders by due date across a month end', () => {
    const { overdue } = decisionDeadlines(
      [
        decision({ id: 1, dueDate: '2026-11-02' }),
        decision({ id: 2, dueDate: '2026-10-31' }),
      ],
      TODAY,
    );
    expect(overdue.map((d) => d.id)).toEqual([2, 1]);
  });
});

describe('ruleStates', () => {
  it('keeps the outcome and the violation messages of every rule', () => {
    const rules = evaluateGovernance({
      partners: [{ slug: 'afil', name: 'AFIL', retired: false }],
      streams: [{ number: 1, title: 'Stream 1' }],
      actions: [],
      planAdopted: false,
    });
    const states = ruleStates(rules);
    expect(states.map((s) => s.id)).toEqual(rules.map((r) => r.id));
    const lead = states.find((s) => s.id === 'each-partner-leads-an-action');
    expect(lead?.ok).toBe(false);
    expect(lead?.violations.join(' ')).toContain('AFIL');
  });
});

describe('agendaTopics', () => {
  const red = {
    id: 7,
    code: 'S2-03',
    title: 'S3 peer review',
    leadName: 'CEP',
  };
  const late = { ...red, daysLate: 12 };

  it('puts overdue then upcoming decisions first, then red, overdue and stale actions, then broken rules', () => {
    const topics = agendaTopics({
      today: TODAY,
      redActions: [red],
      overdueActions: [
        late,
        {
          id: 8,
          code: 'S4-01',
          title: 'Policy brief',
          leadName: 'AFIL',
          daysLate: 1,
        },
      ],
      staleActions: [
        {
          id: 9,
          code: 'S5-02',
          title: 'Matchmaking',
          leadName: 'bwcon',
          lastUpdateAt: null,
        },
      ],
      rules: [
        {
          id: 'each-stream-has-an-action',
          title: 'Every activity stream has at least one action',
          ok: false,
          violations: [{ stream: 4, message: 'Stream 4 has no action' }],
        },
        {
          id: 'each-partner-leads-an-action',
          title: 'Every active partner leads at least one action',
          ok: true,
          violations: [],
        },
      ],
      decisions: [
        decision({ id: 1, dueDate: '2026-12-01' }),
        decision({ id: 2, dueDate: '2026-11-01', text: 'Send the survey' }),
      ],
    });
    expect(topics.map((t) => t.kind)).toEqual([
      'decision-overdue',
      'decision-due',
      'red',
      'overdue',
      'stale',
      'rule',
    ]);
    expect(topics[0]).toEqual({
      kind: 'decision-overdue',
      text: 'Decision of 2026-10-01 overdue since 2026-11-01 (afil): Send the survey',
      actionId: null,
      decisionId: 2,
    });
    expect(topics[2].text).toBe('S2-03 S3 peer review (CEP) is red');
    expect(topics[3].text).toBe('S4-01 Policy brief (AFIL) is 1 day late');
    expect(topics[5].text).toBe(
      'Every activity stream has at least one action: Stream 4 has no action',
    );
  });

  it('names an action red and overdue once, as red', () => {
    const topics = agendaTopics({
      today: TODAY,
      redActions: [red],
      overdueActions: [late],
      staleActions: [{ ...red, lastUpdateAt: null }],
      rules: [],
      decisions: [],
    });
    expect(topics).toEqual([
      {
        kind: 'red',
        text: 'S2-03 S3 peer review (CEP) is red',
        actionId: 7,
        decisionId: null,
      },
    ]);
  });

  it('suggests nothing for a healthy plan', () => {
    expect(
      agendaTopics({
        today: TODAY,
        redActions: [],
        overdueActions: [],
        staleActions: [],
        rules: [],
        decisions: [],
      }),
    ).toEqual([]);
  });
});

describe('nextSession', () => {
  const session = (
    id: number,
    date: string,
    closedAt: string | null = null,
  ) => ({
    id,
    date,
    closedAt,
  });

  it('is the earliest open session from today on', () => {
    expect(
      nextSession(
        [
          session(1, '2026-10-01', '2026-10-01T15:00:00Z'),
          session(2, '2027-01-20'),
          session(3, TODAY),
          session(4, '2026-11-01'),
        ],
        TODAY,
      )?.id,
    ).toBe(3);
  });

  it('is null when every session is past or closed', () => {
    expect(
      nextSession([session(1, '2026-12-01', '2026-12-01T15:00:00Z')], TODAY),
    ).toBeNull();
  });
});
