import { brusselsDate, calendarDaysBetween } from './calendar';
import type { Role } from './permissions';

export const ACTION_STATUSES = [
  'planned',
  'in_progress',
  'on_hold',
  'completed',
  'cancelled',
] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  planned: 'Planned',
  in_progress: 'In progress',
  on_hold: 'On hold',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const HEALTHS = ['green', 'amber', 'red'] as const;
export type Health = (typeof HEALTHS)[number];

export const CLOSED_STATUSES: readonly ActionStatus[] = [
  'completed',
  'cancelled',
];
export const DEFAULT_STALE_AFTER_DAYS = 30;

export function isClosed(status: ActionStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}

/** SPEC §2: the due date has passed (Brussels calendar) and the action is neither completed nor cancelled. */
export function isOverdue(
  action: { dueDate: string | null; status: ActionStatus },
  today: string,
): boolean {
  return (
    action.dueDate !== null &&
    !isClosed(action.status) &&
    action.dueDate < today
  );
}

/** Calendar days past the due date; 0 when not overdue. */
export function daysLate(
  action: { dueDate: string | null; status: ActionStatus },
  today: string,
): number {
  return isOverdue(action, today) && action.dueDate
    ? calendarDaysBetween(action.dueDate, today)
    : 0;
}

/**
 * SPEC §2: the last status update is older than the threshold (in Brussels calendar
 * days). An open action never updated counts from its creation. Closed actions are never stale.
 */
export function isStale(
  action: { status: ActionStatus; lastUpdateAt: Date | null; createdAt: Date },
  now: Date,
  staleAfterDays = DEFAULT_STALE_AFTER_DAYS,
): boolean {
  if (isClosed(action.status)) return false;
  const since = action.lastUpdateAt ?? action.createdAt;
  return (
    calendarDaysBetween(brusselsDate(since), brusselsDate(now)) > staleAfterDays
  );
}

/** The first milestone not done yet, by due date. */
export function nextMilestone<
  M extends { dueDate: string; doneDate: string | null },
>(milestones: readonly M[]): M | null {
  return (
    [...milestones]
      .filter((m) => m.doneDate === null)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate))[0] ?? null
  );
}

export interface StatusChange {
  status: ActionStatus;
  progress: number;
  health: Health;
  comment: string | null;
}

/**
 * What is wrong with a status update, by field: a stable `code` with the values its
 * sentence needs (for the web to word in the reader's language), and `problem`, the
 * same in English (the API's 400 bodies).
 */
export type StatusUpdateProblem = { problem: string } & (
  | {
      field: 'comment';
      code: 'comment-required-for-health';
      health: Exclude<Health, 'green'>;
    }
  | {
      field: 'comment';
      code: 'comment-required-for-status';
      status: 'on_hold' | 'cancelled';
    }
  | { field: 'comment'; code: 'comment-required-to-reopen' }
  | { field: 'progress'; code: 'completed-needs-full-progress' }
  | {
      field: 'status';
      code: 'only-coordinator-reopens';
      status: 'completed' | 'cancelled';
    }
);
export type StatusUpdateProblemCode = StatusUpdateProblem['code'];

/**
 * SPEC §2 and the action-plan rules: problems with a status update, by field; empty
 * when it is acceptable. A comment is required for amber or red health, for going on
 * hold or being cancelled, and for reopening; a completed action is at 100 %; only
 * the coordinator reopens a completed or cancelled action.
 */
export function statusUpdateProblems(
  current: { status: ActionStatus },
  next: StatusChange,
  role: Role,
): StatusUpdateProblem[] {
  const problems: StatusUpdateProblem[] = [];
  const hasComment = (next.comment ?? '').trim().length > 0;
  const reopening = isClosed(current.status) && !isClosed(next.status);
  if (!hasComment) {
    if (next.health !== 'green')
      problems.push({
        field: 'comment',
        code: 'comment-required-for-health',
        health: next.health,
        problem: `a comment is required when health is ${next.health}`,
      });
    else if (next.status === 'on_hold' || next.status === 'cancelled') {
      problems.push({
        field: 'comment',
        code: 'comment-required-for-status',
        status: next.status,
        problem: `a comment is required when the action goes ${next.status === 'on_hold' ? 'on hold' : 'cancelled'}`,
      });
    } else if (reopening)
      problems.push({
        field: 'comment',
        code: 'comment-required-to-reopen',
        problem: 'a comment is required to reopen an action',
      });
  }
  if (next.status === 'completed' && next.progress !== 100) {
    problems.push({
      field: 'progress',
      code: 'completed-needs-full-progress',
      problem: 'a completed action has progress 100',
    });
  }
  if (reopening && role !== 'coordinator') {
    problems.push({
      field: 'status',
      code: 'only-coordinator-reopens',
      status: current.status as 'completed' | 'cancelled',
      problem: `only the coordinator reopens a ${current.status} action`,
    });
  }
  return problems;
}
