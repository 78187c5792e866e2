import type { ActionStatus, Health } from './actions';
import { addCalendarDays } from './calendar';
import type { GovernanceRuleId, GovernanceRuleResult } from './governance';

// SPEC §2: closing a working session freezes the state of the plan, so that the next
// review can say what changed since. Everything here compares plain values.

/** A decision falls due "soon" within this many calendar days. */
export const DECISION_DUE_SOON_DAYS = 14;

export interface ActionState {
  id: number;
  code: string;
  title: string;
  /** Slug of the lead partner */
  lead: string;
  status: ActionStatus;
  health: Health;
  progress: number;
}

export interface MilestoneState {
  actionId: number;
  code: string;
  title: string;
  dueDate: string;
  doneDate: string | null;
}

export interface RuleState {
  id: GovernanceRuleId;
  title: string;
  ok: boolean;
  violations: string[];
}

/** The part of a snapshot the comparison reads. */
export interface PlanState {
  actions: ActionState[];
  milestones: MilestoneState[];
  rules: RuleState[];
}

export interface DecisionDeadline {
  id: number;
  sessionId: number;
  sessionDate: string;
  text: string;
  /** Slug of the owner partner */
  owner: string;
  dueDate: string;
  /** The follow-up action is completed */
  done: boolean;
  actionId: number | null;
  actionCode: string | null;
}

export interface ActionChange {
  id: number;
  code: string;
  title: string;
  lead: string;
  before: Pick<ActionState, 'status' | 'health' | 'progress'>;
  now: Pick<ActionState, 'status' | 'health' | 'progress'>;
  /** Which of status, health and progress moved */
  changed: ('status' | 'health' | 'progress')[];
}

export interface RuleChange {
  id: GovernanceRuleId;
  title: string;
  before: Pick<RuleState, 'ok' | 'violations'>;
  now: Pick<RuleState, 'ok' | 'violations'>;
}

export interface PlanChanges {
  changedActions: ActionChange[];
  newActions: ActionState[];
  cancelledActions: ActionState[];
  /** In the snapshot, deleted since */
  removedActions: ActionState[];
  milestonesDone: MilestoneState[];
  rulesChanged: RuleChange[];
  decisionsDue: DecisionDeadline[];
  decisionsOverdue: DecisionDeadline[];
}

export const ruleStates = (
  rules: readonly GovernanceRuleResult[],
): RuleState[] =>
  rules.map((rule) => ({
    id: rule.id,
    title: rule.title,
    ok: rule.ok,
    violations: rule.violations.map((v) => v.message),
  }));

// Milestones are rewritten when an action is edited, so they are matched by action and title.
const milestoneKey = (m: MilestoneState) => `${m.actionId}\u0000${m.title}`;
const byCode = <T extends { code: string }>(a: T, b: T) =>
  a.code.localeCompare(b.code);
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length &&
  [...a].sort().join('\n') === [...b].sort().join('\n');

/** Open decisions past their due date, and those due within DECISION_DUE_SOON_DAYS. */
export function decisionDeadlines(
  decisions: readonly DecisionDeadline[],
  today: string,
): { due: DecisionDeadline[]; overdue: DecisionDeadline[] } {
  const horizon = addCalendarDays(today, DECISION_DUE_SOON_DAYS);
  const open = [...decisions]
    .filter((d) => !d.done)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id);
  return {
    overdue: open.filter((d) => d.dueDate < today),
    due: open.filter((d) => d.dueDate >= today && d.dueDate <= horizon),
  };
}

/** What changed between a snapshot of the plan and its state now. */
export function planChanges(
  before: PlanState,
  now: PlanState,
  decisions: readonly DecisionDeadline[],
  today: string,
): PlanChanges {
  const then = new Map(before.actions.map((a) => [a.id, a]));
  const current = new Map(now.actions.map((a) => [a.id, a]));

  const changedActions: ActionChange[] = [];
  const newActions: ActionState[] = [];
  const cancelledActions: ActionState[] = [];
  for (const action of now.actions) {
    const old = then.get(action.id);
    if (!old) {
      newActions.push(action);
      continue;
    }
    if (action.status === 'cancelled' && old.status !== 'cancelled') {
      cancelledActions.push(action);
      continue;
    }
    const changed = (['status', 'health', 'progress'] as const).filter(
      (field) => action[field] !== old[field],
    );
    if (changed.length)
      changedActions.push({
        id: action.id,
        code: action.code,
        title: action.title,
        lead: action.lead,
        before: {
          status: old.status,
          health: old.health,
          progress: old.progress,
        },
        now: {
          status: action.status,
          health: action.health,
          progress: action.progress,
        },
        changed: [...changed],
      });
  }
  const removedActions = before.actions.filter((a) => !current.has(a.id));

  const doneBefore = new Set(
    before.milestones.filter((m) => m.doneDate !== null).map(milestoneKey),
  );
  const milestonesDone = now.milestones
    .filter((m) => m.doneDate !== null && !doneBefore.has(milestoneKey(m)))
    .sort(
      (a, b) =>
        (a.doneDate ?? '').localeCompare(b.doneDate ?? '') || byCode(a, b),
    );

  const rulesBefore = new Map(before.rules.map((r) => [r.id, r]));
  const rulesChanged: RuleChange[] = now.rules.flatMap((rule) => {
    const old = rulesBefore.get(rule.id);
    if (old && old.ok === rule.ok && sameList(old.violations, rule.violations))
      return [];
    return [
      {
        id: rule.id,
        title: rule.title,
        before: old
          ? { ok: old.ok, violations: old.violations }
          : { ok: true, violations: [] },
        now: { ok: rule.ok, violations: rule.violations },
      },
    ];
  });

  const deadlines = decisionDeadlines(decisions, today);
  return {
    changedActions: changedActions.sort(byCode),
    newActions: newActions.sort(byCode),
    cancelledActions: cancelledActions.sort(byCode),
    removedActions: [...removedActions].sort(byCode),
    milestonesDone,
    rulesChanged,
    decisionsDue: deadlines.due,
    decisionsOverdue: deadlines.overdue,
  };
}

export const AGENDA_TOPIC_KINDS = [
  'decision-overdue',
  'decision-due',
  'red',
  'overdue',
  'stale',
  'rule',
] as const;
export type AgendaTopicKind = (typeof AGENDA_TOPIC_KINDS)[number];

export interface AgendaTopic {
  kind: AgendaTopicKind;
  /** The agenda line, in plain English (the coordinator edits it before adopting it) */
  text: string;
  actionId: number | null;
  decisionId: number | null;
}

export interface AgendaFacts {
  today: string;
  redActions: readonly AgendaAction[];
  overdueActions: readonly (AgendaAction & { daysLate: number })[];
  staleActions: readonly (AgendaAction & { lastUpdateAt: string | null })[];
  rules: readonly GovernanceRuleResult[];
  decisions: readonly DecisionDeadline[];
}

interface AgendaAction {
  id: number;
  code: string;
  title: string;
  leadName: string;
}

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/**
 * What the next working session needs to discuss: overdue and upcoming decisions,
 * red actions, overdue actions, stale actions and broken rules. An action appears
 * once, under its most pressing reason.
 */
export function agendaTopics(facts: AgendaFacts): AgendaTopic[] {
  const topics: AgendaTopic[] = [];
  const { due, overdue } = decisionDeadlines(facts.decisions, facts.today);
  for (const decision of overdue)
    topics.push({
      kind: 'decision-overdue',
      text: `Decision of ${decision.sessionDate} overdue since ${decision.dueDate} (${decision.owner}): ${decision.text}`,
      actionId: decision.actionId,
      decisionId: decision.id,
    });
  for (const decision of due)
    topics.push({
      kind: 'decision-due',
      text: `Decision of ${decision.sessionDate} due ${decision.dueDate} (${decision.owner}): ${decision.text}`,
      actionId: decision.actionId,
      decisionId: decision.id,
    });
  const seen = new Set<number>();
  const add = (kind: AgendaTopicKind, action: AgendaAction, text: string) => {
    if (seen.has(action.id)) return;
    seen.add(action.id);
    topics.push({ kind, text, actionId: action.id, decisionId: null });
  };
  for (const action of facts.redActions)
    add(
      'red',
      action,
      `${action.code} ${action.title} (${action.leadName}) is red`,
    );
  for (const action of facts.overdueActions)
    add(
      'overdue',
      action,
      `${action.code} ${action.title} (${action.leadName}) is ${days(action.daysLate)} late`,
    );
  for (const action of facts.staleActions)
    add(
      'stale',
      action,
      `${action.code} ${action.title} (${action.leadName}) has no recent status update`,
    );
  for (const rule of facts.rules.filter((r) => !r.ok))
    topics.push({
      kind: 'rule',
      text: `${rule.title}: ${rule.violations.map((v) => v.message).join('; ')}`,
      actionId: null,
      decisionId: null,
    });
  return topics;
}

/** The next session to prepare: the earliest one not closed, dated today or later. */
export function nextSession<
  S extends { date: string; closedAt: string | null },
>(sessions: readonly S[], today: string): S | null {
  return (
    [...sessions]
      .filter((s) => s.closedAt === null && s.date >= today)
      .sort((a, b) => a.date.localeCompare(b.date))[0] ?? null
  );
}
