import type {
  DecisionView,
  SessionAttendeeView,
  WorkingSessionView,
} from '@ws/domain';
import type {
  Decision,
  SessionAttendee,
  WorkingSession,
} from './working-session.entity';
import { decisionDone } from './session-changes.service';

/** The relations a session view reads. */
export const SESSION_RELATIONS = {
  attendees: { user: { partner: true }, partner: true },
  decisions: { owner: true, action: true },
} as const;

export function toAttendeeView(attendee: SessionAttendee): SessionAttendeeView {
  if (attendee.user)
    return {
      user: attendee.user.id,
      partner: attendee.user.partner?.slug ?? null,
      name: attendee.user.displayName,
      organisation: attendee.user.partner?.name ?? null,
      present: attendee.present,
    };
  return {
    user: null,
    partner: attendee.partner?.slug ?? null,
    name: attendee.partner?.name ?? '',
    organisation: attendee.partner?.name ?? null,
    present: attendee.present,
  };
}

export function toDecisionView(
  decision: Decision,
  today: string,
): DecisionView {
  const done = decisionDone(decision);
  return {
    id: decision.id,
    text: decision.text,
    owner: decision.owner.slug,
    ownerName: decision.owner.name,
    dueDate: decision.dueDate,
    action: decision.action
      ? {
          id: decision.action.id,
          code: decision.action.code,
          title: decision.action.title,
          status: decision.action.status,
        }
      : null,
    done,
    overdue: !done && decision.dueDate < today,
  };
}

export function toSessionView(
  session: WorkingSession,
  today: string,
): WorkingSessionView {
  const byPosition = <T extends { position: number }>(rows: T[] = []) =>
    [...rows].sort((a, b) => a.position - b.position);
  return {
    id: session.id,
    date: session.date,
    place: session.place,
    link: session.link,
    attendees: byPosition(session.attendees).map(toAttendeeView),
    agenda: session.agenda,
    decisions: byPosition(session.decisions).map((d) =>
      toDecisionView(d, today),
    ),
    minutes: session.minutes,
    closedAt: session.closedAt,
    closedBy: session.closedBy,
    createdAt: session.createdAt,
    updatedAt: session.updatedAt,
  };
}
