import {
  ActionState,
  AgendaTopic,
  DecisionInput,
  Health,
  ActionStatus,
  SessionChangesView,
  WorkingSessionView,
} from '@ws/domain';
import { marked } from 'marked';

// Pure helpers behind the session pages: what state a session is in, what changed
// since one closed, and the form's values as the API's body.

export type SessionState = 'closed' | 'today' | 'upcoming' | 'held';

export function sessionState(
  session: Pick<WorkingSessionView, 'date' | 'closedAt'>,
  today: string,
): SessionState {
  if (session.closedAt) return 'closed';
  if (session.date === today) return 'today';
  return session.date > today ? 'upcoming' : 'held';
}

export const CHANGE_KINDS = [
  'decisionOverdue',
  'decisionDue',
  'changed',
  'new',
  'cancelled',
  'removed',
  'milestone',
  'rule',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

type Moved = { status: ActionStatus; health: Health; progress: number };

/** One line of "what changed since": an action, a milestone, a rule or a decision. */
export interface ChangeRow {
  kind: ChangeKind;
  /** The action it concerns, to link to */
  actionId: number | null;
  code: string | null;
  title: string;
  before: Moved | null;
  now: Moved | null;
  /** Which of status, health and progress moved */
  moved: ('status' | 'health' | 'progress')[];
  /** A date the line is about (milestone done, decision due) */
  date: string | null;
  /** Violations of a rule now, or the owner of a decision */
  detail: string | null;
  ruleOk: boolean | null;
}

const row = (
  fields: Partial<ChangeRow> & Pick<ChangeRow, 'kind' | 'title'>,
): ChangeRow => ({
  actionId: null,
  code: null,
  before: null,
  now: null,
  moved: [],
  date: null,
  detail: null,
  ruleOk: null,
  ...fields,
});
const moved = (a: Moved): Moved => ({
  status: a.status,
  health: a.health,
  progress: a.progress,
});
const actionRow = (kind: ChangeKind, a: ActionState, when: 'before' | 'now') =>
  row({
    kind,
    actionId: kind === 'removed' ? null : a.id,
    code: a.code,
    title: a.title,
    [when]: moved(a),
  });

/** Every change since the session, most pressing first: decisions, then actions, milestones, rules. */
export function changeRows(changes: SessionChangesView): ChangeRow[] {
  return [
    ...changes.decisionsOverdue.map((d) =>
      row({
        kind: 'decisionOverdue',
        actionId: d.actionId,
        code: d.actionCode,
        title: d.text,
        date: d.dueDate,
        detail: d.owner,
      }),
    ),
    ...changes.decisionsDue.map((d) =>
      row({
        kind: 'decisionDue',
        actionId: d.actionId,
        code: d.actionCode,
        title: d.text,
        date: d.dueDate,
        detail: d.owner,
      }),
    ),
    ...changes.changedActions.map((a) =>
      row({
        kind: 'changed',
        actionId: a.id,
        code: a.code,
        title: a.title,
        before: a.before,
        now: a.now,
        moved: a.changed,
      }),
    ),
    ...changes.newActions.map((a) => actionRow('new', a, 'now')),
    ...changes.cancelledActions.map((a) => actionRow('cancelled', a, 'now')),
    ...changes.removedActions.map((a) => actionRow('removed', a, 'before')),
    ...changes.milestonesDone.map((m) =>
      row({
        kind: 'milestone',
        actionId: m.actionId,
        code: m.code,
        title: m.title,
        date: m.doneDate,
      }),
    ),
    ...changes.rulesChanged.map((r) =>
      row({
        kind: 'rule',
        title: r.title,
        detail: r.now.violations.join('; ') || null,
        ruleOk: r.now.ok,
      }),
    ),
  ];
}

/** How many changes of each kind, for the panel's summary. */
export function changeCounts(
  changes: SessionChangesView,
): Record<ChangeKind, number> {
  return {
    decisionOverdue: changes.decisionsOverdue.length,
    decisionDue: changes.decisionsDue.length,
    changed: changes.changedActions.length,
    new: changes.newActions.length,
    cancelled: changes.cancelledActions.length,
    removed: changes.removedActions.length,
    milestone: changes.milestonesDone.length,
    rule: changes.rulesChanged.length,
  };
}

/**
 * Minutes are Markdown written by the coordinator. `sanitize` is Angular's HTML
 * sanitizer, which drops scripts, event handlers and javascript: links.
 */
export function minutesHtml(
  markdown: string,
  sanitize: (html: string) => string | null,
): string {
  if (!markdown.trim()) return '';
  const html = marked.parse(markdown, {
    async: false,
    gfm: true,
    breaks: false,
  });
  return sanitize(html) ?? '';
}

/** Agenda lines typed one per line; blank lines left out. */
export function agendaLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The agenda with the chosen topics added at the end, none twice. */
export function agendaWithTopics(
  agenda: readonly string[],
  topics: readonly AgendaTopic[],
): string[] {
  const result = [...agenda];
  for (const topic of topics)
    if (!result.includes(topic.text)) result.push(topic.text);
  return result;
}

export interface DecisionDraft {
  id: number | null;
  text: string;
  owner: string;
  dueDate: string;
  actionId: number | null;
}

/** The decisions of the form as the API's body: a kept one names its id. */
export function decisionInputs(
  drafts: readonly DecisionDraft[],
): DecisionInput[] {
  return drafts
    .filter((d) => d.text.trim() || d.owner || d.dueDate)
    .map((d) => ({
      ...(d.id ? { id: d.id } : {}),
      text: d.text.trim(),
      owner: d.owner,
      dueDate: d.dueDate,
      ...(d.actionId ? { action: d.actionId } : {}),
    }));
}
