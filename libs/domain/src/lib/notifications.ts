import { TZDate } from '@date-fns/tz';
import { getISODay, getISOWeek, getISOWeekYear } from 'date-fns';
import { type ActionStatus, isClosed } from './actions';
import { addCalendarDays, PARTNERSHIP_TIME_ZONE } from './calendar';
import type { Role } from './permissions';

// Who is told what, what a digest holds and when it is due. The API stores and
// sends; these rules decide.

export const NOTIFICATION_LANGUAGES = ['en', 'fr', 'de', 'it', 'es'] as const;
export type NotificationLanguage = (typeof NOTIFICATION_LANGUAGES)[number];

export const MAIL_FREQUENCIES = ['immediate', 'daily', 'off'] as const;
export type MailFrequency = (typeof MAIL_FREQUENCIES)[number];

export const NOTIFICATION_KINDS = [
  'action-overdue',
  'action-stale',
  'milestone-due',
  'comment',
  'decision-assigned',
  'phase-advanced',
  'rule-violated',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Notifications whose e-mail follows the user's frequency; the others reach mail only through the digests. */
export const MAILED_KINDS: readonly NotificationKind[] = [
  'comment',
  'decision-assigned',
];

export interface NotificationPreferences {
  /** E-mail at all; in-app notifications are always on */
  email: boolean;
  /** The weekly digest (editors: their partner's actions; coordinators: who is behind) */
  weeklyDigest: boolean;
  /** E-mail for comments and decisions */
  commentsAndDecisions: MailFrequency;
  language: NotificationLanguage;
}

export const DEFAULT_NOTIFICATION_PREFERENCES: NotificationPreferences = {
  email: true,
  weeklyDigest: true,
  commentsAndDecisions: 'immediate',
  language: 'en',
};

/** An action as the notification rules see it. */
export interface NotifiedAction {
  id: number;
  code: string;
  title: string;
  lead: string;
  contributors: readonly string[];
}

export type NotificationEvent =
  | {
      kind: 'comment';
      action: NotifiedAction;
      authorId: number;
      authorName: string;
      excerpt: string;
    }
  | {
      kind: 'decision-assigned';
      partner: string;
      decision: string;
      dueDate: string | null;
      /** The action the decision creates or changes, if any */
      action: Pick<NotifiedAction, 'id' | 'code' | 'title'> | null;
      /** Where the decision can be read, a path of the web app */
      path: string;
      authorId: number | null;
    }
  | { kind: 'phase-advanced'; from: string; to: string; authorId: number }
  | { kind: 'action-overdue'; action: NotifiedAction; dueDate: string }
  | { kind: 'action-stale'; action: NotifiedAction; since: string }
  | {
      kind: 'milestone-due';
      action: NotifiedAction;
      milestone: { id: number; title: string; dueDate: string };
    }
  | { kind: 'rule-violated'; rule: string; key: string; message: string };

export interface NotificationRecipient {
  id: number;
  role: Role;
  /** Slug of an editor's partner */
  partner: string | null;
  active: boolean;
}

/** The users an event notifies: never its author, never a disabled account. */
export function recipientsOf(
  event: NotificationEvent,
  users: readonly NotificationRecipient[],
): number[] {
  const editorsOf =
    (partners: readonly string[]) => (u: NotificationRecipient) =>
      u.role === 'editor' && u.partner !== null && partners.includes(u.partner);
  const concerned = ((): ((u: NotificationRecipient) => boolean) => {
    switch (event.kind) {
      case 'comment':
        return editorsOf([event.action.lead, ...event.action.contributors]);
      case 'decision-assigned':
        return editorsOf([event.partner]);
      case 'action-overdue':
      case 'action-stale':
      case 'milestone-due':
        return editorsOf([event.action.lead]);
      case 'phase-advanced':
        return () => true;
      case 'rule-violated':
        return (u) => u.role === 'coordinator';
    }
  })();
  const author = 'authorId' in event ? event.authorId : null;
  return users
    .filter((u) => u.active && u.id !== author && concerned(u))
    .map((u) => u.id);
}

/** The page a notification opens, a path of the web app. */
export function notificationPath(event: NotificationEvent): string {
  switch (event.kind) {
    case 'comment':
      return `/actions/${event.action.id}#comments-title`;
    case 'decision-assigned':
      return event.path;
    case 'action-overdue':
    case 'action-stale':
    case 'milestone-due':
      return statusUpdatePath(event.action.id);
    case 'phase-advanced':
      return '/governance';
    case 'rule-violated':
      return '/governance';
  }
}

/** The action page with its status-update form open. */
export const statusUpdatePath = (actionId: number) =>
  `/actions/${actionId}?update=status`;

/**
 * The identity of a time-based fact: the scan notifies each once. A fact that
 * changes (a new due date, a newer last update) is a new fact.
 */
export function factKey(event: NotificationEvent): string | null {
  switch (event.kind) {
    case 'action-overdue':
      return `overdue:${event.action.id}:${event.dueDate}`;
    case 'action-stale':
      return `stale:${event.action.id}:${event.since}`;
    case 'milestone-due':
      return `milestone:${event.milestone.id}:${event.milestone.dueDate}`;
    case 'rule-violated':
      return `rule:${event.rule}:${event.key}`;
    default:
      return null;
  }
}

export const MILESTONE_NOTICE_DAYS = 7;
export const DUE_SOON_DAYS = 14;

/** An open or closed action with the facts the scan and the digests judge. */
export interface ScannedAction extends NotifiedAction {
  leadName: string;
  status: ActionStatus;
  dueDate: string | null;
  overdue: boolean;
  stale: boolean;
  /** When the last status update (or the creation) was, ISO instant */
  since: string;
  milestones: readonly {
    id: number;
    title: string;
    dueDate: string;
    doneDate: string | null;
  }[];
}

export interface ScannedViolation {
  rule: string;
  /** What violates it: a partner slug, a stream number, an action code */
  key: string;
  message: string;
}

/** The time-based events that hold today, each with its fact key. */
export function timeBasedEvents(
  actions: readonly ScannedAction[],
  violations: readonly ScannedViolation[],
  today: string,
): NotificationEvent[] {
  const horizon = addCalendarDays(today, MILESTONE_NOTICE_DAYS);
  const events: NotificationEvent[] = [];
  for (const action of actions) {
    if (isClosed(action.status)) continue;
    const notified = notifiedAction(action);
    if (action.overdue && action.dueDate)
      events.push({
        kind: 'action-overdue',
        action: notified,
        dueDate: action.dueDate,
      });
    if (action.stale)
      events.push({
        kind: 'action-stale',
        action: notified,
        since: action.since,
      });
    for (const milestone of action.milestones) {
      if (
        milestone.doneDate === null &&
        milestone.dueDate >= today &&
        milestone.dueDate <= horizon
      )
        events.push({
          kind: 'milestone-due',
          action: notified,
          milestone: {
            id: milestone.id,
            title: milestone.title,
            dueDate: milestone.dueDate,
          },
        });
    }
  }
  for (const v of violations) events.push({ kind: 'rule-violated', ...v });
  return events;
}

const notifiedAction = ({
  id,
  code,
  title,
  lead,
  contributors,
}: NotifiedAction): NotifiedAction => ({ id, code, title, lead, contributors });

/**
 * Rule facts recorded earlier that no longer hold: forgetting them lets a rule
 * broken again later be notified again ("newly violated").
 */
export function resolvedRuleFacts(
  recorded: readonly string[],
  current: readonly NotificationEvent[],
): string[] {
  const holding = new Set(current.map(factKey));
  return recorded.filter((key) => key.startsWith('rule:') && !holding.has(key));
}

export interface DigestAction {
  id: number;
  code: string;
  title: string;
  dueDate: string | null;
  /** The page with the status-update form open */
  path: string;
}

export interface WeeklyDigest {
  overdue: DigestAction[];
  stale: DigestAction[];
  dueSoon: DigestAction[];
}

/**
 * An editor's weekly digest: the open actions its partner leads that are overdue,
 * stale, or due within DUE_SOON_DAYS. Null when there is nothing to say.
 */
export function weeklyDigestFor(
  partner: string,
  actions: readonly ScannedAction[],
  today: string,
): WeeklyDigest | null {
  const horizon = addCalendarDays(today, DUE_SOON_DAYS);
  const led = actions
    .filter((a) => a.lead === partner && !isClosed(a.status))
    .sort((a, b) => a.code.localeCompare(b.code));
  const item = (a: ScannedAction): DigestAction => ({
    id: a.id,
    code: a.code,
    title: a.title,
    dueDate: a.dueDate,
    path: statusUpdatePath(a.id),
  });
  const digest: WeeklyDigest = {
    overdue: led.filter((a) => a.overdue).map(item),
    stale: led.filter((a) => a.stale).map(item),
    dueSoon: led
      .filter(
        (a) =>
          !a.overdue &&
          a.dueDate !== null &&
          a.dueDate >= today &&
          a.dueDate <= horizon,
      )
      .map(item),
  };
  return digest.overdue.length || digest.stale.length || digest.dueSoon.length
    ? digest
    : null;
}

export interface PartnerBehind {
  partner: string;
  name: string;
  overdue: string[];
  stale: string[];
}

/** The coordinator's weekly summary: the partners with overdue or stale actions, most behind first. */
export function partnersBehind(
  partners: readonly { slug: string; name: string }[],
  actions: readonly ScannedAction[],
): PartnerBehind[] {
  return partners
    .map((p) => {
      const led = actions
        .filter((a) => a.lead === p.slug && !isClosed(a.status))
        .sort((a, b) => a.code.localeCompare(b.code));
      return {
        partner: p.slug,
        name: p.name,
        overdue: led.filter((a) => a.overdue).map((a) => a.code),
        stale: led.filter((a) => a.stale).map((a) => a.code),
      };
    })
    .filter((p) => p.overdue.length || p.stale.length)
    .sort(
      (a, b) =>
        new Set([...b.overdue, ...b.stale]).size -
          new Set([...a.overdue, ...a.stale]).size ||
        a.name.localeCompare(b.name),
    );
}

/** The Brussels ISO week of an instant, e.g. 2026-W48: the period of the weekly mails. */
export function brusselsWeekKey(instant: Date): string {
  const local = new TZDate(instant.getTime(), PARTNERSHIP_TIME_ZONE);
  return `${getISOWeekYear(local)}-W${String(getISOWeek(local)).padStart(2, '0')}`;
}

/** Digests go out from 07:00 Brussels time: the daily one every day, the weekly one from Monday. */
export const DIGEST_HOUR = 7;

export function digestDue(instant: Date, period: 'daily' | 'weekly'): boolean {
  const local = new TZDate(instant.getTime(), PARTNERSHIP_TIME_ZONE);
  const beforeHour = local.getHours() < DIGEST_HOUR;
  if (period === 'daily') return !beforeHour;
  return !(getISODay(local) === 1 && beforeHour);
}

/** A mail is tried this many times before it is recorded as failed. */
export const MAIL_ATTEMPTS = 5;

/** How long to wait after the given failed attempt (1-based) before trying again. */
export function mailRetryDelayMs(attempt: number): number {
  const minutes = [1, 5, 30, 120];
  return minutes[Math.min(attempt, minutes.length) - 1] * 60_000;
}

/** Whether a mail of this kind goes out now, later in the daily digest, or never. */
export function mailTiming(
  kind: NotificationKind,
  preferences: NotificationPreferences,
): MailFrequency {
  if (!preferences.email || !MAILED_KINDS.includes(kind)) return 'off';
  return preferences.commentsAndDecisions;
}

// JSON shapes of /api/notifications and /api/mail.

export interface NotificationView {
  id: number;
  kind: NotificationKind;
  /** The facts the message is written from (action code and title, partner, phase…) */
  data: Record<string, string | null>;
  /** The page it opens, a path of the web app */
  path: string;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage {
  items: NotificationView[];
  total: number;
  unread: number;
  page: number;
  pageSize: number;
}

export const MAIL_STATES = ['pending', 'sending', 'sent', 'failed'] as const;
export type MailState = (typeof MAIL_STATES)[number];

export const MAIL_KINDS = [
  'notification',
  'daily-digest',
  'weekly-digest',
  'coordinator-summary',
] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

export interface MailLogEntry {
  id: number;
  kind: MailKind;
  recipient: string;
  subject: string;
  /** The period or notification it was made for, e.g. weekly-digest:12:2026-W48 */
  key: string;
  state: MailState;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  nextAttemptAt: string | null;
}

export interface MailStatus {
  /** Whether SMTP_URL is set: without it nothing is e-mailed */
  enabled: boolean;
  from: string | null;
  /** The SMTP server, without its credentials */
  server: string | null;
  publicUrl: string;
  pending: number;
  failed: number;
}
