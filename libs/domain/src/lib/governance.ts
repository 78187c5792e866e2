import type { ActionStatus } from './actions';
import type { PhaseKey, StreamNumber } from './reference';

// SPEC §3: the partnership's rules, each a pure function of plain facts.
export const GOVERNANCE_RULE_IDS = [
  'each-partner-leads-an-action',
  'each-stream-has-an-action',
  'action-plan-adopted-before-implementation',
] as const;
export type GovernanceRuleId = (typeof GOVERNANCE_RULE_IDS)[number];

export interface GovernanceViolation {
  partner?: string;
  stream?: number;
  action?: string;
  message: string;
}

export interface GovernanceRuleResult {
  id: GovernanceRuleId;
  title: string;
  ok: boolean;
  violations: GovernanceViolation[];
}

export interface GovernanceFacts {
  partners: readonly { slug: string; name: string; retired: boolean }[];
  streams: readonly { number: StreamNumber; title: string }[];
  actions: readonly {
    code: string;
    lead: string;
    stream: StreamNumber;
    phase: PhaseKey;
    status: ActionStatus;
  }[];
  planAdopted: boolean;
}

export const GOVERNANCE_RULE_TITLES: Record<GovernanceRuleId, string> = {
  'each-partner-leads-an-action':
    'Every active partner leads at least one action',
  'each-stream-has-an-action': 'Every activity stream has at least one action',
  'action-plan-adopted-before-implementation':
    'No Implementation or Investment action starts before the joint action plan is adopted',
};

const result = (
  id: GovernanceRuleId,
  violations: GovernanceViolation[],
): GovernanceRuleResult => ({
  id,
  title: GOVERNANCE_RULE_TITLES[id],
  ok: violations.length === 0,
  violations,
});

const live = (facts: GovernanceFacts) =>
  facts.actions.filter((a) => a.status !== 'cancelled');

/** "Each of them will lead and promote at least one action" (concept note B.4). */
export function eachPartnerLeadsAnAction(
  facts: GovernanceFacts,
): GovernanceRuleResult {
  const leads = new Set(live(facts).map((a) => a.lead));
  return result(
    'each-partner-leads-an-action',
    facts.partners
      .filter((p) => !p.retired && !leads.has(p.slug))
      .map((p) => ({
        partner: p.slug,
        message: `${p.name} leads no action that is not cancelled`,
      })),
  );
}

export function eachStreamHasAnAction(
  facts: GovernanceFacts,
): GovernanceRuleResult {
  const streams = new Set(live(facts).map((a) => a.stream));
  return result(
    'each-stream-has-an-action',
    facts.streams
      .filter((s) => !streams.has(s.number))
      .map((s) => ({
        stream: s.number,
        message: `Stream ${s.number} (${s.title}) has no action that is not cancelled`,
      })),
  );
}

export function actionPlanAdoptedBeforeImplementation(
  facts: GovernanceFacts,
): GovernanceRuleResult {
  if (facts.planAdopted)
    return result('action-plan-adopted-before-implementation', []);
  return result(
    'action-plan-adopted-before-implementation',
    facts.actions
      .filter(
        (a) =>
          a.phase !== 'preparation' &&
          a.status !== 'planned' &&
          a.status !== 'cancelled',
      )
      .map((a) => ({
        action: a.code,
        message: `${a.code} (${a.phase}) has started before the joint action plan was adopted`,
      })),
  );
}

export const GOVERNANCE_RULES = [
  eachPartnerLeadsAnAction,
  eachStreamHasAnAction,
  actionPlanAdoptedBeforeImplementation,
];

export function evaluateGovernance(
  facts: GovernanceFacts,
): GovernanceRuleResult[] {
  return GOVERNANCE_RULES.map((rule) => rule(facts));
}

/** SPEC §3: adopting the plan (Preparation → Implementation) is refused while rules 1–2 fail. */
export function adoptionBlockers(
  facts: GovernanceFacts,
): GovernanceRuleResult[] {
  return [eachPartnerLeadsAnAction(facts), eachStreamHasAnAction(facts)].filter(
    (r) => !r.ok,
  );
}

/**
 * SPEC §3: once the plan is adopted, a change may not leave an active partner leading
 * no live action. Returns the partners a change (facts before → after) would strip.
 */
export function partnersLeftWithoutAction(
  before: GovernanceFacts,
  after: GovernanceFacts,
): string[] {
  const hadOne = new Set(
    eachPartnerLeadsAnAction(before).violations.map((v) => v.partner),
  );
  return eachPartnerLeadsAnAction(after)
    .violations.map((v) => v.partner as string)
    .filter((slug) => !hadOne.has(slug));
}
