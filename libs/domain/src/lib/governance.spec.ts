import {
  adoptionBlockers,
  evaluateGovernance,
  type GovernanceFacts,
  partnersLeftWithoutAction,
} from './governance';

const partners = [
  { slug: 'plastipolis', name: 'Plastipolis', retired: false },
  { slug: 'afil', name: 'AFIL', retired: false },
  { slug: 'old-cluster', name: 'Old Cluster', retired: true },
];
const streams = [1, 2, 3].map((n) => ({
  number: n as 1 | 2 | 3,
  title: `Stream ${n}`,
}));
type Action = GovernanceFacts['actions'][number];
const action = (overrides: Partial<Action>): Action => ({
  code: 'S1-01',
  lead: 'plastipolis',
  stream: 1,
  phase: 'preparation',
  status: 'planned',
  ...overrides,
});
const facts = (actions: Action[], planAdopted = false): GovernanceFacts => ({
  partners,
  streams,
  actions,
  planAdopted,
});

const complete = [
  action({ code: 'S1-01', lead: 'plastipolis', stream: 1 }),
  action({ code: 'S2-01', lead: 'afil', stream: 2 }),
  action({ code: 'S3-01', lead: 'afil', stream: 3 }),
];

describe('evaluateGovernance', () => {
  it('passes every rule for a complete plan', () => {
    expect(
      evaluateGovernance(facts(complete)).map((r) => [r.id, r.ok]),
    ).toEqual([
      ['each-partner-leads-an-action', true],
      ['each-stream-has-an-action', true],
      ['action-plan-adopted-before-implementation', true],
    ]);
  });

  it('names each active partner leading nothing, ignoring retired partners and cancelled actions', () => {
    const [rule] = evaluateGovernance(
      facts([
        complete[0],
        { ...complete[1], status: 'cancelled' },
        { ...complete[2], lead: 'plastipolis' },
      ]),
    );
    expect(rule).toMatchObject({
      ok: false,
      title: 'Every active partner leads at least one action',
    });
    expect(rule.violations).toEqual([
      {
        partner: 'afil',
        message: 'AFIL leads no action that is not cancelled',
      },
    ]);
  });

  it('names each stream without a live action', () => {
    const [, rule] = evaluateGovernance(
      facts([complete[0], { ...complete[2], status: 'cancelled' }]),
    );
    expect(rule.violations.map((v) => v.stream)).toEqual([2, 3]);
  });

  it('flags Implementation and Investment actions started before adoption, not planned ones', () => {
    const actions = [
      ...complete,
      action({ code: 'S5-01', phase: 'implementation', status: 'in_progress' }),
      action({ code: 'S5-02', phase: 'investment', status: 'completed' }),
      action({ code: 'S5-03', phase: 'implementation', status: 'planned' }),
      action({ code: 'S5-04', phase: 'investment', status: 'cancelled' }),
      action({ code: 'S1-02', phase: 'preparation', status: 'in_progress' }),
    ];
    const rule = evaluateGovernance(facts(actions))[2];
    expect(rule.violations.map((v) => v.action)).toEqual(['S5-01', 'S5-02']);
    expect(evaluateGovernance(facts(actions, true))[2].ok).toBe(true);
  });
});

describe('adoptionBlockers', () => {
  it('lists rules 1 and 2 when they fail, never rule 3', () => {
    expect(adoptionBlockers(facts(complete))).toEqual([]);
    const blockers = adoptionBlockers(
      facts([
        complete[0],
        action({
          code: 'S5-01',
          phase: 'implementation',
          status: 'in_progress',
        }),
      ]),
    );
    expect(blockers.map((r) => r.id)).toEqual([
      'each-partner-leads-an-action',
      'each-stream-has-an-action',
    ]);
  });
});

describe('partnersLeftWithoutAction', () => {
  it('names the partner a cancellation, deletion or change of lead would strip', () => {
    const before = facts(complete, true);
    expect(
      partnersLeftWithoutAction(
        before,
        facts([complete[0], complete[2]], true),
      ),
    ).toEqual([]);
    expect(
      partnersLeftWithoutAction(
        before,
        facts([complete[1], complete[2]], true),
      ),
    ).toEqual(['plastipolis']);
    expect(
      partnersLeftWithoutAction(
        before,
        facts(
          [{ ...complete[0], status: 'cancelled' }, complete[1], complete[2]],
          true,
        ),
      ),
    ).toEqual(['plastipolis']);
    expect(
      partnersLeftWithoutAction(
        before,
        facts(
          [{ ...complete[0], lead: 'afil' }, complete[1], complete[2]],
          true,
        ),
      ),
    ).toEqual(['plastipolis']);
  });

  it('does not blame a change for a partner that already led nothing', () => {
    const before = facts([complete[0]], true);
    expect(
      partnersLeftWithoutAction(
        before,
        facts([complete[0], complete[1]], true),
      ),
    ).toEqual([]);
  });
});
